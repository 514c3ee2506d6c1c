# Errors raised with Keras 3 wording (written by hand from keras-semantics.md and Keras 3.15.1 messages).
# Neurona-specific: the lr= hint, the notebook-only messages.
from tensorflow import keras
from tensorflow.keras.layers import Dense
# %%
Dense(3, activation="rellu")
# expect error: ValueError: Could not interpret activation function identifier: rellu. Did you mean 'relu'?
# %%
model = keras.Sequential([Dense(2, input_dim=3)])
model.compile(optimizer="adamm", loss="mse")
# expect error: ValueError: Could not interpret optimizer identifier: adamm. Did you mean 'adam'?
# %%
keras.optimizers.SGD(lr=0.1)
# expect error: ValueError: Argument(s) not recognized: {'lr': 0.1} (Keras 3 calls it `learning_rate`)
# %%
model.compile(loss="mse")
model.fit([[1.0, 2.0, 3.0]], [[1.0, 2.0], [3.0, 4.0]], verbose=0)
# expect error: ValueError: Data cardinality is ambiguous. Make sure all arrays contain the same number of samples. 'x' sizes: 1, 'y' sizes: 2
# %%
model.predict([[1.0, 2.0, 3.0, 4.0]], verbose=0)
# expect error: ValueError: Input 0 of layer "dense" is incompatible with the layer: expected shape=(None, 3), found shape=(1, 4)
# %%
model.set_weights([])
# expect error: ValueError: Layer "sequential": You called `set_weights(weights)` on model 'sequential' with a weight list of length 0, but the model was expecting 2 weights.
# %%
keras.Sequential().fit([[1.0]], [[1.0]])
# expect error: ValueError: You must call `compile()` before using the model.
# %%
model.save("model_without_extension")
# expect error: ValueError: Invalid filepath extension for saving. Please add either a `.keras` extension for the native Keras format (recommended) or a `.h5` extension. Use `model.export(filepath)` if you want to export a SavedModel for use with TFLite/TFServing/etc. Received: filepath=model_without_extension.
# %%
import numpy as np
model.fit(np.ones((4, 3)), np.ones((4, 2)), sample_weight=np.ones(3), verbose=0)
# expect error: ValueError: Data cardinality is ambiguous. Make sure all arrays contain the same number of samples. 'x' sizes: 4, 'sample_weight' sizes: 3
# %%
model.fit(np.ones((4, 3)), np.ones((4, 2)), sample_weight=np.ones((2, 2)), verbose=0)
# expect error: ValueError: Data cardinality is ambiguous. Make sure all arrays contain the same number of samples. 'x' sizes: 4, 'sample_weight' sizes: 2
# %%
model.evaluate(np.ones((4, 3)), np.ones((4, 2)), sample_weight=np.ones((4, 3)), verbose=0)
# expect error: ValueError: sample_weight must hold one weight per sample: expected shape (4,) or (4, 1), got (4, 3)
# %%
model.fit(np.ones((4, 3)), np.ones((4, 2)), batch_size=-1, verbose=0)
# expect error: ValueError: batch_size must be a positive integer, got -1
