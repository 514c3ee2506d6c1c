import numpy as np
a = np.array([1, 2, 3])
b = np.array([0.5, 1.5, 2.5])
print(a + b)
print(a - 1, 1 - a)
print(a * 2, 2 * a)
print(a / 2, 2 / a)
print(a // 2, a % 2, a ** 2)
print(2 ** a, 7 // a, 7 % a)
print(-a, +b, abs(-b))
# expect: [1.5 3.5 5.5]
# expect: [0 1 2] [ 0 -1 -2]
# expect: [2 4 6] [2 4 6]
# expect: [0.5 1.  1.5] [2.         1.         0.66666667]
# expect: [0 1 1] [1 0 1] [1 4 9]
# expect: [2 4 8] [7 3 2] [0 1 1]
# expect: [-1 -2 -3] [0.5 1.5 2.5] [0.5 1.5 2.5]
# %%
a * 2.5
# expect: array([2.5, 5. , 7.5])
# %%
np.array([1, 2], dtype=np.float32) * 2.5
# expect: array([2.5, 5. ], dtype=float32)
# %%
np.array([1, 2], dtype=np.float32) + np.array([1.0, 2.0])
# expect: array([2., 4.])
# %%
np.array([1, 2], dtype=np.float32) + np.float64(1.0)
# expect: array([2., 3.])
# %%
np.array([True, False]) + 1
# expect: array([2, 1])
# %%
np.array([True, False]) * np.array([True, True])
# expect: array([ True, False])
# %%
m = np.array([[1, 2, 3], [4, 5, 6]])
m + np.array([10, 20, 30])
# expect: array([[11, 22, 33],
# expect:        [14, 25, 36]])
# %%
m * np.array([[1], [2]])
# expect: array([[ 1,  2,  3],
# expect:        [ 8, 10, 12]])
# %%
np.arange(3).reshape(3, 1) + np.arange(4)
# expect: array([[0, 1, 2, 3],
# expect:        [1, 2, 3, 4],
# expect:        [2, 3, 4, 5]])
# %%
m @ np.array([1, 0, 1])
# expect: array([ 4, 10])
# %%
m @ m.T
# expect: array([[14, 32],
# expect:        [32, 77]])
# %%
np.dot(m, m.T)
# expect: array([[14, 32],
# expect:        [32, 77]])
# %%
np.dot([1, 2, 3], [4, 5, 6])
# expect: np.int64(32)
# %%
m.dot(np.ones(3))
# expect: array([ 6., 15.])
# %%
np.matmul(np.eye(2), [[1, 2], [3, 4]])
# expect: array([[1., 2.],
# expect:        [3., 4.]])
# %%
a > 1
# expect: array([False,  True,  True])
# %%
a == np.array([1, 5, 3])
# expect: array([ True, False,  True])
# %%
(a >= 2) & (a < 3)
# expect: array([False,  True, False])
# %%
(a < 2) | (a > 2)
# expect: array([ True, False,  True])
# %%
~(a > 1)
# expect: array([ True, False, False])
# %%
c = np.array([1.0, 2.0])
c += 1
c *= np.array([2.0, 3.0])
print(c)
d = c
d -= 1
print(c)
# expect: [4. 9.]
# expect: [3. 8.]
# %%
i = np.array([1, 2, 3])
i += 1
i
# expect: array([2, 3, 4])
# %%
np.exp(np.array([0.0, 1.0]))
# expect: array([1.        , 2.71828183])
# %%
np.log(np.array([1, np.e]))
# expect: array([0., 1.])
# %%
print(np.sqrt(np.array([4, 9])), np.tanh(0.5), np.sin(0.0), np.cos(0.0))
# expect: [2. 3.] 0.46211715726000974 0.0 1.0
# %%
print(np.log2(8), np.log10(np.array([10, 1000])))
# expect: 3.0 [1. 3.]
# %%
np.abs(np.array([-1, 2, -3]))
# expect: array([1, 2, 3])
# %%
np.sign(np.array([-2.5, 0.0, 3.0]))
# expect: array([-1.,  0.,  1.])
# %%
print(np.floor(np.array([1.7, -1.2])), np.ceil(np.array([1.2, -1.7])))
# expect: [ 1. -2.] [ 2. -1.]
# %%
np.round(np.array([0.125, 2.5, 3.5, -1.55]), 1)
# expect: array([ 0.1,  2.5,  3.5, -1.6])
# %%
np.around(np.array([1.234, 5.678]), 2)
# expect: array([1.23, 5.68])
# %%
np.array([2.5, 3.5]).round()
# expect: array([2., 4.])
# %%
np.maximum(np.array([1, 5, 3]), 2)
# expect: array([2, 5, 3])
# %%
np.minimum(np.array([1.0, 5.0]), np.array([2.0, 4.0]))
# expect: array([1., 4.])
# %%
np.maximum(0, np.array([-1.5, 2.0]))
# expect: array([0., 2.])
# %%
np.clip(np.array([-2, 0, 5, 10]), 0, 6)
# expect: array([0, 0, 5, 6])
# %%
np.array([0.1, 0.5, 0.9]).clip(0.2, 0.8)
# expect: array([0.2, 0.5, 0.8])
# %%
np.exp(1)
# expect: np.float64(2.718281828459045)
# %%
np.add(np.array([1, 2]), 3)
# expect: array([4, 5])
# %%
np.multiply([1, 2], [3, 4])
# expect: array([3, 8])
# %%
np.array([1.0, 2.0]) / 0
# expect: array([inf, inf])
# %%
np.where(np.array([1, -2, 3]) > 0, 1, 0)
# expect: array([1, 0, 1])
# %%
np.where(np.array([True, False]), np.array([1.5, 2.5]), 0)
# expect: array([1.5, 0. ])
# %%
np.where(np.array([0, 3, 0, 4]))
# expect: (array([1, 3]),)
# %%
np.isclose(np.array([1.0, 2.0]), np.array([1.0 + 1e-9, 2.1]))
# expect: array([ True, False])
# %%
print(np.allclose([1.0, 2.0], [1.0, 2.0000001]), np.array_equal([1, 2], np.array([1, 2])), np.array_equal([1, 2], [1, 2, 3]))
# expect: True True False
# %%
[1, 2] + np.array([10, 20])
# expect: array([11, 22])
# %%
np.array([10, 20]) - [1, 2]
# expect: array([ 9, 18])
# %%
(1, 2) * np.array([3, 4])
# expect: array([3, 8])
# %%
np.array([1, 2]) == None
# expect: array([False, False])
# %%
z = np.array([[1.0, 2.0], [3.0, 4.0]])
z[0] /= 2
z[:, 1] += 10
z
# expect: array([[ 0.5, 11. ],
# expect:        [ 3. , 14. ]])
# %%
q = np.ones(3)
q[1:] *= np.array([2, 3])
q
# expect: array([1., 2., 3.])
