# %% [markdown] nbgrader=locked:cabecera
# # Tarea 3: la capa de salida (Ejercicios 8 a 10)
#
# Completa las celdas `# YOUR CODE HERE`. Las celdas con `assert` comprueban tu trabajo; al corregir se
# añaden comprobaciones ocultas.

# %% nbgrader=locked:preparacion
import numpy as np
import matplotlib.pyplot as plt
from tensorflow import keras
from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import Dense
from sklearn.datasets import load_iris, load_wine, load_digits, load_diabetes
from sklearn.preprocessing import LabelBinarizer, StandardScaler
import neurona

keras.utils.set_random_seed(30)


def salida(model):
    """(activación, neuronas) de la última capa."""
    capa = model.layers[-1]
    return capa.activation.__name__, capa.units

# %% [markdown] nbgrader=locked:enunciado_8
# ## Ejercicio 8
#
# Para cada problema, indica en `activacion_8` la activación de la capa de salida (`"linear"`,
# `"sigmoid"` o `"softmax"`) y en `neuronas_8` el número de neuronas de salida (solo para los problemas en
# los que ya aparece).

# %% nbgrader=solution:respuesta_8
### BEGIN SOLUTION
activacion_8 = {
    "consumo de un coche": "linear",
    "tendrá diabetes": "sigmoid",
    "5 tipos de vino": "softmax",
    "variedades de oliva y su proporción": "softmax",
    "compra fraudulenta": "sigmoid",
    "partido votado": "softmax",
    "distancia a una estrella": "linear",
    "8 tipos de cáncer": "sigmoid",
    "tipo de tiburón": "softmax",
    "ubicación de objetivos": "linear",
    "cifra escrita a mano": "softmax",
}
neuronas_8 = {
    "consumo de un coche": 1,
    "tendrá diabetes": 1,
    "5 tipos de vino": 5,
    "compra fraudulenta": 1,
    "distancia a una estrella": 1,
    "8 tipos de cáncer": 8,
    "cifra escrita a mano": 10,
}
### END SOLUTION

# %% nbgrader=tests:prueba_8:3
assert len(activacion_8) == 11, "Responde los 11 problemas."
assert activacion_8["consumo de un coche"] == "linear", "El consumo es un número cualquiera: regresión."
assert activacion_8["cifra escrita a mano"] == "softmax", "Una cifra entre diez excluyentes."
assert activacion_8["8 tipos de cáncer"] == "sigmoid", "Se pueden tener varios cánceres a la vez."
### BEGIN HIDDEN TESTS
assert activacion_8 == {
    "consumo de un coche": "linear", "tendrá diabetes": "sigmoid", "5 tipos de vino": "softmax",
    "variedades de oliva y su proporción": "softmax", "compra fraudulenta": "sigmoid", "partido votado": "softmax",
    "distancia a una estrella": "linear", "8 tipos de cáncer": "sigmoid", "tipo de tiburón": "softmax",
    "ubicación de objetivos": "linear", "cifra escrita a mano": "softmax",
}, "Revisa las activaciones de salida."
assert neuronas_8["5 tipos de vino"] == 5 and neuronas_8["8 tipos de cáncer"] == 8 and neuronas_8["cifra escrita a mano"] == 10
### END HIDDEN TESTS

# %% [markdown] nbgrader=locked:enunciado_9a
# ## Ejercicio 9.A
#
# Entrena `modelo_9a` con las **tres** clases de iris (usa `LabelBinarizer` para las etiquetas). Prueba
# varias activaciones ocultas y elige bien la de salida. La exactitud sobre los datos debe superar 0.85.

# %% nbgrader=solution:respuesta_9a
### BEGIN SOLUTION
iris = load_iris()
x_iris = iris.data
y_iris = LabelBinarizer().fit_transform(iris.target)
modelo_9a = Sequential([Dense(8, input_dim=4, activation="relu"), Dense(8, activation="relu"), Dense(3, activation="softmax")])
modelo_9a.compile(loss="categorical_crossentropy", optimizer="adam", metrics=["accuracy"])
modelo_9a.fit(x_iris, y_iris, epochs=80, batch_size=16, verbose=0)
### END SOLUTION

# %% nbgrader=tests:prueba_9a:2
assert salida(modelo_9a) == ("softmax", 3), "Tres clases excluyentes: 3 neuronas con softmax."
### BEGIN HIDDEN TESTS
_, exactitud = modelo_9a.evaluate(x_iris, y_iris, verbose=0)
assert exactitud > 0.85, f"La exactitud es {exactitud:.2f}; entrena más o cambia la red."
### END HIDDEN TESTS

