# %% [markdown] nbgrader=locked:cabecera
# # Tarea 2: la fórmula de la red y las funciones de activación (Ejercicios 4.A a 7)
#
# Completa las celdas `# YOUR CODE HERE`. Las celdas con `assert` comprueban tu trabajo; al corregir se
# añaden algunas comprobaciones ocultas. Las preguntas de razonar las corrige el profesor.

# %% nbgrader=locked:preparacion
import numpy as np
import matplotlib.pyplot as plt
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import Dense
from sklearn.datasets import load_iris, load_breast_cancer
from sklearn.preprocessing import StandardScaler
import neurona

keras.utils.set_random_seed(20)


def get_w(model, layer, neuron, index):
    return model.layers[layer].get_weights()[0][index, neuron]


def get_b(model, layer, neuron):
    return model.layers[layer].get_weights()[1][neuron]


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


iris = load_iris()
x_flores = iris.data[0:100][:, [0, 2]]  # largo del sépalo y largo del pétalo de las flores de tipo 0 y 1
y_flores = iris.target[0:100]

# %% [markdown] nbgrader=locked:enunciado_4a
# ## Ejercicio 4.A
#
# Crea `modelo_4` con **2 entradas**, una capa oculta de **3 neuronas** y **1 salida**, todas con `sigmoid`.
# Escribe después `formula_4(x1, x2)`: la fórmula de la red con sus parámetros (usa `get_w`, `get_b` y
# `sigmoid`). Debe dar lo mismo que `predict` para la flor de 4.7 y 1.3.

# %% nbgrader=solution:respuesta_4a
### BEGIN SOLUTION
modelo_4 = Sequential()
modelo_4.add(Dense(3, input_dim=2, activation="sigmoid"))
modelo_4.add(Dense(1, activation="sigmoid"))
modelo_4.compile(loss="mean_squared_error", optimizer="adam")


def formula_4(x1, x2):
    z = get_b(modelo_4, 1, 0)
    for neurona_oculta in range(3):
        y = sigmoid(get_w(modelo_4, 0, neurona_oculta, 0) * x1 + get_w(modelo_4, 0, neurona_oculta, 1) * x2
                    + get_b(modelo_4, 0, neurona_oculta))
        z = z + get_w(modelo_4, 1, 0, neurona_oculta) * y
    return sigmoid(z)
### END SOLUTION

# %% nbgrader=tests:prueba_4a:2
red = modelo_4.predict(np.array([[4.7, 1.3]]), verbose=0)[0, 0]
assert abs(formula_4(4.7, 1.3) - red) < 1e-5, f"La fórmula da {formula_4(4.7, 1.3)} y la red {red}."
assert neurona.check_formula(modelo_4, np.array([[4.7, 1.3]])).matches, "La fórmula de la red no coincide con predict."

# %% [markdown] nbgrader=locked:enunciado_4b
# ## Ejercicio 4.B
#
# Entrena `modelo_4` con `x_flores` e `y_flores` (20 épocas bastan) y comprueba que tu fórmula sigue
# coincidiendo con la red en **todas** las flores. Guarda en `y_formula_4b` el resultado de la fórmula para
# todas las flores.

# %% nbgrader=solution:respuesta_4b
### BEGIN SOLUTION
modelo_4.fit(x_flores, y_flores, epochs=20, verbose=0)
y_formula_4b = formula_4(x_flores[:, 0], x_flores[:, 1])
### END SOLUTION

# %% nbgrader=tests:prueba_4b:2
y_red_4b = modelo_4.predict(x_flores, verbose=0)[:, 0]
assert len(y_formula_4b) == 100, "Calcula la fórmula para las 100 flores."
assert np.allclose(y_formula_4b, y_red_4b, atol=1e-5), "La fórmula y la red no coinciden después de entrenar."
assert neurona.check_formula(modelo_4, x_flores).matches, "La fórmula de la red no coincide con predict."

# %% [markdown] nbgrader=locked:enunciado_5
# ## Ejercicios 5.A a 5.F
#
# Con la configuración `[2, 4, 8, 4, 1]` (2 entradas, ocultas de 4, 8 y 4 neuronas, salida `sigmoid`) crea:
#
# * `red_5a`: ocultas con `tanh` indicada como texto;
# * `red_5b`: ocultas con ReLU indicada como función de Python (`tf.keras.activations.relu`);
# * `red_5c`: ocultas sin activación, cada una seguida de una capa `LeakyReLU` con pendiente 0.03;
# * `red_5d`: ocultas con `selu` e inicializador `lecun_normal`;
# * `red_5e`: ocultas sin activación, cada una seguida de una capa `ELU` con α = 0.2.

# %% nbgrader=solution:respuesta_5
### BEGIN SOLUTION
def red(activacion=None, capa=None, inicializador="glorot_uniform"):
    model = Sequential()
    model.add(Dense(4, input_dim=2, activation=activacion, kernel_initializer=inicializador))
    if capa:
        model.add(capa())
    for unidades in [8, 4]:
        model.add(Dense(unidades, activation=activacion, kernel_initializer=inicializador))
        if capa:
            model.add(capa())
    model.add(Dense(1, activation="sigmoid"))
    return model


