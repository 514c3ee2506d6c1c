# %% [markdown] nbgrader=locked:cabecera
# # Tarea 1: redes, capas y parámetros (Ejercicios 1.A a 3)
#
# Rellena las celdas marcadas con `# YOUR CODE HERE` y borra el `raise NotImplementedError()`. Las celdas de
# comprobación (con `assert`) te dicen si vas por buen camino; al corregir se añadirán algunas comprobaciones
# más. Las respuestas en texto las corregirá el profesor.
#
# Antes de entregar: *Kernel → Restart Kernel and Run All Cells* y comprueba que no hay errores.

# %% nbgrader=locked:preparacion
import numpy as np
from tensorflow import keras
from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import Dense

keras.utils.set_random_seed(10)


def unidades(model):
    """Número de neuronas de cada capa del modelo."""
    return [capa.units for capa in model.layers]


def activaciones(model):
    """Nombre de la función de activación de cada capa del modelo."""
    return [capa.activation.__name__ for capa in model.layers]

# %% nbgrader=locked:preparacion_dibujos
from tensorflow.keras.utils import plot_model
import neurona

# %% [markdown] nbgrader=locked:enunciado_1a
# ## Ejercicio 1.A
#
# Una red recibe **1 entrada**, tiene **una capa oculta con 2 neuronas** y **1 neurona de salida**. No hay
# funciones de activación.
#
# Crea la red en Keras en la variable `modelo_1a` y guarda en `parametros_1a` el número total de parámetros
# que has calculado **a mano**.

# %% nbgrader=solution:respuesta_1a
### BEGIN SOLUTION
modelo_1a = Sequential()
modelo_1a.add(Dense(2, input_dim=1))
modelo_1a.add(Dense(1))
modelo_1a.compile(loss="mse")
parametros_1a = 7
### END SOLUTION

# %% nbgrader=tests:prueba_1a:2
assert parametros_1a == 7, "Cuenta de nuevo: cada neurona tiene un peso por entrada y un sesgo."
assert modelo_1a.count_params() == parametros_1a, "La red de Keras no tiene los parámetros que has calculado."
### BEGIN HIDDEN TESTS
assert unidades(modelo_1a) == [2, 1], "Las capas deben tener 2 y 1 neuronas."
assert modelo_1a.input_shape == (None, 1), "La red debe tener una única entrada."
### END HIDDEN TESTS

# %% [markdown] nbgrader=locked:enunciado_1a_resumen
# Comprueba con el resumen y los diagramas que coinciden con tus cálculos:

# %%
modelo_1a.summary()
plot_model(modelo_1a, show_shapes=True)

# %% [markdown] nbgrader=locked:enunciado_1a_formulas
# Escribe la fórmula de cada una de las tres neuronas (usa $w$ para los pesos y $b$ para los sesgos) y di
# cuántas entradas, salidas y parámetros tiene cada neurona y cada capa.

# %% [markdown] nbgrader=manual:formulas_1a:1
# $y_2 = w_2 x + b_2$, $y_3 = w_3 x + b_3$, $y_4 = w_{4,2} y_2 + w_{4,3} y_3 + b_4$.
# Capa oculta: 1 entrada, 2 salidas, 4 parámetros. Capa de salida: 2 entradas, 1 salida, 3 parámetros.

# %% [markdown] nbgrader=locked:enunciado_1b
# ## Ejercicios 1.B y 1.C
#
# Repite la red de 1.A pero con activación `sigmoid` en todas las neuronas (`modelo_1b`) y con `tanh` en todas
# las neuronas (`modelo_1c`). Después escribe en Python la fórmula de `modelo_1b` como una función
# `formula_1b(x)` que use sus pesos (`get_weights()`).

# %% nbgrader=solution:respuesta_1b
### BEGIN SOLUTION
modelo_1b = Sequential()
modelo_1b.add(Dense(2, input_dim=1, activation="sigmoid"))
modelo_1b.add(Dense(1, activation="sigmoid"))
modelo_1b.compile(loss="mse")


