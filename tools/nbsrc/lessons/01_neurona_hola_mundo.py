# %% [markdown]
# # 1. La neurona: el «hola mundo» de las redes neuronales
#
# Una neurona artificial recibe un número $x$, lo multiplica por un **peso** $w$ y le suma un **sesgo** $b$:
#
# $$y = w\,x + b$$
#
# Es la ecuación de una recta. Entrenar la neurona consiste en buscar los valores de $w$ y $b$ que mejor
# explican unos datos. En esta lección entrenamos una sola neurona para que descubra la regla que esconden
# seis parejas de números.

# %%
import numpy as np
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import Dense

keras.utils.set_random_seed(1)

# %% [markdown]
# ## Los datos
#
# Mira las parejas $(x, y)$ antes de seguir: ¿sabrías decir qué regla las relaciona?

# %%
xs = np.array([-1.0, 0.0, 1.0, 2.0, 3.0, 4.0])
ys = np.array([-3.0, -1.0, 1.0, 3.0, 5.0, 7.0])
np.column_stack((xs, ys))

# %% [markdown]
# ## La red más pequeña posible
#
# Una capa `Dense` con una única neurona (`units=1`) y una única entrada. El optimizador `sgd` (descenso del
# gradiente) y la pérdida «error cuadrático medio» son la elección clásica para un problema de regresión.

# %%
model = Sequential([Dense(units=1, input_shape=[1])])
model.compile(optimizer="sgd", loss="mean_squared_error")
model.summary()

# %% [markdown]
# ## Entrenamiento
#
# Cada época recorre todos los datos una vez. Con 200 épocas basta para este ejemplo.

# %%
history = model.fit(xs, ys, epochs=200, verbose=0)
print("pérdida inicial:", round(history.history["loss"][0], 4))
print("pérdida final:  ", round(history.history["loss"][-1], 4))

# %% [markdown]
# ## Predicción
#
# Si la regla es $y = 2x - 1$, para $x = 10$ deberíamos obtener algo muy cercano a 19. No será exactamente 19:
# la red solo ha visto seis ejemplos y trabaja con probabilidades, no con certezas.

# %%
prediccion = model.predict(np.array([10.0]), verbose=0)
print(prediccion)

# %% [markdown]
# ## ¿Qué ha aprendido?
#
# Los dos parámetros de la neurona están en la capa: el peso primero y el sesgo después.

# %%
w, b = model.layers[0].get_weights()
print("w =", round(float(w[0, 0]), 3), " b =", round(float(b[0]), 3))

# %%
import matplotlib.pyplot as plt

plt.figure(figsize=(5, 3.5))
plt.scatter(xs, ys, label="datos")
rejilla = np.linspace(-2, 5, 50)
plt.plot(rejilla, model.predict(rejilla, verbose=0)[:, 0], color="tab:red", label="neurona")
plt.xlabel("x")
plt.ylabel("y")
plt.legend()
plt.title("Una neurona es una recta")
plt.show()
