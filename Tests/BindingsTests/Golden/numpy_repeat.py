import numpy as np
a = np.array([[1, 2], [3, 4]])
print(np.repeat(a, 2))
print(np.repeat(a, 2, axis=0))
print(np.repeat(a, [1, 2], axis=1))
print(np.repeat(a, np.array([0, 3]), axis=-2))
print(np.repeat(3, 4), np.repeat([1.5, 2.5], 2).dtype, np.repeat(np.array([True, False]), 2))
# expect: [1 1 2 2 3 3 4 4]
# expect: [[1 2]
# expect:  [1 2]
# expect:  [3 4]
# expect:  [3 4]]
# expect: [[1 2 2]
# expect:  [3 4 4]]
# expect: [[3 4]
# expect:  [3 4]
# expect:  [3 4]]
# expect: [3 3 3 3] float64 [ True  True False False]
# %%
a.repeat(3)
# expect: array([1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4])
# %%
np.repeat(a, 0, axis=1).shape
# expect: (2, 0)
# %%
print(np.tile(np.array([0, 1, 2]), 2))
print(np.tile(np.array([0, 1, 2]), (2, 2)))
print(np.tile(np.array([0, 1, 2]), (2, 1, 2)).shape)
print(np.tile(a, 2))
print(np.tile(a, (2, 1)))
print(np.tile(7, 3), np.tile(a, 0).shape, np.tile(a, (1, 1, 1, 1)).shape)
print(np.tile(np.array([0.5, -1.0], dtype="float32"), 2).dtype)
# expect: [0 1 2 0 1 2]
# expect: [[0 1 2 0 1 2]
# expect:  [0 1 2 0 1 2]]
# expect: (2, 1, 6)
# expect: [[1 2 1 2]
# expect:  [3 4 3 4]]
# expect: [[1 2]
# expect:  [3 4]
# expect:  [1 2]
# expect:  [3 4]]
# expect: [7 7 7] (2, 0) (1, 1, 2, 2)
# expect: float32
# %%
np.repeat(a, [1, 2, 3], axis=0)
# expect error: ValueError: operands could not be broadcast together with shape (2,) (3,)
# %%
np.repeat(a, -1)
# expect error: ValueError: negative dimensions are not allowed
# %%
np.repeat(a, 2, axis=2)
# expect error: AxisError: axis 2 is out of bounds for array of dimension 2
# %%
np.repeat(a, [1.0, 2.0], axis=0)
# expect: array([[1, 2],
# expect:        [3, 4],
# expect:        [3, 4]])
# %%
np.tile(a, -2)
# expect error: ValueError: negative dimensions are not allowed
# %%
a.repeat(2, axis=1)
# expect: array([[1, 1, 2, 2],
# expect:        [3, 3, 4, 4]])
# %%
print(np.repeat([1, 2], [1.5, 2.7]), np.repeat([1, 2], 2.0), np.repeat([1, 2], [True, True]))
# expect: [1 2 2] [1 1 2 2] [1 2]
# %%
np.tile([1, 2], (2, 1.5))
# expect error: TypeError: 'float' object cannot be interpreted as an integer
# %%
np.tile([1, 2], 2.0)
# expect error: TypeError: 'float' object cannot be interpreted as an integer
# %%
np.repeat([1, 2], 10**12)
# expect error: MemoryError: Unable to allocate 14.6 TiB for an array with shape (2000000000000,) and data type int64
# %%
np.repeat([1, 2], [2**62, 2**62])  # golden: manual (NumPy's int64 sum wraps negative)
# expect error: ValueError: array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.
# %%
np.tile([1.5], (10**10, 10**10))  # golden: manual (NumPy fails on its first axis's copy; the whole shape overflows)
# expect error: ValueError: array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.
