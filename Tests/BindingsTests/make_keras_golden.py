"""Regenerates the `# expect:` lines of Keras golden files from real Keras 3 (JAX backend).

Each file is split into cells at `# %%` lines; the cells run in one namespace with stdout
captured, and each cell's old `# expect:` lines are replaced by what real Keras printed.
A cell that raises gets `# expect error: Type: message` (check such messages by hand).

Run with:
  KERAS_BACKEND=jax /tmp/kerasvenv/bin/python Tests/BindingsTests/make_keras_golden.py Golden/keras_model.py ...
"""
import contextlib
import io
import sys
import warnings

warnings.filterwarnings("ignore")


def install_tensorflow_alias():
    """Cells import `tensorflow`; the venv has only Keras, so map tf.keras onto keras."""
    import types
    import keras

    tf = types.ModuleType("tensorflow")
    tf.keras = keras
    tf.TensorShape = type("TensorShape", (), {})
    tf.Tensor = type("Tensor", (), {})
    tf.nn = keras.activations
    tf.random = types.SimpleNamespace(set_seed=keras.utils.set_random_seed)
    tf.executing_eagerly = lambda: True  # preprocessing layers ask whether they run in a tf graph
    sys.modules["tensorflow"] = tf
    sys.modules["tensorflow.keras"] = keras
    for name in ["models", "layers", "activations", "initializers", "regularizers", "losses", "optimizers",
                 "metrics", "callbacks", "utils", "backend"]:
        sys.modules["tensorflow.keras." + name] = getattr(keras, name)


install_tensorflow_alias()


def regenerate(path):
    cells = open(path).read().split("# %%\n")
    namespace = {}
    out_cells = []
    for cell in cells:
        code = "\n".join(line for line in cell.split("\n") if not line.startswith("# expect"))
        buffer = io.StringIO()
        error = None
        with contextlib.redirect_stdout(buffer):
            try:
                exec(compile(code, path, "exec"), namespace)
            except Exception as e:  # noqa: BLE001 - the golden records any error
                error = f"{type(e).__name__}: {e}"
        lines = code.rstrip("\n").split("\n") if code.strip() else []
        lines += ["# expect: " + line if line else "# expect:" for line in buffer.getvalue().rstrip("\n").split("\n")
                  if buffer.getvalue()]
        if error:
            lines.append("# expect error: " + error.split("\n")[0])
        out_cells.append("\n".join(lines) + "\n")
    open(path, "w").write("# %%\n".join(out_cells))


if __name__ == "__main__":
    for name in sys.argv[1:]:
        regenerate(name)
