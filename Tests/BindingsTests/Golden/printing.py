import numpy as np
print(np.array([1.0, 2.0, 3.0]))
print(np.array([0.1, 0.25, 100.0]))
print(np.array([[1, 2, 3], [4, 5, 6]]))
print(np.array([True, False]))
# expect: [1. 2. 3.]
# expect: [  0.1    0.25 100.  ]
# expect: [[1 2 3]
# expect:  [4 5 6]]
# expect: [ True False]
# %%
np.array([0.1, 0.2, 0.3]) * 3
# expect: array([0.3, 0.6, 0.9])
# %%
np.array([1e-10, 1.0, 1e10])
# expect: array([1.e-10, 1.e+00, 1.e+10])
# %%
np.array([1.5, np.nan, np.inf])
# expect: array([1.5, nan, inf])
# %%
np.arange(2000)
# expect: array([   0,    1,    2, ..., 1997, 1998, 1999], shape=(2000,))
# %%
print(np.arange(2000).reshape(40, 50))
# expect: [[   0    1    2 ...   47   48   49]
# expect:  [  50   51   52 ...   97   98   99]
# expect:  [ 100  101  102 ...  147  148  149]
# expect:  ...
# expect:  [1850 1851 1852 ... 1897 1898 1899]
# expect:  [1900 1901 1902 ... 1947 1948 1949]
# expect:  [1950 1951 1952 ... 1997 1998 1999]]
# %%
np.arange(1200.0).reshape(2, 600)
# expect: array([[0.000e+00, 1.000e+00, 2.000e+00, ..., 5.970e+02, 5.980e+02,
# expect:         5.990e+02],
# expect:        [6.000e+02, 6.010e+02, 6.020e+02, ..., 1.197e+03, 1.198e+03,
# expect:         1.199e+03]], shape=(2, 600))
# %%
np.linspace(0, 1, 30)
# expect: array([0.        , 0.03448276, 0.06896552, 0.10344828, 0.13793103,
# expect:        0.17241379, 0.20689655, 0.24137931, 0.27586207, 0.31034483,
# expect:        0.34482759, 0.37931034, 0.4137931 , 0.44827586, 0.48275862,
# expect:        0.51724138, 0.55172414, 0.5862069 , 0.62068966, 0.65517241,
# expect:        0.68965517, 0.72413793, 0.75862069, 0.79310345, 0.82758621,
# expect:        0.86206897, 0.89655172, 0.93103448, 0.96551724, 1.        ])
# %%
np.array([0.1, 0.2, 0.3], dtype=np.float32)
# expect: array([0.1, 0.2, 0.3], dtype=float32)
# %%
print(np.array([1 / 3, 2 / 3], dtype=np.float32))
# expect: [0.33333334 0.6666667 ]
# %%
np.array([1 / 3, 2 / 3], dtype=np.float32) * 2
# expect: array([0.6666667, 1.3333334], dtype=float32)
# %%
np.arange(24).reshape(2, 3, 4)
# expect: array([[[ 0,  1,  2,  3],
# expect:         [ 4,  5,  6,  7],
# expect:         [ 8,  9, 10, 11]],
# expect:
# expect:        [[12, 13, 14, 15],
# expect:         [16, 17, 18, 19],
# expect:         [20, 21, 22, 23]]])
# %%
np.zeros((2, 0))
# expect: array([], shape=(2, 0), dtype=float64)
# %%
np.zeros(0, dtype=int)
# expect: array([], dtype=int64)
# %%
x = np.array([[0.5, -1.25], [100.125, 3.0]])
print(repr(x))
print(str(x))
print(f"{x}")
# expect: array([[  0.5  ,  -1.25 ],
# expect:        [100.125,   3.   ]])
# expect: [[  0.5    -1.25 ]
# expect:  [100.125   3.   ]]
# expect: [[  0.5    -1.25 ]
# expect:  [100.125   3.   ]]
# %%
np.array([-1.0, 0.0, 2.5])
# expect: array([-1. ,  0. ,  2.5])
# %%
np.array([1234567.0, 0.001])
# expect: array([1.234567e+06, 1.000000e-03])
