# %% [markdown]
# # 6. La capa de salida y la función de pérdida
#
# La activación de la última capa depende de qué queremos que responda la red:
#
# | problema | activación de salida | neuronas de salida | pérdida |
# |---|---|---|---|
# | regresión (un número cualquiera) | `linear` | 1 por valor | `mean_squared_error` |
# | clasificación en 2 clases | `sigmoid` | 1 | `binary_crossentropy` |
# | varias etiquetas a la vez (no excluyentes) | `sigmoid` | 1 por etiqueta | `binary_crossentropy` |
# | una clase entre varias (excluyentes) | `softmax` | 1 por clase | `categorical_crossentropy` |

# %%
import numpy as np
import matplotlib.pyplot as plt
from tensorflow import keras
from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import Dense
from sklearn.datasets import load_iris
from sklearn.preprocessing import LabelBinarizer
from sklearn.model_selection import train_test_split
import neurona

keras.utils.set_random_seed(6)

# %% [markdown]
# ## Sigmoide frente a softmax
#
# Con las mismas entradas, la sigmoide trata cada salida por separado; la softmax reparte una probabilidad
# total de 1 entre todas.

# %%
z = np.array([[2.0, 1.0, 0.1]])
print("sigmoid:", np.round(keras.activations.sigmoid(z), 3), "suma", round(float(np.sum(keras.activations.sigmoid(z))), 3))
print("softmax:", np.round(keras.activations.softmax(z), 3), "suma", round(float(np.sum(keras.activations.softmax(z))), 3))

# %% [markdown]
# ## Iris con sus tres clases
#
# Para usar softmax, cada etiqueta (0, 1 o 2) se convierte en un vector con un 1 en su posición
# («one-hot»). `LabelBinarizer` lo hace por nosotros.

# %%
iris = load_iris()
x = iris.data
y = iris.target

label_binarizer = LabelBinarizer()
label_binarizer.fit(range(max(y) + 1))
y_onehot = label_binarizer.transform(y)
print(y[[0, 50, 100]])
print(y_onehot[[0, 50, 100]])

# %%
x_train, x_test, y_train, y_test = train_test_split(x, y_onehot, test_size=0.2, random_state=42)

model = Sequential()
model.add(Dense(8, input_dim=4, activation="relu"))
model.add(Dense(8, activation="relu"))
model.add(Dense(3, activation="softmax"))
model.compile(loss="categorical_crossentropy", optimizer="adam", metrics=["accuracy"])
history = model.fit(x_train, y_train, validation_data=(x_test, y_test), epochs=60, batch_size=16, verbose=0)
loss, accuracy = model.evaluate(x_test, y_test, verbose=0)
print(f"exactitud en test: {accuracy:.2f}")

# %% [markdown]
# Cada fila de `predict` son tres probabilidades que suman 1; la clase elegida es la mayor (`argmax`).

# %%
probabilidades = model.predict(x_test[:5], verbose=0)
print(np.round(probabilidades, 3))
print("predicho:", np.argmax(probabilidades, axis=1), " real:", np.argmax(y_test[:5], axis=1))

# %%
neurona.plot_history(history)

# %% [markdown]
# ## Fronteras de decisión
#
# Con solo dos características (largo y ancho del pétalo) podemos dibujar qué clase asigna la red a cada
# punto del plano.

# %%
x2 = iris.data[:, 2:4]
plano = Sequential([Dense(8, input_dim=2, activation="relu"), Dense(3, activation="softmax")])
plano.compile(loss="categorical_crossentropy", optimizer="adam", metrics=["accuracy"])
plano.fit(x2, y_onehot, epochs=60, batch_size=16, verbose=0)
neurona.plot_decision_boundary(plano, x2, y)
