import numpy as np
M = -9223372036854775807 - 1
X = 9223372036854775807
np.arange(M, X, 2**62)
# expect: array([-9223372036854775808, -4611686018427387904,                    0,
# expect:         4611686018427387904])
# %%
np.arange(0, X)  # golden: manual
# expect error: ValueError: array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.
# %%
np.round(np.array([5, 15, 25, -25, 123456789]), -1)
# expect: array([        0,        20,        20,       -20, 123456790])
# %%
np.round(np.array([5, 50, 123456789]), -64)
# expect: array([0, 0, 0])
# %%
np.round(np.array([5.0]), M)  # golden: manual (NumPy: OverflowError, decimals must fit a C int)
# expect: array([nan])
# %%
np.eye(3, k=X)
# expect: array([[0., 0., 0.],
# expect:        [0., 0., 0.],
# expect:        [0., 0., 0.]])
# %%
np.eye(3, k=M)
# expect: array([[0., 0., 0.],
# expect:        [0., 0., 0.],
# expect:        [0., 0., 0.]])
# %%
print(np.arange(10)[::M], np.arange(10)[::X], np.arange(10)[M::M])
# expect: [9] [0] []
# %%
np.zeros((0, 2**62))
# expect error: ValueError: array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.
# %%
np.zeros((0, 5)).reshape(-1, 2**62)
# expect error: ValueError: array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.
# %%
np.zeros((0, 2**30, 2**29)).T.shape
# expect: (536870912, 1073741824, 0)
# %%
np.zeros((0, 2**59)).sum(axis=0)
# expect error: MemoryError: Unable to allocate 4.00 EiB for an array with shape (576460752303423488,) and data type float64
# %%
np.concatenate([np.zeros((0, 2**59))] * 17, axis=1)  # golden: manual
# expect error: ValueError: array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.
# %%
import keras  # golden: manual
keras.utils.to_categorical([float("nan")])
# expect error: ValueError: negative dimensions are not allowed
# %%
keras.utils.to_categorical([1], num_classes=-1)  # golden: manual
# expect error: ValueError: negative dimensions are not allowed
# %%
keras.utils.to_categorical(np.array([1.0, np.nan]))  # golden: manual
# expect error: IndexError: index -9223372036854775808 is out of bounds for axis 1 with size 2
# %%
keras.utils.to_categorical([X])  # golden: manual
# expect error: ValueError: negative dimensions are not allowed
# %%
import matplotlib.pyplot as plt  # golden: manual
plt.close("all")
plt.hist([1, 1e308, -1e308])
# expect: <Figure size 640x480 with 1 Axes>
# expect error: ValueError: bins: Too many bins for data range. Cannot create 10 finite-sized bins.
# %%
plt.close("all")  # golden: manual
plt.hist([0, 5e-324])
# expect: <Figure size 640x480 with 1 Axes>
# expect error: ValueError: bins: Too many bins for data range. Cannot create 10 finite-sized bins.
# %%
plt.close("all")  # golden: manual
plt.hist([0, 1e-320])[0]
# expect: <Figure size 640x480 with 1 Axes>
# expect: array([1., 0., 0., 0., 0., 0., 0., 0., 0., 1.])
# %%
plt.close("all")  # golden: manual
plt.hist([1, 2, 3], bins=2**62)
# expect: <Figure size 640x480 with 1 Axes>
# expect error: ValueError: array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.
# %%
plt.close("all")  # golden: manual
plt.subplots(2**62, 2)
# expect: <Figure size 640x480 with 0 Axes>
# expect error: ValueError: nrows/ncols: need 1 to 400 subplots, got 4611686018427387904x2
# %%
plt.close("all")  # golden: manual
plt.figure(dpi=5e-324)
plt.plot([1, 2])
plt.show()
# expect: <Figure size 0x0 with 1 Axes>
# %%
plt.close("all")  # golden: manual
plt.plot([1, 2])
plt.savefig("overflow_inputs.svg", dpi=1e300)
# expect: <Figure size 640x480 with 1 Axes>
# expect error: ValueError: dpi=1e+300 makes the figure larger than 20000 pixels per side
# %%
import pandas as pd  # golden: manual
s = pd.Series([9223372036854775807, 1])
print(s.sum(), s.min(), s.max())
# expect: -9223372036854775808 1 9223372036854775807
