import numpy as np
a = np.array([1.0, np.nan, np.inf, -np.inf, 0.0])
print(np.isnan(a), np.isinf(a), np.isfinite(a))  # expect: [False  True False False False] [False False  True  True False] [ True False False False  True]
print(np.diff(np.array([1, 4, 9, 16])), np.diff([1, 4, 9, 16], n=2))  # expect: [3 5 7] [2 2]
print(np.diff(np.array([[1.0, 2.0, 4.0], [0.5, 0.5, 3.0]]), axis=0))  # expect: [[-0.5 -1.5 -1. ]]
print(np.isfinite(np.array([1, 2])).all())  # expect: True