def formula_1b(x):
    w1, b1 = modelo_1b.layers[0].get_weights()
    w2, b2 = modelo_1b.layers[1].get_weights()

    def sigmoid(z):
        return 1 / (1 + np.exp(-z))

    y2 = sigmoid(w1[0, 0] * x + b1[0])
    y3 = sigmoid(w1[0, 1] * x + b1[1])
    return sigmoid(w2[0, 0] * y2 + w2[1, 0] * y3 + b2[0])
### END SOLUTION

# %% nbgrader=tests:prueba_1b:1
assert activaciones(modelo_1b) == ["sigmoid", "sigmoid"], "Todas las neuronas de 1.B usan sigmoid."
x_prueba = np.array([-2.0, 0.0, 1.5, 3.0])
assert np.allclose(formula_1b(x_prueba), modelo_1b.predict(x_prueba, verbose=0)[:, 0], atol=1e-5), \
    "Tu fórmula no da lo mismo que la red: revisa los índices de los pesos."
assert neurona.check_formula(modelo_1b, x_prueba).matches, "La fórmula de la red no coincide con predict."

# %% nbgrader=solution:respuesta_1c
### BEGIN SOLUTION
modelo_1c = Sequential()
modelo_1c.add(Dense(2, input_dim=1, activation="tanh"))
modelo_1c.add(Dense(1, activation="tanh"))
modelo_1c.compile(loss="mse")
### END SOLUTION

# %% nbgrader=tests:prueba_1c:1
assert activaciones(modelo_1c) == ["tanh", "tanh"], "Todas las neuronas de 1.C usan tanh."
assert unidades(modelo_1c) == [2, 1], "La arquitectura es la misma que en 1.A."
assert neurona.check_formula(modelo_1c, np.array([-1.0, 0.0, 2.0])).matches, "La fórmula de la red no coincide con predict."

# %%
neurona.formula(modelo_1c)

# %% [markdown] nbgrader=locked:enunciado_2a
# ## Ejercicio 2.A
#
# Ahora la red tiene **2 entradas** (largo del sépalo y largo del pétalo), **una capa oculta de 3 neuronas** y
# **1 salida**, sin activación. Crea `modelo_2a` y guarda en `parametros_2a` el número de parámetros que
# calculas a mano.

# %% nbgrader=solution:respuesta_2a
### BEGIN SOLUTION
modelo_2a = Sequential()
modelo_2a.add(Dense(3, input_dim=2))
modelo_2a.add(Dense(1))
modelo_2a.compile(loss="mse")
parametros_2a = 13
### END SOLUTION

# %% nbgrader=tests:prueba_2a:2
assert parametros_2a == 13, "Cuenta de nuevo: 3 neuronas con 2 entradas y 1 neurona con 3 entradas."
assert modelo_2a.count_params() == 13, "La red de Keras debe tener 13 parámetros."
### BEGIN HIDDEN TESTS
assert unidades(modelo_2a) == [3, 1], "Las capas deben tener 3 y 1 neuronas."
assert modelo_2a.input_shape == (None, 2), "La red debe tener dos entradas."
### END HIDDEN TESTS

# %% [markdown] nbgrader=locked:enunciado_2a_formulas
# Escribe las fórmulas de las cuatro neuronas de la red 2.A.

# %% [markdown] nbgrader=manual:formulas_2a:1
# $y_3 = w_{3,1} x_1 + w_{3,2} x_2 + b_3$ (y lo mismo para $y_4$ e $y_5$);
# $y_6 = w_{6,3} y_3 + w_{6,4} y_4 + w_{6,5} y_5 + b_6$.

# %% [markdown] nbgrader=locked:enunciado_2b
# ## Ejercicios 2.B y 2.C
#
# La red de 2.A con `sigmoid` en todas las neuronas (`modelo_2b`) y con `tanh` (`modelo_2c`).

# %% nbgrader=solution:respuesta_2bc
### BEGIN SOLUTION
modelo_2b = Sequential([Dense(3, input_dim=2, activation="sigmoid"), Dense(1, activation="sigmoid")])
modelo_2c = Sequential([Dense(3, input_dim=2, activation="tanh"), Dense(1, activation="tanh")])
### END SOLUTION

