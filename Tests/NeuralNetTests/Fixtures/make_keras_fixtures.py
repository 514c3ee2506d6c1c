"""Writes keras_fixtures.json from real Keras 3 (run by hand; CI only reads the JSON).

    python3 -m venv /tmp/kerasvenv
    /tmp/kerasvenv/bin/pip install keras==3.15.1 jax
    KERAS_BACKEND=jax /tmp/kerasvenv/bin/python make_keras_fixtures.py

All starting weights are fixed here (no Keras RNG is involved) and shuffle=False,
so the Swift engine must reproduce the numbers up to float32 rounding.
"""
import json
import os

os.environ.setdefault("KERAS_BACKEND", "jax")
import numpy as np  # noqa: E402
import keras  # noqa: E402


def fixed_weights(model):
    """Deterministic weights: sin of a counter, scaled to +-0.5."""
    out = []
    k = 1
    for w in model.get_weights():
        n = int(np.prod(w.shape))
        out.append((0.5 * np.sin(np.arange(k, k + n) * 0.7)).reshape(w.shape).astype("float32"))
        k += n
    model.set_weights(out)
    return [a.tolist() for a in out]


def param_counts():
    nets = {
        "1-3-1": [1, 3, 1],
        "2-4-8-4-1": [2, 4, 8, 4, 1],
        "2-5-10-15-20-15-10-5-2-1": [2, 5, 10, 15, 20, 15, 10, 5, 2, 1],
        "16-32-64-127-64-32-16-8-1": [16, 32, 64, 127, 64, 32, 16, 8, 1],
    }
    out = {}
    for key, sizes in nets.items():
        m = keras.Sequential([keras.Input((sizes[0],))] + [keras.layers.Dense(u) for u in sizes[1:]])
        out[key] = {"sizes": sizes, "total": m.count_params(), "per_layer": [l.count_params() for l in m.layers]}
    m = keras.Sequential([keras.Input((28, 28)), keras.layers.Flatten(), keras.layers.Dense(300, activation="relu"),
                          keras.layers.Dense(100, activation="relu"), keras.layers.Dense(10, activation="softmax")])
    out["flatten-300-100-10"] = {"sizes": [784, 300, 100, 10], "total": m.count_params(),
                                 "per_layer": [l.count_params() for l in m.layers]}
    return out


ACTIVATIONS = ["linear", "sigmoid", "tanh", "relu", "leaky_relu", "elu", "selu", "softmax", "softplus",
               "softsign", "swish", "silu", "gelu", "hard_sigmoid", "exponential", "relu6", "mish"]


def activation_forward():
    x = (np.linspace(-3.5, 3.5, 15, dtype="float32").reshape(5, 3))
    out = {"input": x.tolist(), "dense": {}}
    for name in ACTIVATIONS:
        m = keras.Sequential([keras.Input((3,)), keras.layers.Dense(4, activation=name)])
        w = fixed_weights(m)
        out["dense"][name] = {"weights": w, "output": m.predict(x, verbose=0).tolist()}
    return out


def dataset(n, features, seed):
    rng = np.random.RandomState(seed)
    x = rng.uniform(-1, 1, size=(n, features)).astype("float32")
    return x, rng


