import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.datasets import load_iris
X, y = load_iris(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)
print(X_train.shape, X_test.shape, y_train.shape, y_test.shape)
print(y_test[:10], X_train[0])
# expect: (120, 4) (30, 4) (120,) (30,)
# expect: [1 0 2 1 1 0 1 2 1 1] [4.6 3.6 1.  0.2]
# %%
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
print(len(X_train), len(X_test), y_test[:8])
# expect: 112 38 [2 1 0 2 0 2 0 1]
# %%
a, b, c, d = train_test_split(X, y, test_size=0.3, random_state=1, stratify=y)
print([int((c == k).sum()) for k in range(3)], [int((d == k).sum()) for k in range(3)], d[:10])
# expect: [35, 35, 35] [15, 15, 15] [2 0 0 2 1 1 2 1 2 0]
# %%
a, b = train_test_split(list(range(10)), random_state=42)
print(a, b)
a, b, c, d = train_test_split(np.arange(10), list("abcdefghij"), test_size=3, shuffle=False)
print(a, b, c, d)
# expect: [0, 7, 2, 9, 4, 3, 6] [8, 1, 5]
# expect: [0 1 2 3 4 5 6] [7 8 9] ['a', 'b', 'c', 'd', 'e', 'f', 'g'] ['h', 'i', 'j']
# %%
tr, te = train_test_split(np.arange(20).reshape(10, 2), train_size=0.6, random_state=5)
print(tr.shape, te.shape, te)
# expect: (6, 2) (4, 2) [[18 19]
# expect:  [10 11]
# expect:  [ 4  5]
# expect:  [ 8  9]]
# %%
np.random.seed(0)
tr, te = train_test_split(np.arange(8))
print(tr, te)
# expect: [1 7 3 0 5 4] [6 2]
# %%
train_test_split(np.arange(5), np.arange(6))
# expect error: ValueError: Found input variables with inconsistent numbers of samples: [5, 6]
# %%
train_test_split(np.arange(5), test_size=1.5)
# expect error: InvalidParameterError: The 'test_size' parameter of train_test_split must be a float in the range (0.0, 1.0), an int in the range [1, inf) or None. Got 1.5 instead.