# %% [markdown] nbgrader=locked:enunciado_9bcd
# ## Ejercicios 9.B, 9.C y 9.D
#
# Crea y entrena `modelo_9b` (tipo de vino, `load_wine`), `modelo_9c` (dígitos, `load_digits`) y
# `modelo_9d` (progresión de la diabetes, `load_diabetes`, un número). Normaliza las entradas con
# `StandardScaler`.

# %% nbgrader=solution:respuesta_9bcd
### BEGIN SOLUTION
vino = load_wine()
x_vino = StandardScaler().fit_transform(vino.data)
modelo_9b = Sequential([Dense(16, input_dim=13, activation="relu"), Dense(3, activation="softmax")])
modelo_9b.compile(loss="sparse_categorical_crossentropy", optimizer="adam", metrics=["accuracy"])
modelo_9b.fit(x_vino, vino.target, epochs=40, batch_size=16, verbose=0)

digitos = load_digits()
x_digitos = digitos.data / 16.0
modelo_9c = Sequential([Dense(32, input_dim=64, activation="relu"), Dense(10, activation="softmax")])
modelo_9c.compile(loss="sparse_categorical_crossentropy", optimizer="adam", metrics=["accuracy"])
modelo_9c.fit(x_digitos, digitos.target, epochs=10, batch_size=32, verbose=0)

diabetes = load_diabetes()
x_diabetes = StandardScaler().fit_transform(diabetes.data)
modelo_9d = Sequential([Dense(16, input_dim=10, activation="relu"), Dense(1)])
modelo_9d.compile(loss="mse", optimizer="adam")
modelo_9d.fit(x_diabetes, diabetes.target, epochs=20, batch_size=32, verbose=0)
### END SOLUTION

# %% nbgrader=tests:prueba_9bcd:3
assert salida(modelo_9b) == ("softmax", 3), "Hay 3 tipos de vino."
assert salida(modelo_9c) == ("softmax", 10), "Hay 10 dígitos."
assert salida(modelo_9d) == ("linear", 1), "La diabetes es un número: 1 neurona lineal."

# %% [markdown] nbgrader=locked:enunciado_9d_pregunta
# ¿Has conseguido un error bajo con la diabetes? ¿Por qué crees que es más difícil que los otros?

# %% [markdown] nbgrader=manual:conclusion_9d:1
# No mucho: con pocas muestras (442) y una salida continua con mucho ruido, el error cuadrático sigue alto.

# %% [markdown] nbgrader=locked:enunciado_10
# ## Ejercicio 10
#
# Con el vino, entrena cada arquitectura de `arquitecturas_10` con cada activación de `activaciones_10`
# (10 épocas) y dibuja una cuadrícula de gráficas de pérdida: una fila por arquitectura y una columna por
# activación. Guarda la pérdida final de cada combinación en `perdidas_10[(arquitectura, activacion)]`
# (la arquitectura como tupla).

# %% nbgrader=locked:datos_10
arquitecturas_10 = [(4, 8, 3), (8, 16, 8, 3), (16, 32, 16, 8, 3)]
activaciones_10 = ["relu", "tanh", "selu"]

# %% nbgrader=solution:respuesta_10
### BEGIN SOLUTION
perdidas_10 = {}
fig, ejes = plt.subplots(len(arquitecturas_10), len(activaciones_10), figsize=(10, 7), sharey=True)
for fila, arquitectura in enumerate(arquitecturas_10):
    for columna, activacion in enumerate(activaciones_10):
        model = Sequential()
        model.add(Dense(arquitectura[0], input_dim=13, activation=activacion))
        for unidades in arquitectura[1:-1]:
            model.add(Dense(unidades, activation=activacion))
        model.add(Dense(arquitectura[-1], activation="softmax"))
        model.compile(loss="sparse_categorical_crossentropy", optimizer="adam")
        historia = model.fit(x_vino, vino.target, epochs=10, batch_size=16, verbose=0)
        perdidas_10[(arquitectura, activacion)] = historia.history["loss"][-1]
        ejes[fila, columna].plot(historia.history["loss"])
        ejes[fila, columna].set_title(f"{arquitectura} {activacion}")
fig.tight_layout()
plt.show()
### END SOLUTION

# %% nbgrader=tests:prueba_10:2
assert len(perdidas_10) == 9, "Son 3 arquitecturas por 3 activaciones."
assert all(np.isfinite(p) for p in perdidas_10.values()), "Alguna pérdida no es un número."