red_5a = red("tanh")
red_5b = red(tf.keras.activations.relu, inicializador="he_uniform")
red_5c = red(capa=lambda: tf.keras.layers.LeakyReLU(negative_slope=0.03), inicializador="he_uniform")
red_5d = red("selu", inicializador="lecun_normal")
red_5e = red(capa=lambda: tf.keras.layers.ELU(alpha=0.2), inicializador="he_uniform")
### END SOLUTION

# %% nbgrader=tests:prueba_5:3
def densas(model):
    return [capa for capa in model.layers if type(capa).__name__ == "Dense"]


for nombre, model in [("red_5a", red_5a), ("red_5b", red_5b), ("red_5c", red_5c), ("red_5d", red_5d), ("red_5e", red_5e)]:
    assert [c.units for c in densas(model)] == [4, 8, 4, 1], f"{nombre}: la configuración es [2, 4, 8, 4, 1]."
    assert densas(model)[-1].activation.__name__ == "sigmoid", f"{nombre}: la salida usa sigmoid."
assert [c.activation.__name__ for c in densas(red_5a)][:3] == ["tanh"] * 3, "red_5a: las ocultas usan tanh."
assert [c.activation.__name__ for c in densas(red_5b)][:3] == ["relu"] * 3, "red_5b: las ocultas usan relu."
fugas = [c for c in red_5c.layers if type(c).__name__ == "LeakyReLU"]
assert len(fugas) == 3, "red_5c: una capa LeakyReLU detrás de cada capa oculta."
assert all(abs(c.negative_slope - 0.03) < 1e-9 for c in fugas), "red_5c: la pendiente es 0.03."
assert [c.activation.__name__ for c in densas(red_5d)][:3] == ["selu"] * 3, "red_5d: las ocultas usan selu."
### BEGIN HIDDEN TESTS
elus = [c for c in red_5e.layers if type(c).__name__ == "ELU"]
assert len(elus) == 3 and all(abs(c.alpha - 0.2) < 1e-9 for c in elus), "red_5e: capas ELU con α = 0.2."
### END HIDDEN TESTS

# %% [markdown] nbgrader=locked:enunciado_5_inicializador
# ¿Qué inicializador usarías con cada una de las cinco redes? Razónalo.

# %% [markdown] nbgrader=manual:inicializadores_5:2
# tanh: Glorot; ReLU, LeakyReLU y ELU: He; SELU: LeCun normal (es una de las condiciones para que SELU
# se autonormalice).

# %% [markdown] nbgrader=locked:enunciado_7
# ## Ejercicios 6 y 7
#
# Con los datos del cáncer de mama (ya normalizados en `x_cancer`) entrena la red
# `[30, 16, 32, 16, 8, 1]` durante 15 épocas con cada activación de `activaciones_7` en las capas ocultas.
# Guarda en el diccionario `historias_7` el `History` de cada entrenamiento (la clave es el nombre de la
# activación) y dibuja las curvas de pérdida en una sola gráfica.

# %% nbgrader=locked:datos_cancer
cancer = load_breast_cancer()
x_cancer = StandardScaler().fit_transform(cancer.data)
y_cancer = cancer.target
activaciones_7 = ["sigmoid", "tanh", "relu", "elu", "selu"]

# %% nbgrader=solution:respuesta_7
### BEGIN SOLUTION
historias_7 = {}
for activacion in activaciones_7:
    model = Sequential()
    model.add(Dense(16, input_dim=30, activation=activacion))
    for unidades in [32, 16, 8]:
        model.add(Dense(unidades, activation=activacion))
    model.add(Dense(1, activation="sigmoid"))
    model.compile(loss="binary_crossentropy", optimizer="adam")
    historias_7[activacion] = model.fit(x_cancer, y_cancer, epochs=15, batch_size=64, verbose=0)

plt.figure(figsize=(7, 4))
for activacion, historia in historias_7.items():
    plt.plot(historia.history["loss"], label=activacion)
plt.xlabel("época")
plt.ylabel("pérdida")
plt.legend()
plt.show()
### END SOLUTION

# %% nbgrader=tests:prueba_7:2
assert sorted(historias_7) == sorted(activaciones_7), "Una historia por cada activación."
for activacion, historia in historias_7.items():
    assert len(historia.history["loss"]) == 15, f"{activacion}: entrena 15 épocas."
    assert historia.history["loss"][-1] < historia.history["loss"][0], f"{activacion}: la pérdida debería bajar."

# %% [markdown] nbgrader=locked:enunciado_7_pregunta
# ¿Qué activaciones dan mejor resultado? ¿Coincide con lo que dice la teoría?

# %% [markdown] nbgrader=manual:conclusion_7:2
# Las de la familia ReLU (relu, elu, selu) bajan la pérdida más deprisa; sigmoid es la más lenta, como
# predice la teoría (satura y sus gradientes son pequeños).
