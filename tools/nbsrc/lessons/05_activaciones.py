# %% [markdown]
# # 5. Funciones de activación
#
# Si cada neurona solo calculara $w x + b$, juntar muchas neuronas seguiría dando una recta: componer
# funciones lineales da otra función lineal. Para que la red pueda aprender curvas, a la salida de cada
# neurona se aplica una **función de activación** no lineal.

# %%
import numpy as np
import matplotlib.pyplot as plt
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import Dense
from sklearn.datasets import load_iris
import neurona

keras.utils.set_random_seed(5)

# %% [markdown]
# ## Las funciones más usadas

# %%
z = np.linspace(-4, 4, 200)
plt.figure(figsize=(7, 4))
plt.plot(z, tf.keras.activations.sigmoid(z), label="sigmoid")
plt.plot(z, tf.keras.activations.tanh(z), label="tanh")
plt.plot(z, tf.keras.activations.relu(z), label="relu")
plt.plot(z, tf.keras.activations.elu(z), label="elu")
plt.plot(z, tf.keras.activations.selu(z), label="selu")
plt.axhline(0, color="gray", linewidth=0.5)
plt.ylim(-2, 4)
plt.legend()
plt.title("Funciones de activación")
plt.show()

# %%
neurona.plot_activations(["sigmoid", "tanh", "relu", "leaky_relu", "elu", "selu"])

# %% [markdown]
# ## El colapso de una red lineal
#
# Una red de tres capas **sin** activación es, en realidad, una única recta. Lo comprobamos: su salida para
# puntos equiespaciados avanza siempre en la misma cantidad (la segunda diferencia es cero).

# %%
lineal = Sequential([Dense(4, input_dim=1), Dense(4), Dense(1)])
lineal.compile(loss="mse")
x = np.linspace(-3, 3, 7)
y = lineal.predict(x, verbose=0)[:, 0]
print("salidas:", np.round(y, 4))
print("segundas diferencias:", np.round(np.diff(y, 2), 5))

# %% [markdown]
# ## Tres maneras de indicar la activación
#
# Con un texto, con la función de `tf.keras.activations` o con una capa de activación:

# %%
m = Sequential()
m.add(Dense(3, input_dim=1, activation="relu"))
m.add(Dense(3, activation=tf.keras.activations.relu))
m.add(Dense(3))
m.add(tf.keras.layers.LeakyReLU(negative_slope=0.2))
m.add(Dense(1, activation="sigmoid"))
m.summary()

# %% [markdown]
# ## La fórmula de la red
#
# Con sigmoide en las dos capas, la red de una entrada, tres neuronas ocultas y una salida calcula
#
# $$y_5 = \sigma\big(w_{5,2}\,\sigma(w_2 x + b_2) + w_{5,3}\,\sigma(w_3 x + b_3) + w_{5,4}\,\sigma(w_4 x + b_4) + b_5\big)
# \qquad \sigma(z) = \frac{1}{1 + e^{-z}}$$
#
# La entrenamos con el largo del pétalo de las flores de tipo 0 y 1.

# %%
iris = load_iris()
x = iris.data[0:100, 2]
y = iris.target[0:100]

model = Sequential()
model.add(Dense(3, input_dim=1, activation="sigmoid"))
model.add(Dense(1, activation="sigmoid"))
model.compile(loss="mean_squared_error", optimizer="adam")
history = model.fit(x, y, epochs=20, verbose=0)

# %% [markdown]
# `neurona.formula` escribe la fórmula de la red; con `values=True` pone los valores entrenados de los
# parámetros:

# %%
neurona.formula(model, values=True)

# %% [markdown]
# Y la escribimos a mano, con `get_w` y `get_b`:

# %%
def get_w(model, layer, neuron, index):
    return model.layers[layer].get_weights()[0][index, neuron]


def get_b(model, layer, neuron):
    return model.layers[layer].get_weights()[1][neuron]


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict_formula(x):
    z = get_b(model, 1, 0)
    for neuron in range(3):
        oculta = sigmoid(get_w(model, 0, neuron, 0) * x + get_b(model, 0, neuron))
        z = z + get_w(model, 1, 0, neuron) * oculta
    return sigmoid(z)


y_red = model.predict(x, verbose=0)[:, 0]
y_formula = predict_formula(x)
print(np.column_stack((y_red, y_formula))[:5])
print("diferencia máxima:", np.max(np.abs(y_red - y_formula)))

# %% [markdown]
# `neurona.check_formula` hace esa misma comprobación: evalúa la fórmula en los datos y la compara con
# `predict`.

# %%
resultado = neurona.check_formula(model, x)
print("¿coinciden?", resultado.matches)
