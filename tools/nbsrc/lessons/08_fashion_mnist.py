# %% [markdown]
# # 8. Un clasificador de ropa: Fashion-MNIST
#
# Fashion-MNIST son fotos de 28×28 píxeles en escala de grises de diez tipos de prenda. Para que el cuaderno
# se ejecute en unos segundos usamos solo una parte: 3000 imágenes para entrenar y 500 para comprobar.

# %%
import numpy as np
import matplotlib.pyplot as plt
from tensorflow import keras
from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import Dense, Flatten
import neurona

keras.utils.set_random_seed(8)

(x_train, y_train), (x_test, y_test) = keras.datasets.fashion_mnist.load_data()
x_train, y_train = x_train[:3000], y_train[:3000]
x_test, y_test = x_test[:500], y_test[:500]
print(x_train.shape, y_train.shape, x_test.shape)

nombres = ["camiseta", "pantalón", "jersey", "vestido", "abrigo",
           "sandalia", "camisa", "zapatilla", "bolso", "botín"]

# %% [markdown]
# ## Un vistazo a los datos

# %%
fig, ejes = plt.subplots(2, 5, figsize=(10, 4.4))
for i, eje in enumerate(ejes.flatten()):
    eje.imshow(x_train[i], cmap="gray_r")
    eje.set_title(nombres[y_train[i]])
    eje.axis("off")
plt.show()

# %% [markdown]
# ## Preparar los datos
#
# Los píxeles van de 0 a 255; los pasamos a $[0, 1]$. Las etiquetas se quedan como números (0 a 9) y usamos
# la pérdida `sparse_categorical_crossentropy`, que las acepta así.

# %%
x_train = x_train / 255.0
x_test = x_test / 255.0

# %% [markdown]
# ## La red: un perceptrón multicapa
#
# `Flatten` convierte cada imagen de 28×28 en un vector de 784 valores; la salida tiene 10 neuronas con
# softmax, una por prenda.

# %%
model = Sequential()
model.add(Flatten(input_shape=(28, 28)))
model.add(Dense(128, activation="relu"))
model.add(Dense(64, activation="relu"))
model.add(Dense(10, activation="softmax"))
model.compile(loss="sparse_categorical_crossentropy", optimizer="adam", metrics=["accuracy"])
model.summary()

# %%
history = model.fit(x_train, y_train, validation_split=0.1, epochs=5, batch_size=64, verbose=1)

# %%
loss, accuracy = model.evaluate(x_test, y_test, verbose=0)
print(f"exactitud con imágenes nuevas: {accuracy:.2f}")
neurona.plot_history(history)

# %% [markdown]
# ## ¿Qué dice la red de unas cuantas fotos?

# %%
probabilidades = model.predict(x_test[:10], verbose=0)
predichas = np.argmax(probabilidades, axis=1)
fig, ejes = plt.subplots(2, 5, figsize=(10, 4.6))
for i, eje in enumerate(ejes.flatten()):
    eje.imshow(x_test[i], cmap="gray_r")
    color = "green" if predichas[i] == y_test[i] else "red"
    eje.set_title(nombres[predichas[i]], color=color)
    eje.axis("off")
plt.show()
