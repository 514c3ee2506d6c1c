# %% [markdown]
# # 9. Guardar y cargar un modelo
#
# Entrenar cuesta tiempo; una vez entrenada, la red se guarda en un fichero `.keras` y se vuelve a cargar
# en otro cuaderno o programa sin repetir el entrenamiento.

# %%
import os
import numpy as np
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import Dense

keras.utils.set_random_seed(9)

xs = np.array([-1.0, 0.0, 1.0, 2.0, 3.0, 4.0])
ys = 2 * xs - 1

model = Sequential()
model.add(Dense(4, input_dim=1, activation="relu"))
model.add(Dense(1))
model.compile(loss="mse", optimizer="adam")
model.fit(xs, ys, epochs=50, verbose=0)

# %% [markdown]
# ## Guardar

# %%
model.save("mi_red_neuronal.keras")
print("guardado:", os.path.exists("mi_red_neuronal.keras"))

# %% [markdown]
# ## Cargar
#
# El modelo cargado tiene la misma arquitectura y los mismos pesos, así que predice exactamente lo mismo.

# %%
cargado = tf.keras.models.load_model("mi_red_neuronal.keras")
cargado.summary()
original = model.predict(xs, verbose=0)
recuperado = cargado.predict(xs, verbose=0)
print(np.column_stack((original, recuperado)))
print("¿iguales?", np.allclose(original, recuperado))

# %% [markdown]
# Se puede seguir entrenando el modelo cargado como si nunca se hubiera guardado.

# %%
cargado.fit(xs, ys, epochs=5, verbose=0)
os.remove("mi_red_neuronal.keras")
