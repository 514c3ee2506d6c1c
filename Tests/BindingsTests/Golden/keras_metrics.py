# Stateful metrics (AUC, Precision, Recall), the Normalization layer and the loss alias
# "crossentropy"/"ce"; expected lines
# come from Keras 3.15.1 (JAX backend) via Tests/BindingsTests/make_keras_golden.py.
import numpy as np
import keras
from keras import layers

x = np.array([[0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0], [0.5, 0.2], [0.3, 0.9], [0.8, 0.1], [0.2, 0.4]],
             dtype="float32")
y = np.array([1.0, 1.0, 0.0, 0.0, 1.0, 1.0, 0.0, 1.0], dtype="float32")
w = [np.array([[0.1, -0.2, 0.3], [0.4, 0.5, -0.6]], dtype="float32"), np.array([0.0, 0.1, -0.1], dtype="float32"),
     np.array([[0.2], [-0.3], [0.5]], dtype="float32"), np.array([0.05], dtype="float32")]


def run(metrics, **fit):
    model = keras.Sequential([layers.Input((2,)), layers.Dense(3, activation="tanh"), layers.Dense(1, activation="sigmoid")])
    model.set_weights(w)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.1), loss="binary_crossentropy", metrics=metrics)
    h = model.fit(x, y, verbose=0, shuffle=False, **fit)
    for key in sorted(h.history):
        print(key, [round(v, 4) for v in h.history[key]])
    return model
# %%
a = keras.metrics.AUC()
b = keras.metrics.AUC()
p = keras.metrics.Precision()
r = keras.metrics.Recall(name="rec")
print(a.name, b.name, p.name, r.name)
# expect: auc auc_1 precision rec
# %%
m = run([a, b, p, r], epochs=3, batch_size=3, validation_split=0.25)
# expect: auc [0.625, 0.75, 0.5625]
# expect: auc_1 [0.625, 0.75, 0.5625]
# expect: loss [0.6833, 0.635, 0.6272]
# expect: precision [0.75, 0.6667, 0.6667]
# expect: rec [0.75, 1.0, 1.0]
# expect: val_auc [0.0, 0.0, 0.5]
# expect: val_auc_1 [0.0, 0.0, 0.5]
# expect: val_loss [0.7658, 0.7791, 0.7775]
# expect: val_precision [0.5, 0.5, 0.5]
# expect: val_rec [1.0, 1.0, 1.0]
# %%
m = run(["AUC", "precision", "recall"], epochs=2, batch_size=4)
print([round(v, 4) for v in m.evaluate(x, y, verbose=0)])
# expect: AUC [0.5, 0.4333]
# expect: loss [0.6994, 0.6621]
# expect: precision [0.75, 0.625]
# expect: recall [0.6, 1.0]
# expect: [0.6593, 0.4333, 0.625, 1.0]
# %%
m = run(["auc", keras.metrics.Precision(thresholds=0.6)], epochs=2, batch_size=8)
# expect: auc [0.4, 0.3333]
# expect: loss [0.7252, 0.687]
# expect: precision_2 [0.0, 1.0]
# %%
data = np.array([[1.0, 2.0, 5.0], [3.0, 2.0, 7.0], [5.0, 2.0, 9.0], [7.0, 2.0, 0.0]], dtype="float32")
norm = layers.Normalization()
norm.adapt(data)
print(norm.name, [np.round(v, 4).tolist() for v in norm.get_weights()[:2]], norm.count_params())
print(np.round(norm(data), 4).tolist())
# expect: normalization [[4.0, 2.0, 5.25], [5.0, 0.0, 11.1875]] 7
# expect: [[-1.341599941253662, 0.0, -0.0746999979019165], [-0.4472000002861023, 0.0, 0.5231999754905701], [0.4472000002861023, 0.0, 1.1211999654769897], [1.341599941253662, 0.0, -1.569599986076355]]
# %%
fixed = layers.Normalization(mean=[1.0, 2.0], variance=[4.0, 0.0])
print(np.round(fixed(np.array([[3.0, 2.0], [1.0, 4.0]], dtype="float32")), 4).tolist(), fixed.get_weights())
print(np.round(layers.Normalization(mean=3.0, variance=4.0)(np.array([[3.0, 5.0]], dtype="float32")), 4).tolist())
# expect: [[1.0, 0.0], [0.0, 20000000.0]] []
# expect: [[0.0, 1.0]]
# %%
model = keras.Sequential([layers.Input((3,)), norm, layers.Dense(1)])
model.set_weights(norm.get_weights() + [np.array([[0.1], [-0.2], [0.3]], dtype="float32"), np.array([0.5], dtype="float32")])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.1), loss="mse")
h = model.fit(data, np.array([1.0, 2.0, 3.0, 4.0], dtype="float32"), epochs=3, batch_size=2, shuffle=False, verbose=0)
print(model.count_params(), [round(v, 4) for v in h.history["loss"]])
print(np.round(norm.get_weights()[1], 4).tolist(), np.round(model.predict(data, verbose=0), 4).tolist())
# expect: 11 [5.3781, 1.7204, 0.6035]
# expect: [5.0, 0.0, 11.1875] [[0.8687000274658203], [1.5684000253677368], [2.2681000232696533], [3.5107998847961426]]
# %%
layers.Normalization(mean=1.0)
# expect error: ValueError: When setting values directly, both `mean` and `variance` must be set. Received: mean=1.0 and variance=None
# %%
labels = np.array([0, 1, 2, 1, 0, 2, 1, 0])
w3 = [w[0], w[1], np.array([[0.2, -0.1, 0.3], [-0.3, 0.4, 0.1], [0.5, 0.2, -0.4]], dtype="float32"),
      np.array([0.05, 0.0, -0.05], dtype="float32")]
for loss, targets, units in [("ce", y, 1), ("crossentropy", labels, 3), ("CE", keras.utils.to_categorical(labels, 3), 3),
                             ("Crossentropy", labels.reshape(-1, 1), 3)]:
    model = keras.Sequential([layers.Input((2,)), layers.Dense(3, activation="tanh"),
                              layers.Dense(units, activation="sigmoid" if units == 1 else "softmax")])
    model.set_weights(w if units == 1 else w3)
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.3), loss=loss, metrics=["accuracy"])
    h = model.fit(x, targets, epochs=2, batch_size=4, shuffle=False, verbose=0)
    print(loss, [round(v, 4) for v in h.history["loss"]], [round(v, 4) for v in h.history["accuracy"]])
# expect: ce [0.7239, 0.7059] [0.5, 0.375]
# expect: crossentropy [1.1153, 1.0824] [0.375, 0.375]
# expect: CE [1.1153, 1.0824] [0.375, 0.375]
# expect: Crossentropy [1.1153, 1.0824] [0.375, 0.375]
