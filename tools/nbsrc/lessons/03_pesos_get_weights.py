# %% [markdown]
# # 3. Los parámetros por dentro: `get_weights`, `get_w` y `get_b`
#
# Keras numera las capas desde 0 empezando por la primera capa oculta (la de entrada no cuenta, porque no
# calcula nada). Dentro de cada capa, las neuronas también se numeran desde 0.
#
# `layer.get_weights()` devuelve dos arrays:
#
# * la matriz de pesos, con una fila por entrada y una columna por neurona;
# * el vector de sesgos, con un valor por neurona.

# %%
import numpy as np
from tensorflow import keras
from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import Dense

keras.utils.set_random_seed(3)

model = Sequential()
model.add(Dense(3, input_dim=1))
model.add(Dense(1))
model.compile(loss="mse")

pesos, sesgos = model.layers[0].get_weights()
print("forma de los pesos de la capa 0:", pesos.shape)
print("forma de los sesgos de la capa 0:", sesgos.shape)

# %% [markdown]
# ## Dos funciones de ayuda
#
# Para no perderse entre índices, usamos dos funciones pequeñas:
#
# * `get_w(model, layer, neuron, index)`: el peso número `index` de la neurona `neuron` de la capa `layer`;
# * `get_b(model, layer, neuron)`: el sesgo de esa neurona.

# %%
def get_w(model, layer, neuron, index):
    layer = model.layers[layer]
    return layer.get_weights()[0][index, neuron]


def get_b(model, layer, neuron):
    layer = model.layers[layer]
    return layer.get_weights()[1][neuron]

# %% [markdown]
# Con ellas leemos los diez parámetros de la red. Los pesos salen aleatorios y los sesgos valen 0: así los
# deja Keras antes de entrenar.

# %%
w_2 = get_w(model, 0, 0, 0)
w_3 = get_w(model, 0, 1, 0)
w_4 = get_w(model, 0, 2, 0)
b_2 = get_b(model, 0, 0)
b_3 = get_b(model, 0, 1)
b_4 = get_b(model, 0, 2)

w_52 = get_w(model, 1, 0, 0)
w_53 = get_w(model, 1, 0, 1)
w_54 = get_w(model, 1, 0, 2)
b_5 = get_b(model, 1, 0)

for nombre, valor in [("w_2", w_2), ("w_3", w_3), ("w_4", w_4), ("w_52", w_52), ("w_53", w_53), ("w_54", w_54)]:
    print(nombre, "=", round(float(valor), 4))
print("sesgos:", b_2, b_3, b_4, b_5)

# %% [markdown]
# ## La red como fórmula
#
# Sin funciones de activación, la salida es
#
# $$y = w_{5,2}(w_2 x + b_2) + w_{5,3}(w_3 x + b_3) + w_{5,4}(w_4 x + b_4) + b_5$$
#
# Si la escribimos en Python y la comparamos con `predict`, ambas deben dar lo mismo.

# %%
def predict_formula(x):
    return w_52 * (w_2 * x + b_2) + w_53 * (w_3 * x + b_3) + w_54 * (w_4 * x + b_4) + b_5


x = np.array([-1.0, 0.5, 2.0, 3.5])
y_red = model.predict(x, verbose=0)[:, 0]
y_formula = predict_formula(x)
print(np.column_stack((y_red, y_formula)))
print("¿coinciden?", np.allclose(y_red, y_formula, atol=1e-5))
