# Keras cells with extreme arguments: each used to stop the kernel process (a Swift trap or an
# aborted allocation) and now raises a Python exception, leaving the session intact. Written by
# hand (golden: manual): Keras 3 either raises differently or tries to allocate the memory.
import numpy as np
import keras
from keras import layers
x = np.arange(30.0).reshape(10, 3) / 30
y = np.arange(10.0).reshape(10, 1) / 10
model = keras.Sequential([keras.Input((3,)), layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse")
BIG = 9223372036854775807
# %%
keras.Sequential([keras.Input((2**32, 2**32)), layers.Flatten(), layers.Dense(1)])  # golden: manual
# expect error: ValueError: Layer "flatten": Cannot flatten input_shape=(None, 4294967296, 4294967296): the number of values per sample does not fit in a 64-bit integer.
# %%
print(model.predict(x, batch_size=BIG, verbose=0).shape)  # golden: manual
print(len(model.fit(x, y, batch_size=BIG, verbose=0).history["loss"]))
print(sorted(model.fit(x, y, batch_size=BIG, validation_split=0.5, verbose=0).history))
# expect: (10, 1)
# expect: 1
# expect: ['loss', 'val_loss']
# %%
model.evaluate(x, y, batch_size=BIG)  # golden: manual
model.predict(x, batch_size=BIG)
# output: any
# %%
model.fit(x, y, validation_split=float("inf"), verbose=0)  # golden: manual
# expect error: ValueError: Training data contains 10 samples, which is not sufficient to split it into a validation and training set as specified by `validation_split=inf`.
# %%
model.fit(x, y, validation_split=1e300, verbose=0)  # golden: manual
# expect error: ValueError: Training data contains 10 samples, which is not sufficient to split it into a validation and training set as specified by `validation_split=1e+300`.
# %%
keras.initializers.Identity()((-1, 3))  # golden: manual
# expect error: ValueError: negative dimensions are not allowed
# %%
keras.initializers.Orthogonal()((-1, 3))  # golden: manual
# expect error: ValueError: negative dimensions are not allowed
# %%
keras.initializers.Orthogonal()((0, 2**40)).shape  # golden: manual
# expect: (0, 1099511627776)
# %%
keras.metrics.AUC(num_thresholds=2**40)  # golden: manual
# expect error: MemoryError: Unable to allocate the 1099511627776 thresholds of AUC(num_thresholds=1099511627776): at most 59652323 fit in memory.
# %%
model.compile(optimizer="sgd", loss="mse", metrics=["sparse_top_k_categorical_accuracy"])  # golden: manual
print(model.fit(x, np.full((10, 1), np.nan), verbose=0).history["sparse_top_k_categorical_accuracy"])
print(model.fit(x, np.full((10, 1), 1e30), verbose=0).history["sparse_top_k_categorical_accuracy"])
model.compile(optimizer="sgd", loss="mse")
# expect: [0.0]
# expect: [0.0]
# %%
model.summary(line_length=0)  # golden: manual
# expect error: ValueError: Invalid value for `line_length`: expected a positive integer of at most 10000. Received: line_length=0
# %%
model.summary(line_length=2**62)  # golden: manual
# expect error: ValueError: Invalid value for `line_length`: expected a positive integer of at most 10000. Received: line_length=4611686018427387904
# %%
model.summary(line_length=10)  # golden: manual
# output: any
# %%
keras.Sequential([keras.Input((2**32, 2**32)), layers.PReLU(shared_axes=[1, 2])])  # golden: manual
# expect error: ValueError: array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.
# %%
keras.Sequential([keras.Input((2**36,)), layers.PReLU(shared_axes=[1])])  # golden: manual
# expect error: MemoryError: Layer 'p_re_lu_1' (PReLU) is too large: a weight of shape (68719476736,) needs 256.00 GiB of float32, more than the memory limit of 2.00 GiB. Use fewer units or a smaller input.
# %%
keras.Sequential([keras.Input((-1, 3)), layers.PReLU()])  # golden: manual
# expect error: ValueError: negative dimensions are not allowed
# %%
keras.Sequential([keras.Input((-1, 3)), layers.Lambda(lambda t: t), layers.Flatten()])  # golden: manual
# expect error: ValueError: negative dimensions are not allowed
# %%
keras.Sequential([keras.Input((2**32, 2**32)), layers.Lambda(lambda t: t), layers.Flatten()])  # golden: manual
# expect error: ValueError: array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.
# %%
keras.Sequential([keras.Input((2**36,)), layers.Lambda(lambda t: t), layers.Flatten()])  # golden: manual
# expect error: MemoryError: Unable to allocate 256. GiB for an array with shape (1, 68719476736) and data type float32
# %%
print(model.predict(x, verbose=0).shape, len(model.get_weights()))  # golden: manual (the session survived)
# expect: (10, 1) 2