def training_cases():
    cases = []
    x, rng = dataset(50, 3, 0)
    y_bin = (x[:, 0] + 0.5 * x[:, 1] > 0).astype("float32").reshape(-1, 1)
    labels = (np.digitize(x[:, 0] + x[:, 2], [-0.5, 0.5])).astype("int64")
    y_cat = np.eye(3, dtype="float32")[labels]
    y_reg = (2 * x[:, :1] - x[:, 1:2] + 0.3).astype("float32")
    specs = [
        ("sgd_momentum_mse", "reg", {"class": "SGD", "args": {"learning_rate": 0.05, "momentum": 0.9}}, "mse", [], 0.0, "tanh", "linear", 1),
        ("sgd_nesterov_mae", "reg", {"class": "SGD", "args": {"learning_rate": 0.05, "momentum": 0.9, "nesterov": True}}, "mae", [], 0.0, "relu", "linear", 1),
        ("adam_bce", "bin", {"class": "Adam", "args": {"learning_rate": 0.01}}, "binary_crossentropy", ["accuracy"], 0.2, "relu", "sigmoid", 1),
        ("rmsprop_cce", "cat", {"class": "RMSprop", "args": {"learning_rate": 0.01}}, "categorical_crossentropy", ["accuracy"], 0.2, "tanh", "softmax", 3),
        ("adam_sparse", "sparse", {"class": "Adam", "args": {"learning_rate": 0.02, "amsgrad": True}}, "sparse_categorical_crossentropy", ["accuracy"], 0.2, "elu", "softmax", 3),
        ("rmsprop_centered_momentum_huber", "reg", {"class": "RMSprop", "args": {"learning_rate": 0.01, "momentum": 0.5, "centered": True}}, "huber", ["mae"], 0.0, "selu", "linear", 1),
        ("adagrad_mse", "reg", {"class": "Adagrad", "args": {"learning_rate": 0.1}}, "mse", [], 0.0, "sigmoid", "linear", 1),
        ("adadelta_mse", "reg", {"class": "Adadelta", "args": {"learning_rate": 1.0}}, "mse", [], 0.0, "tanh", "linear", 1),
        ("adamax_bce", "bin", {"class": "Adamax", "args": {"learning_rate": 0.02}}, "binary_crossentropy", ["binary_accuracy"], 0.0, "relu", "sigmoid", 1),
        ("nadam_cce", "cat", {"class": "Nadam", "args": {"learning_rate": 0.01}}, "categorical_crossentropy", ["categorical_accuracy"], 0.0, "gelu", "softmax", 3),
        ("adamw_sparse", "sparse", {"class": "AdamW", "args": {"learning_rate": 0.01}}, "sparse_categorical_crossentropy", ["sparse_categorical_accuracy"], 0.0, "swish", "softmax", 3),
        ("adam_bce_auc_precision_recall", "bin", {"class": "Adam", "args": {"learning_rate": 0.1}}, "binary_crossentropy", ["AUC", "precision", "recall"], 0.2, "relu", "sigmoid", 1),
        ("sgd_bce_auc", "bin", {"class": "SGD", "args": {"learning_rate": 0.5, "momentum": 0.9}}, "binary_crossentropy", ["auc", "Precision", "Recall", "accuracy"], 0.3, "tanh", "sigmoid", 1),
    ]
    targets = {"reg": y_reg, "bin": y_bin, "cat": y_cat, "sparse": labels}
    for name, kind, opt, loss, metrics, split, hidden, out_act, units in specs:
        m = keras.Sequential([keras.Input((3,)), keras.layers.Dense(5, activation=hidden),
                              keras.layers.Dense(units, activation=out_act)])
        w = fixed_weights(m)
        optimizer = getattr(keras.optimizers, opt["class"])(**opt["args"])
        m.compile(optimizer=optimizer, loss=loss, metrics=metrics)
        y = targets[kind]
        h = m.fit(x, y, batch_size=16, epochs=4, shuffle=False, validation_split=split, verbose=0)
        cases.append({
            "name": name, "targets": kind, "optimizer": opt, "loss": loss, "metrics": metrics,
            "validation_split": split, "hidden_activation": hidden, "output_activation": out_act,
            "units": units, "batch_size": 16, "epochs": 4, "weights": w,
            "history": {k: [float(v) for v in vals] for k, vals in h.history.items()},
            "final_weights": [a.tolist() for a in m.get_weights()],
        })
    return {"x": x.tolist(), "y_reg": y_reg.tolist(), "y_bin": y_bin.tolist(), "y_cat": y_cat.tolist(),
            "y_sparse": labels.tolist(), "cases": cases}


def initializer_stats():
    out = {}
    shape = (400, 300)
    for name in ["random_uniform", "random_normal", "truncated_normal", "glorot_uniform", "glorot_normal",
                 "he_uniform", "he_normal", "lecun_uniform", "lecun_normal", "orthogonal"]:
        v = np.asarray(keras.initializers.get(name)(shape))
        out[name] = {"shape": list(shape), "mean": float(v.mean()), "std": float(v.std()),
                     "min": float(v.min()), "max": float(v.max())}
    return out


def loss_values():
    y_true = np.array([[0.0, 1.0, 0.0], [1.0, 0.0, 0.0]], dtype="float32")
    y_pred = np.array([[0.1, 0.7, 0.2], [0.6, 0.3, 0.1]], dtype="float32")
    names = ["mean_squared_error", "mean_absolute_error", "mean_absolute_percentage_error",
             "mean_squared_logarithmic_error", "huber", "log_cosh", "binary_crossentropy",
             "categorical_crossentropy", "hinge", "squared_hinge", "categorical_hinge", "kl_divergence", "poisson"]
    out = {"y_true": y_true.tolist(), "y_pred": y_pred.tolist(), "values": {}}
    for n in names:
        out["values"][n] = float(np.mean(keras.losses.get(n)(y_true, y_pred)))
    out["values"]["sparse_categorical_crossentropy"] = float(
        keras.losses.SparseCategoricalCrossentropy()(np.array([1, 0]), y_pred))
    return out


def main():
    data = {
        "keras_version": keras.__version__,
        "backend": keras.backend.backend(),
        "param_counts": param_counts(),
        "activations": activation_forward(),
        "training": training_cases(),
        "initializers": initializer_stats(),
        "losses": loss_values(),
    }
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "keras_fixtures.json"), "w") as f:
        json.dump(data, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
