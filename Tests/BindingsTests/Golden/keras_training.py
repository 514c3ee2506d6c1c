# Training with fixed starting weights and shuffle=False; expected lines come from
# Keras 3.15.1 (JAX backend) via Tests/BindingsTests/make_keras_golden.py.
import numpy as np
import keras
from keras import layers

x = np.array([[0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0], [0.5, 0.2], [0.3, 0.9]], dtype="float32")
y = np.array([1.0, 1.0, 0.0, 0.0, 1.0, 1.0], dtype="float32")
w = [np.array([[0.1, -0.2, 0.3], [0.4, 0.5, -0.6]], dtype="float32"), np.array([0.0, 0.1, -0.1], dtype="float32"),
     np.array([[0.2], [-0.3], [0.5]], dtype="float32"), np.array([0.05], dtype="float32")]


def run(optimizer, loss, metrics, activation="tanh", out="sigmoid", **fit):
    model = keras.Sequential([layers.Input((2,)), layers.Dense(3, activation=activation), layers.Dense(1, activation=out)])
    model.set_weights(w)
    model.compile(optimizer=optimizer, loss=loss, metrics=metrics)
    h = model.fit(x, y, verbose=0, shuffle=False, **fit)
    for key in sorted(h.history):
        print(key, [round(v, 4) for v in h.history[key]])
    print(h.epoch, h.params)
    return model
# %%
m = run(keras.optimizers.SGD(learning_rate=0.5), "mse", ["accuracy"], epochs=3, batch_size=2)
print(np.round(m.predict(x[:2], verbose=0), 4).tolist())
print(round(m.evaluate(x, y, verbose=0)[0], 4))
# expect: accuracy [0.3333, 0.3333, 0.6667]
# expect: loss [0.2778, 0.2626, 0.2535]
# expect: [0, 1, 2] {'verbose': 0, 'epochs': 3, 'steps': 3}
# expect: [[0.5496000051498413], [0.6363999843597412]]
# expect: 0.2296
# %%
h = run(keras.optimizers.Adam(learning_rate=0.05), "binary_crossentropy", ["accuracy"], epochs=4, batch_size=4, validation_split=0.34)
# expect: accuracy [0.6667, 0.3333, 0.3333, 0.6667]
# expect: loss [0.6968, 0.6777, 0.6632, 0.6516]
# expect: val_accuracy [0.3333, 0.6667, 0.6667, 0.6667]
# expect: val_loss [0.6987, 0.6767, 0.6605, 0.65]
# expect: [0, 1, 2, 3] {'verbose': 0, 'epochs': 4, 'steps': 1}
# %%
h = run("rmsprop", "mse", None, activation="relu", out=None, epochs=2, batch_size=3)
# expect: loss [0.6188, 0.6031]
# expect: [0, 1] {'verbose': 0, 'epochs': 2, 'steps': 2}
# %%
h = run(keras.optimizers.SGD(learning_rate=0.1, momentum=0.9), "mae", ["mse"], epochs=3, batch_size=6)
# expect: loss [0.5081, 0.5071, 0.5052]
# expect: mse [0.2607, 0.2595, 0.2573]
# expect: [0, 1, 2] {'verbose': 0, 'epochs': 3, 'steps': 1}
# %%
# evaluate returns a float when there are no metrics, a list otherwise
m = keras.Sequential([layers.Input((2,)), layers.Dense(1)])
m.compile(loss="mse")
print(type(m.evaluate(x, y, verbose=0)).__name__, type(m.predict(x, verbose=0)).__name__, m.predict(x, verbose=0).dtype, m.predict(x, verbose=0).shape)
# expect: float ndarray float32 (6, 1)
# %%
# sample_weight and class_weight weight the loss (Σ wᵢLᵢ / N per batch), never the metrics
sw = np.array([1.0, 0.0, 2.0, 0.5, 1.0, 0.0], dtype="float32")
m = run(keras.optimizers.SGD(learning_rate=0.5), "mse", ["accuracy"], epochs=2, batch_size=4, sample_weight=sw)
print([round(v, 4) for v in m.evaluate(x, y, sample_weight=sw, verbose=0)])
print([round(v, 4) for v in m.evaluate(x, y, sample_weight=sw.reshape(6, 1), batch_size=4, verbose=0)])
print([round(v, 4) for v in m.evaluate(x, y, verbose=0)])
m = run(keras.optimizers.SGD(learning_rate=0.5), "binary_crossentropy", ["accuracy"], epochs=2, batch_size=4,
        class_weight={0: 3.0, 1: 0.5})
# expect: accuracy [0.5, 0.3333]
# expect: loss [0.1914, 0.1913]
# expect: [0, 1] {'verbose': 0, 'epochs': 2, 'steps': 2}
# expect: [0.1884, 0.5]
# expect: [0.1884, 0.5]
# expect: [0.2555, 0.5]
# expect: accuracy [0.5, 0.3333]
# expect: loss [0.9442, 0.8859]
# expect: [0, 1] {'verbose': 0, 'epochs': 2, 'steps': 2}
# %%
# batch_size None and 0 both mean 32 (Keras tests the value for truth)
m = keras.Sequential([layers.Input((2,)), layers.Dense(1)])
m.compile(loss="mse")
xs = np.zeros((40, 2), dtype="float32")
ys = np.zeros((40,), dtype="float32")
print(m.fit(xs, ys, batch_size=0, verbose=0).params["steps"], m.fit(xs, ys, batch_size=None, verbose=0).params["steps"])
print(m.predict(xs, batch_size=0, verbose=0).shape, round(m.evaluate(xs, ys, batch_size=0, verbose=0), 4))
# expect: 2 2
# expect: (40, 1) 0.0
# %%
# weighted_metrics take the sample and class weights; a name already among metrics becomes weighted_<name>
model = keras.Sequential([layers.Input((2,)), layers.Dense(3, activation="tanh"), layers.Dense(1, activation="sigmoid")])
model.set_weights(w)
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.5), loss="binary_crossentropy", metrics=["accuracy"],
              weighted_metrics=["accuracy", "mse"])
h = model.fit(x, y, sample_weight=sw, epochs=2, batch_size=4, verbose=0, shuffle=False)
for key in sorted(h.history):
    print(key, [round(v, 4) for v in h.history[key]])
print(sorted((k, round(v, 4)) for k, v in model.evaluate(x, y, sample_weight=sw, verbose=0, return_dict=True).items()))
print(sorted((k, round(v, 4)) for k, v in model.evaluate(x, y, verbose=0, return_dict=True).items()))
model = keras.Sequential([layers.Input((2,)), layers.Dense(3, activation="tanh"), layers.Dense(1, activation="sigmoid")])
model.set_weights(w)
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.5), loss="binary_crossentropy", weighted_metrics=["accuracy"])
h = model.fit(x, y, class_weight={0: 3.0, 1: 0.5}, epochs=2, batch_size=4, verbose=0, shuffle=False)
for key in sorted(h.history):
    print(key, [round(v, 4) for v in h.history[key]])
# expect: accuracy [0.5, 0.3333]
# expect: loss [0.5333, 0.5336]
# expect: mse [0.2588, 0.2591]
# expect: weighted_accuracy [0.5556, 0.4444]
# expect: [('accuracy', 0.5), ('loss', 0.5223), ('mse', 0.2516), ('weighted_accuracy', 0.6667)]
# expect: [('accuracy', 0.5), ('loss', 0.6934), ('mse', 0.2502), ('weighted_accuracy', 0.5)]
# expect: accuracy [0.8125, 0.75]
# expect: loss [0.9442, 0.8859]
