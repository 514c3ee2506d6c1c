import numpy as np
m = np.array([[1, 2, 3], [4, 5, 6]])
print(m.sum(), m.sum(axis=0), m.sum(axis=1), m.sum(1))
print(np.sum(m), np.sum(m, axis=0), np.sum(m, 1))
# expect: 21 [5 7 9] [ 6 15] [ 6 15]
# expect: 21 [5 7 9] [ 6 15]
# %%
m.mean()
# expect: np.float64(3.5)
# %%
m.mean(axis=0)
# expect: array([2.5, 3.5, 4.5])
# %%
np.mean([1, 2, 3, 4])
# expect: np.float64(2.5)
# %%
m.std()
# expect: np.float64(1.707825127659933)
# %%
np.std(m, axis=1)
# expect: array([0.81649658, 0.81649658])
# %%
m.var()
# expect: np.float64(2.9166666666666665)
# %%
np.var([1.0, 2.0, 4.0], ddof=1)
# expect: np.float64(2.333333333333333)
# %%
print(m.min(), m.max(), np.min(m, axis=0), np.max(m, axis=1), np.amax(m), np.amin(m))
# expect: 1 6 [1 2 3] [3 6] 6 1
# %%
print(m.argmax(), m.argmin(), np.argmax(m, axis=0), np.argmin([3, 1, 2]))
# expect: 5 0 [1 1 1] 1
# %%
m.prod()
# expect: np.int64(720)
# %%
np.prod(m, axis=0)
# expect: array([ 4, 10, 18])
# %%
m.cumsum()
# expect: array([ 1,  3,  6, 10, 15, 21])
# %%
np.cumsum(m, axis=1)
# expect: array([[ 1,  3,  6],
# expect:        [ 4,  9, 15]])
# %%
print(np.any(m > 5), np.all(m > 0), (m > 2).any(axis=0), (m > 2).all(axis=1))
# expect: True True [ True  True  True] [False  True]
# %%
m.sum(axis=0, keepdims=True)
# expect: array([[5, 7, 9]])
# %%
np.mean(m, axis=1, keepdims=True)
# expect: array([[2.],
# expect:        [5.]])
# %%
f = np.array([0.5, 1.5, 2.5], dtype=np.float32)
print(f.sum(), f.mean(), repr(f.sum()), repr(f.mean()))
# expect: 4.5 1.5 np.float32(4.5) np.float32(1.5)
# %%
np.sum([True, True, False])
# expect: np.int64(2)
# %%
np.count_nonzero(np.array([0, 1, 2, 0]))
# expect: np.int64(2)
# %%
np.unique(np.array([3, 1, 2, 3, 1]))
# expect: array([1, 2, 3])
# %%
np.unique(np.array([1, 0, 1, 1]), return_counts=True)
# expect: (array([0, 1]), array([1, 3]))
# %%
np.sort(np.array([3, 1, 2]))
# expect: array([1, 2, 3])
# %%
np.argsort(np.array([3.5, 1.5, 2.5]))
# expect: array([1, 2, 0])
# %%
np.sort(np.array([[3, 1], [0, 2]]), axis=0)
# expect: array([[0, 1],
# expect:        [3, 2]])
# %%
s = np.array([3, 1, 2])
s.sort()
s
# expect: array([1, 2, 3])
# %%
x = np.array([2.0, 4.0, 6.0])
m2 = x.mean()
print(m2, float(m2), f"{m2:.2f}", round(m2, 1))
# expect: 4.0 4.0 4.00 4.0
# %%
np.array([1, 2, 3]).mean().item()
# expect: 2.0
# %%
c = np.arange(24).reshape(2, 3, 4)
print(c.sum(axis=(0, 2)), np.max(c, axis=(1, 2)), c.mean(axis=(0, 1)))
# expect: [ 60  92 124] [11 23] [10. 11. 12. 13.]
# %%
np.arange(6.0).reshape(2, 3).mean(axis=(0, 1), keepdims=True)
# expect: array([[2.5]])
# %%
np.ones((2, 2)).sum(axis=(0, 0))
# expect error: ValueError: duplicate value in 'axis'
