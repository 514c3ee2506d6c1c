import numpy as np
print(np.bincount([0, 1, 1, 3, 2, 1, 7]))
# expect: [1 3 1 1 0 0 0 1]
# %%
np.bincount(np.array([2, 2, 0]))
# expect: array([1, 0, 2])
# %%
y = np.array([0, 1, 1, 3])
print(np.bincount(y, minlength=6), np.bincount(y, minlength=2))
# expect: [1 2 0 1 0 0] [1 2 0 1]
# %%
print(np.bincount([], minlength=3), np.bincount(np.array([], dtype=int)))
# expect: [0 0 0] []
# %%
np.bincount([0, 1, 1, 2], weights=[0.5, 1, 0.25, 2])
# expect: array([0.5 , 1.25, 2.  ])
# %%
labels = np.array([9, 0, 0, 3, 0, 2, 7, 2, 5, 5])
counts = np.bincount(labels, minlength=10)
print(counts, counts.sum(), counts.argmax(), counts.dtype)
# expect: [3 0 2 1 0 2 0 1 0 1] 10 0 int64
# %%
np.bincount([-1, 2])
# expect error: ValueError: 'list' argument must have no negative elements
# %%
np.bincount([1], minlength=-1)
# expect error: ValueError: 'minlength' must not be negative
# %%
np.bincount([[1, 2]])
# expect error: ValueError: setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.
# %%
np.bincount([0, 1], weights=[1.0])
# expect error: ValueError: The weights and list don't have the same length.
