# %% [markdown]
# # 7. Entrenamiento, validación y sobreajuste
#
# Un modelo que memoriza los datos de entrenamiento pero falla con datos nuevos está **sobreajustado**. Para
# detectarlo reservamos una parte de los datos para **validación** y vigilamos su pérdida durante el
# entrenamiento. Las herramientas para combatirlo:
#
# * `Dropout`: apaga al azar una fracción de neuronas en cada paso de entrenamiento;
# * regularización L1 / L2: penaliza los pesos grandes;
# * `EarlyStopping`: detiene el entrenamiento cuando la validación deja de mejorar.
#
# Este cuaderno admite parámetros (papermill): la celda siguiente lleva la etiqueta `parameters`.

# %% tags=parameters
epochs = 40
activation = "relu"

# %%
import numpy as np
import matplotlib.pyplot as plt
from tensorflow import keras
from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import Dense, Dropout
from tensorflow.keras.callbacks import EarlyStopping
from tensorflow.keras import regularizers
from sklearn.datasets import load_breast_cancer
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
import neurona

keras.utils.set_random_seed(7)
print(f"épocas={epochs} activación={activation}")

# %% [markdown]
# ## Datos: cáncer de mama
#
# 569 muestras con 30 características. Normalizamos (media 0, desviación 1) con los datos de entrenamiento.

# %%
datos = load_breast_cancer()
x_train, x_val, y_train, y_val = train_test_split(datos.data, datos.target, test_size=0.3, random_state=7)
scaler = StandardScaler()
scaler.fit(x_train)
x_train = scaler.transform(x_train)
x_val = scaler.transform(x_val)
print(x_train.shape, x_val.shape)

# %%
def crear_red(dropout=0.0, regularizer=None):
    model = Sequential()
    model.add(Dense(64, input_dim=30, activation=activation, kernel_regularizer=regularizer))
    if dropout > 0:
        model.add(Dropout(dropout))
    model.add(Dense(64, activation=activation, kernel_regularizer=regularizer))
    if dropout > 0:
        model.add(Dropout(dropout))
    model.add(Dense(1, activation="sigmoid"))
    model.compile(loss="binary_crossentropy", optimizer="adam", metrics=["accuracy"])
    return model

# %% [markdown]
# ## Sin ninguna protección
#
# `verbose=1` muestra el progreso de cada época mientras entrena.

# %%
model = crear_red()
history = model.fit(x_train, y_train, validation_data=(x_val, y_val), epochs=epochs, batch_size=32, verbose=1)

# %%
plt.figure(figsize=(6, 3.5))
plt.plot(history.history["loss"], label="entrenamiento")
plt.plot(history.history["val_loss"], label="validación")
plt.xlabel("época")
plt.ylabel("pérdida")
plt.legend()
plt.title("Curvas de pérdida")
plt.show()

# %% [markdown]
# ## Dropout y L2

# %%
historias = {"sin nada": history}
historias["dropout 0.3"] = crear_red(dropout=0.3).fit(
    x_train, y_train, validation_data=(x_val, y_val), epochs=epochs, batch_size=32, verbose=0)
historias["L2 0.01"] = crear_red(regularizer=regularizers.l2(0.01)).fit(
    x_train, y_train, validation_data=(x_val, y_val), epochs=epochs, batch_size=32, verbose=0)
historias["L1 0.001"] = crear_red(regularizer=regularizers.l1(0.001)).fit(
    x_train, y_train, validation_data=(x_val, y_val), epochs=epochs, batch_size=32, verbose=0)

fig, ejes = plt.subplots(1, 4, figsize=(13, 3), sharey=True)
for eje, (nombre, h) in zip(ejes, historias.items()):
    eje.plot(h.history["loss"], label="entrenamiento")
    eje.plot(h.history["val_loss"], label="validación")
    eje.set_title(nombre)
ejes[0].legend()
plt.show()

# %% [markdown]
# ## Parar a tiempo con EarlyStopping
#
# `patience=5`: si la pérdida de validación no mejora en 5 épocas seguidas, se para y se recuperan los
# mejores pesos.

# %%
parada = EarlyStopping(monitor="val_loss", patience=5, restore_best_weights=True)
model = crear_red()
history = model.fit(x_train, y_train, validation_data=(x_val, y_val), epochs=200, batch_size=32,
                    callbacks=[parada], verbose=0)
print("épocas entrenadas:", len(history.history["loss"]))
neurona.plot_history(history)
