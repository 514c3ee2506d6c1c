# Models compute with denormal float32 values flushed to zero, as Keras's backends do on CPU,
# while NumPy arithmetic in the same session keeps them (expected lines from real Keras).
import numpy as np
import keras
from keras import layers
model = keras.Sequential([keras.Input((1,)), layers.Dense(1, use_bias=False)])
model.set_weights([np.array([[1e-20]], dtype="float32")])
model.compile(optimizer="sgd", loss="mse")
x = np.array([[1e-20], [1.0]], dtype="float32")
# %%
print(model.predict(x, verbose=0).ravel().tolist())
# expect: [0.0, 9.999999682655225e-21]
# %%
print(np.asarray(model.layers[0](x)).ravel().tolist())
# expect: [0.0, 9.999999682655225e-21]
# %%
print(float(np.float32(1e-20) * np.float32(1e-20)) > 0)
print(np.array([1e-20], dtype="float32") * np.array([1e-20], dtype="float32"))
# expect: True
# expect: [1.e-40]
# %%
print(model.evaluate(x, np.zeros((2, 1), dtype="float32"), verbose=0))
# expect: 0.0
