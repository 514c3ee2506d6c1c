# %% [markdown]
# # 2. La red: capas y número de parámetros
#
# Al conectar neuronas obtenemos una red. Se organizan en **capas**:
#
# * la capa de **entrada** solo reparte los datos; no calcula nada y no tiene parámetros;
# * las capas **ocultas** hacen el trabajo intermedio;
# * la capa de **salida** produce el resultado.
#
# Cada neurona tiene un peso por cada entrada que recibe y un sesgo. Así, una neurona con $n$ entradas tiene
# $n + 1$ parámetros, y el tamaño de una red es la suma de los parámetros de todas sus neuronas.

# %%
import numpy as np
from tensorflow import keras
from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import Dense
from tensorflow.keras.utils import plot_model
import neurona

keras.utils.set_random_seed(2)

# %% [markdown]
# ## Una red de 1 entrada, 3 neuronas ocultas y 1 salida
#
# * capa oculta: 3 neuronas × (1 peso + 1 sesgo) = 6 parámetros;
# * capa de salida: 1 neurona × (3 pesos + 1 sesgo) = 4 parámetros.
#
# En total, 10. Comprobémoslo con `summary()`.

# %%
model = Sequential()
model.add(Dense(3, input_dim=1))
model.add(Dense(1))
model.compile(loss="mse")
model.summary()

# %%
print("parámetros por capa:", [capa.count_params() for capa in model.layers])
print("total:", model.count_params())

# %% [markdown]
# ## El diagrama de capas
#
# `plot_model` dibuja una caja por capa con la forma de sus entradas y salidas. La dimensión de salida de
# cada capa coincide con su número de neuronas.

# %%
plot_model(model, show_shapes=True)

# %% [markdown]
# ## El diagrama de neuronas
#
# `neurona.plot_network` dibuja cada neurona como un círculo y cada peso como una flecha, que es como se
# suelen dibujar las redes en la pizarra.

# %%
neurona.plot_network(model)

# %% [markdown]
# ## Una red más grande
#
# Con 2 entradas y capas de 4, 8 y 4 neuronas antes de una salida, ¿cuántos parámetros esperas? Haz la cuenta
# a mano antes de ejecutar la celda.

# %%
grande = Sequential()
grande.add(Dense(4, input_dim=2, activation="relu"))
grande.add(Dense(8, activation="relu"))
grande.add(Dense(4, activation="relu"))
grande.add(Dense(1, activation="sigmoid"))
grande.summary()
neurona.plot_network(grande)
