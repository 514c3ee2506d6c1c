# Callbacks: a cell subclass of keras.callbacks.Callback, LambdaCallback and EarlyStopping.
# Expected lines from Keras 3.15.1 (make_keras_golden.py).
import numpy as np
import keras
from keras import layers

x = np.array([[0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0]], dtype="float32")
y = np.array([1.0, 1.0, 0.0, 0.0], dtype="float32")
w = [np.array([[0.1, -0.2], [0.4, 0.5]], dtype="float32"), np.array([0.0, 0.1], dtype="float32"),
     np.array([[0.2], [-0.3]], dtype="float32"), np.array([0.05], dtype="float32")]


class Recorder(keras.callbacks.Callback):
    def on_train_begin(self, logs=None):
        print("begin", self.model.name)

    def on_epoch_end(self, epoch, logs=None):
        print("epoch", epoch, sorted(logs.keys()), round(logs["loss"], 4))
        if epoch == 1:
            self.model.stop_training = True
# %%
model = keras.Sequential([layers.Input((2,)), layers.Dense(2, activation="tanh"), layers.Dense(1)], name="net")
model.set_weights(w)
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.1), loss="mse", metrics=["mae"])
h = model.fit(x, y, epochs=5, batch_size=2, shuffle=False, verbose=0, callbacks=[Recorder()])
print(h.epoch)
# expect: begin net
# expect: epoch 0 ['loss', 'mae'] 0.5069
# expect: epoch 1 ['loss', 'mae'] 0.3959
# expect: [0, 1]
# %%
seen = []
cb = keras.callbacks.LambdaCallback(on_epoch_end=lambda epoch, logs: seen.append(epoch))
model.fit(x, y, epochs=3, verbose=0, callbacks=[cb])
print(seen)
# expect: [0, 1, 2]
# %%
model = keras.Sequential([layers.Input((2,)), layers.Dense(1)])
model.set_weights([np.zeros((2, 1), dtype="float32"), np.zeros(1, dtype="float32")])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss="mse")
stop = keras.callbacks.EarlyStopping(monitor="loss", patience=2)
h = model.fit(x, y, epochs=10, verbose=0, callbacks=[stop])
print(len(h.history["loss"]), h.history["loss"][0])
# expect: 3 0.5
