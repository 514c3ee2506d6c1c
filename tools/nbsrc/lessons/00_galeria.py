# %% [markdown]
# # Galería de salidas de Neurona
#
# Este cuaderno muestra todo lo que Neurona sabe dibujar: el resumen de un modelo, sus diagramas, su fórmula,
# las curvas de entrenamiento, las activaciones, fronteras de decisión, gráficas de matplotlib y el progreso
# del entrenamiento en directo.

# %%
import numpy as np
import matplotlib.pyplot as plt
from tensorflow import keras
from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import Dense
from tensorflow.keras.utils import plot_model
from sklearn.datasets import make_moons
import neurona

keras.utils.set_random_seed(0)
x, y = make_moons(n_samples=200, noise=0.15, random_state=0)

model = Sequential()
model.add(Dense(6, input_dim=2, activation="tanh"))
model.add(Dense(1, activation="sigmoid"))
model.compile(loss="binary_crossentropy", optimizer="adam", metrics=["accuracy"])

# %% [markdown]
# ## `summary()`

# %%
model.summary()

# %% [markdown]
# ## `plot_model` y `neurona.plot_network`

# %%
plot_model(model, show_shapes=True, show_layer_activations=True)

# %%
neurona.plot_network(model)

# %% [markdown]
# ## Progreso del entrenamiento en directo

# %%
history = model.fit(x, y, epochs=30, batch_size=32, validation_split=0.2, verbose=1)

# %% [markdown]
# ## Curvas de entrenamiento

# %%
neurona.plot_history(history)

# %% [markdown]
# ## Fórmula de la red y comprobación contra `predict`

# %%
neurona.formula(model)

# %%
neurona.formula(model, values=True)

# %%
comprobacion = neurona.check_formula(model, x)
print("¿la fórmula coincide con la red?", comprobacion.matches)

# %% [markdown]
# ## Activaciones y frontera de decisión

# %%
neurona.plot_activations(["sigmoid", "tanh", "relu"])

# %%
neurona.plot_decision_boundary(model, x, y)

# %% [markdown]
# ## Gráficas de matplotlib

# %%
fig, ejes = plt.subplots(1, 3, figsize=(12, 3.5))
ejes[0].scatter(x[:, 0], x[:, 1], c=y, cmap="coolwarm", s=12)
ejes[0].set_title("dispersión")
ejes[1].hist(np.random.normal(size=1000), bins=25)
ejes[1].set_title("histograma")
ejes[2].bar(["a", "b", "c"], [3, 5, 2])
ejes[2].set_title("barras")
plt.show()

# %%
plt.imshow(np.arange(64).reshape(8, 8), cmap="viridis")
plt.colorbar()
plt.title("imshow")
plt.show()
