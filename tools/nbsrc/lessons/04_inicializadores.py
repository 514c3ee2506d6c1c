# %% [markdown]
# # 4. Inicializadores: ¿con qué valores empieza la red?
#
# Antes de entrenar, Keras da a cada peso un valor aleatorio. La distribución de la que salen esos valores la
# elige el **inicializador**:
#
# * `kernel_initializer` para los pesos (por defecto `glorot_uniform`);
# * `bias_initializer` para los sesgos (por defecto `zeros`).
#
# Los inicializadores uniformes sacan valores en $[-limit, limit]$; los normales, de una normal de media 0.
# Lo que cambia entre ellos es la escala, que depende de $fan_{in}$ (entradas de la capa) y $fan_{out}$
# (salidas de la capa):
#
# | inicializador | escala |
# |---|---|
# | `glorot_uniform` | $limit = \sqrt{6 / (fan_{in} + fan_{out})}$ |
# | `he_uniform` | $limit = \sqrt{6 / fan_{in}}$ |
# | `lecun_normal` | $\sigma = \sqrt{1 / fan_{in}}$ (normal truncada) |
# | `he_normal` | $\sigma = \sqrt{2 / fan_{in}}$ (normal truncada) |

# %%
import numpy as np
import matplotlib.pyplot as plt
from tensorflow import keras
from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import Dense

keras.utils.set_random_seed(4)

# %% [markdown]
# ## Elegir el inicializador al crear la capa

# %%
model = Sequential()
model.add(Dense(3, input_dim=1, kernel_initializer="glorot_uniform", bias_initializer="zeros"))
model.add(Dense(1))
model.compile(loss="mse")
print(model.layers[0].get_weights())

# %% [markdown]
# ## Ver las distribuciones
#
# Para que el histograma tenga muchos valores creamos una capa de 100 entradas y 100 neuronas (10 000 pesos)
# con cada inicializador y dibujamos sus pesos.

# %%
nombres = ["random_uniform", "glorot_uniform", "he_uniform", "random_normal", "glorot_normal", "he_normal"]
fig, ejes = plt.subplots(2, 3, figsize=(10, 5.5))
for eje, nombre in zip(ejes.flatten(), nombres):
    capa = Sequential([Dense(100, input_dim=100, kernel_initializer=nombre)])
    pesos = capa.layers[0].get_weights()[0].flatten()
    eje.hist(pesos, bins=30, color="tab:blue")
    eje.set_title(nombre)
    print(f"{nombre:15s} media={pesos.mean():+.4f} desviación={pesos.std():.4f} máx={np.abs(pesos).max():.4f}")
fig.tight_layout()
plt.show()

# %% [markdown]
# Fíjate en dos cosas: los uniformes tienen forma de caja y los normales de campana, y `he_*` es más ancho que
# `glorot_*` porque solo divide entre $fan_{in}$.
#
# ## ¿Cuál usar?
#
# | activación de la capa | inicializador recomendado |
# |---|---|
# | ninguna, sigmoide, tanh, softmax | Glorot |
# | ReLU y variantes | He |
# | SELU | LeCun normal |