# %% nbgrader=tests:prueba_2bc:2
assert activaciones(modelo_2b) == ["sigmoid", "sigmoid"], "2.B usa sigmoid en todas las neuronas."
assert activaciones(modelo_2c) == ["tanh", "tanh"], "2.C usa tanh en todas las neuronas."
x_prueba = np.array([[4.7, 1.3], [5.1, 1.4]])
assert neurona.check_formula(modelo_2b, x_prueba).matches, "La fórmula de 2.B no coincide con predict."
assert neurona.check_formula(modelo_2c, x_prueba).matches, "La fórmula de 2.C no coincide con predict."

# %% [markdown] nbgrader=locked:enunciado_3
# ## Ejercicio 3
#
# Una red con **4 entradas**, capas ocultas de **6, 8 y 4 neuronas** con `relu` y **2 salidas** con `sigmoid`.
# Crea `modelo_3` y guarda en `parametros_capa_3` la lista con los parámetros de cada capa calculados a mano.

# %% nbgrader=solution:respuesta_3
### BEGIN SOLUTION
modelo_3 = Sequential()
modelo_3.add(Dense(6, input_dim=4, activation="relu"))
modelo_3.add(Dense(8, activation="relu"))
modelo_3.add(Dense(4, activation="relu"))
modelo_3.add(Dense(2, activation="sigmoid"))
parametros_capa_3 = [30, 56, 36, 10]
### END SOLUTION

# %% nbgrader=tests:prueba_3:2
assert parametros_capa_3 == [capa.count_params() for capa in modelo_3.layers], \
    "Tus cuentas no coinciden con las capas de Keras: parámetros = (entradas + 1) × neuronas."
assert sum(parametros_capa_3) == 132, "En total son 132 parámetros."
### BEGIN HIDDEN TESTS
assert unidades(modelo_3) == [6, 8, 4, 2], "Las capas deben tener 6, 8, 4 y 2 neuronas."
assert activaciones(modelo_3) == ["relu", "relu", "relu", "sigmoid"], "Ocultas con relu y salida con sigmoid."
### END HIDDEN TESTS

# %%
modelo_3.summary()
neurona.plot_network(modelo_3)

# %% alumno=respuesta_1a
modelo_1a = Sequential()
modelo_1a.add(Dense(2, input_dim=1))
modelo_1a.add(Dense(1))
modelo_1a.compile(loss="mse")
parametros_1a = 7

# %% [markdown] alumno=formulas_1a
# $y_2 = w_2 x + b_2$, $y_3 = w_3 x + b_3$ y la salida $y_4 = w_{4,2} y_2 + w_{4,3} y_3 + b_4$.
# La capa oculta tiene 4 parámetros y la de salida 3.

# %% alumno=respuesta_1b
modelo_1b = Sequential()
modelo_1b.add(Dense(2, input_dim=1, activation="relu"))
modelo_1b.add(Dense(1, activation="relu"))
modelo_1b.compile(loss="mse")


def formula_1b(x):
    return modelo_1b.predict(x, verbose=0)[:, 0]

# %% alumno=respuesta_1c
modelo_1c = Sequential()
modelo_1c.add(Dense(2, input_dim=1, activation="tanh"))
modelo_1c.add(Dense(1, activation="tanh"))
modelo_1c.compile(loss="mse")

# %% alumno=respuesta_2a
modelo_2a = Sequential()
modelo_2a.add(Dense(3, input_dim=2))
modelo_2a.add(Dense(1, activation=sigmod))
parametros_2a = 13

# %% alumno=respuesta_3
modelo_3 = Sequential()
modelo_3.add(Dense(6, input_dim=4, activation="relu"))
modelo_3.add(Dense(8, activation="relu"))
modelo_3.add(Dense(4, activation="relu"))
modelo_3.add(Dense(2, activation="sigmoid"))
parametros_capa_3 = [30, 56, 36, 10]
