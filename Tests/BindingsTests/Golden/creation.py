import numpy as np
a = np.array([1, 2, 3])
print(a, a.dtype, a.shape, a.ndim, a.size)
np.array([[1.5, 2], [3, 4]])
# expect: [1 2 3] int64 (3,) 1 3
# expect: array([[1.5, 2. ],
# expect:        [3. , 4. ]])
# %%
np.array([True, False, True])
# expect: array([ True, False,  True])
# %%
np.array([1, 2.5, True])
# expect: array([1. , 2.5, 1. ])
# %%
np.array([[1, 2], [3, 4]], dtype=np.float32)
# expect: array([[1., 2.],
# expect:        [3., 4.]], dtype=float32)
# %%
np.array([1, 2], dtype="float64")
# expect: array([1., 2.])
# %%
np.array((1, 2, 3), dtype=float)
# expect: array([1., 2., 3.])
# %%
np.zeros(3)
# expect: array([0., 0., 0.])
# %%
np.zeros((2, 3), dtype=int)
# expect: array([[0, 0, 0],
# expect:        [0, 0, 0]])
# %%
np.ones((2, 2))
# expect: array([[1., 1.],
# expect:        [1., 1.]])
# %%
np.empty(2).shape
# expect: (2,)
# %%
np.full((2, 3), 7)
# expect: array([[7, 7, 7],
# expect:        [7, 7, 7]])
# %%
np.full(3, 0.5)
# expect: array([0.5, 0.5, 0.5])
# %%
np.zeros_like(np.array([[1, 2], [3, 4]]))
# expect: array([[0, 0],
# expect:        [0, 0]])
# %%
np.ones_like(np.array([1.5, 2.5]))
# expect: array([1., 1.])
# %%
np.full_like(np.array([1, 2, 3]), 9)
# expect: array([9, 9, 9])
# %%
np.arange(5)
# expect: array([0, 1, 2, 3, 4])
# %%
np.arange(2, 10, 3)
# expect: array([2, 5, 8])
# %%
np.arange(0, 1, 0.25)
# expect: array([0.  , 0.25, 0.5 , 0.75])
# %%
np.arange(5, dtype=float)
# expect: array([0., 1., 2., 3., 4.])
# %%
np.linspace(0, 1, 5)
# expect: array([0.  , 0.25, 0.5 , 0.75, 1.  ])
# %%
np.linspace(0, 1, 4, endpoint=False)
# expect: array([0.  , 0.25, 0.5 , 0.75])
# %%
np.linspace(-1, 1)
# expect: array([-1.        , -0.95918367, -0.91836735, -0.87755102, -0.83673469,
# expect:        -0.79591837, -0.75510204, -0.71428571, -0.67346939, -0.63265306,
# expect:        -0.59183673, -0.55102041, -0.51020408, -0.46938776, -0.42857143,
# expect:        -0.3877551 , -0.34693878, -0.30612245, -0.26530612, -0.2244898 ,
# expect:        -0.18367347, -0.14285714, -0.10204082, -0.06122449, -0.02040816,
# expect:         0.02040816,  0.06122449,  0.10204082,  0.14285714,  0.18367347,
# expect:         0.2244898 ,  0.26530612,  0.30612245,  0.34693878,  0.3877551 ,
# expect:         0.42857143,  0.46938776,  0.51020408,  0.55102041,  0.59183673,
# expect:         0.63265306,  0.67346939,  0.71428571,  0.75510204,  0.79591837,
# expect:         0.83673469,  0.87755102,  0.91836735,  0.95918367,  1.        ])
# %%
np.eye(3)
# expect: array([[1., 0., 0.],
# expect:        [0., 1., 0.],
# expect:        [0., 0., 1.]])
# %%
np.eye(2, 3, dtype=int)
# expect: array([[1, 0, 0],
# expect:        [0, 1, 0]])
# %%
np.identity(2)
# expect: array([[1., 0.],
# expect:        [0., 1.]])
# %%
b = np.asarray([1, 2])
c = np.asarray(b)
print(c is b, np.array(b) is b)
# expect: True False
# %%
np.array([np.array([1, 2]), np.array([3, 4])])
# expect: array([[1, 2],
# expect:        [3, 4]])
# %%
np.array(5)
# expect: array(5)
# %%
np.array([])
# expect: array([], dtype=float64)
# %%
np.array(range(4))
# expect: array([0, 1, 2, 3])
# %%
print(np.pi, np.e, np.inf, -np.inf, np.nan)
print(np.newaxis is None)
# expect: 3.141592653589793 2.718281828459045 inf -inf nan
# expect: True
# %%
d = np.array([1, 2, 3])
print(d.dtype == np.int64, d.dtype == "int64", d.dtype == float, d.dtype)
d.dtype
# expect: True True False int64
# expect: dtype('int64')
# %%
np.float32
# expect: <class 'numpy.float32'>
# %%
np.array([1, 2]).astype(np.float32)
# expect: array([1., 2.], dtype=float32)
# %%
np.array([1.7, -2.7]).astype(int)
# expect: array([ 1, -2])
# %%
np.array([[1, 2], [3, 4]]).tolist()
# expect: [[1, 2], [3, 4]]
# %%
np.array([0.5, 1.5]).tolist()
# expect: [0.5, 1.5]
# %%
type(np.array([1]))
# expect: <class 'numpy.ndarray'>
