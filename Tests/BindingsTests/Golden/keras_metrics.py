# Stateful metrics (AUC, Precision, Recall) and the Normalization layer; expected lines
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
