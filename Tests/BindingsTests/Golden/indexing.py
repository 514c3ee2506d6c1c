import numpy as np
a = np.arange(12).reshape(3, 4)
print(a[0], a[-1], a[1, 2], a[1][2])
a[1:, ::2]
# expect: [0 1 2 3] [ 8  9 10 11] 6 6
# expect: array([[ 4,  6],
# expect:        [ 8, 10]])
# %%
a[:, 0]
# expect: array([0, 4, 8])
# %%
a[..., 1]
# expect: array([1, 5, 9])
# %%
a[None, 0].shape
# expect: (1, 4)
# %%
a[:, np.newaxis, 1].shape
# expect: (3, 1)
# %%
a[[0, 2]]
# expect: array([[ 0,  1,  2,  3],
# expect:        [ 8,  9, 10, 11]])
# %%
a[np.array([2, 0]), 1]
# expect: array([9, 1])
# %%
a[a > 5]
# expect: array([ 6,  7,  8,  9, 10, 11])
# %%
a[:, [True, False, True, False]]
# expect: array([[ 0,  2],
# expect:        [ 4,  6],
# expect:        [ 8, 10]])
# %%
a[0, 1]
# expect: np.int64(1)
# %%
a[::-1, -1]
# expect: array([11,  7,  3])
# %%
v = np.array([0.5, 1.5, 2.5])
print(v[0], repr(v[0]), v[-1] * 2)
# expect: 0.5 np.float64(0.5) 5.0
# %%
b = np.zeros((2, 3))
b[0, 1] = 5
b[1] = [1, 2, 3]
b[:, 2] = np.array([7, 8])
b
# expect: array([[0., 5., 7.],
# expect:        [1., 2., 8.]])
# %%
c = np.array([1, -2, 3, -4])
c[c < 0] = 0
c
# expect: array([1, 0, 3, 0])
# %%
d = np.arange(6)
d[1:4] = 9
d[[0, 5]] = -1
d
# expect: array([-1,  9,  9,  9,  4, -1])
# %%
e = np.array([1, 2, 3])
e[0] = 2.9
e
# expect: array([2, 2, 3])
# %%
col = np.array([10.0, 20.0])
f = np.ones((2, 2))
f[:, 0] = col
f
# expect: array([[10.,  1.],
# expect:        [20.,  1.]])
# %%
g = np.arange(6).reshape(2, 3)
for row in g:
    print(row, len(row))
print(len(g), 4 in g, 10 in g)
# expect: [0 1 2] 3
# expect: [3 4 5] 3
# expect: 2 True False
# %%
list(np.array([1.5, 2.5]))
# expect: [np.float64(1.5), np.float64(2.5)]
# %%
h = np.arange(6)
print(h.reshape(2, 3).shape, h.reshape((3, 2)).shape, h.reshape(-1, 2).shape, h.reshape(3, -1).T.shape)
# expect: (2, 3) (3, 2) (3, 2) (2, 3)
# %%
np.reshape(h, (2, 3))
# expect: array([[0, 1, 2],
# expect:        [3, 4, 5]])
# %%
np.arange(6).reshape(2, 3).flatten()
# expect: array([0, 1, 2, 3, 4, 5])
# %%
np.ravel(np.array([[1, 2], [3, 4]]))
# expect: array([1, 2, 3, 4])
# %%
np.transpose(np.arange(6).reshape(2, 3))
# expect: array([[0, 3],
# expect:        [1, 4],
# expect:        [2, 5]])
# %%
np.arange(24).reshape(2, 3, 4).transpose(2, 0, 1).shape
# expect: (4, 2, 3)
# %%
np.expand_dims(np.array([1, 2]), 0)
# expect: array([[1, 2]])
# %%
np.expand_dims(np.array([1, 2]), axis=1)
# expect: array([[1],
# expect:        [2]])
# %%
np.squeeze(np.array([[1], [2]]))
# expect: array([1, 2])
# %%
np.array([[[5]]]).squeeze()
# expect: array(5)
# %%
np.concatenate((np.array([1, 2]), np.array([3])))
# expect: array([1, 2, 3])
# %%
np.concatenate([np.ones((1, 2)), np.zeros((1, 2))], axis=1)
# expect: array([[1., 1., 0., 0.]])
# %%
np.stack([np.array([1, 2]), np.array([3, 4])])
# expect: array([[1, 2],
# expect:        [3, 4]])
# %%
np.stack([np.array([1, 2]), np.array([3, 4])], axis=1)
# expect: array([[1, 3],
# expect:        [2, 4]])
# %%
np.hstack([np.array([1, 2]), np.array([3])])
# expect: array([1, 2, 3])
# %%
np.vstack([np.array([1, 2]), np.array([3, 4])])
# expect: array([[1, 2],
# expect:        [3, 4]])
# %%
np.column_stack((np.array([1, 2, 3]), np.array([4.5, 5.5, 6.5])))
# expect: array([[1. , 4.5],
# expect:        [2. , 5.5],
# expect:        [3. , 6.5]])
# %%
k = np.array([5, 6])
k2 = k.copy()
k2[0] = 0
print(k, k2)
# expect: [5 6] [0 6]
# %%
np.array([[1, 2], [3, 4]]).item(3)
# expect: 4
# %%
np.array([7]).item()
# expect: 7
