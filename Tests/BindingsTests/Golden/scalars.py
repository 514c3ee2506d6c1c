import numpy as np
x = np.array([0.5, 1.5])[0]
print(x, repr(x), type(x))
x
# expect: 0.5 np.float64(0.5) <class 'numpy.float64'>
# expect: np.float64(0.5)
# %%
n = np.array([3, 4])[1]
print(n, repr(n), type(n).__name__)
n
# expect: 4 np.int64(4) int64
# expect: np.int64(4)
# %%
t = np.array([True, False])[0]
print(t, repr(t))
t
# expect: True np.True_
# expect: np.True_
# %%
np.float32(0.1)
# expect: np.float32(0.1)
# %%
print(np.float32(0.1) * 3, repr(np.float32(0.1) * 3))
# expect: 0.3 np.float32(0.3)
# %%
print(repr(np.float32(2) * 2.5), repr(np.float32(2) * np.float64(2.5)), repr(np.int64(2) * 2.5))
# expect: np.float32(5.0) np.float64(5.0) np.float64(5.0)
# %%
print(repr(np.int64(7) // 2), repr(np.int64(7) / 2), repr(2 ** np.int64(3)), repr(np.int64(3) + True))
# expect: np.int64(3) np.float64(3.5) np.int64(8) np.int64(4)
# %%
y = np.float64(2.5)
print(y + 1, 1 - y, y * y, y / 2, y ** 2, -y, abs(-y))
# expect: 3.5 -1.5 6.25 1.25 6.25 -2.5 2.5
# %%
print(y > 2, y == 2.5, repr(y < 1), float(y), int(y), round(y), round(np.float64(3.14159), 2))
# expect: True True np.False_ 2.5 2 2 3.14
# %%
print(f"{y:.3f} {y} {np.float32(1/3)} {n:04d} {t}")
# expect: 2.500 2.5 0.3333333432674408 0004 True
# %%
print(y.item(), type(y.item()).__name__, n.item(), type(n.item()).__name__)
# expect: 2.5 float 4 int
# %%
print([10, 20, 30][np.int64(1)], list(range(5))[np.array([1, 2])[1]])
# expect: 20 2
# %%
np.float64(1.5) + np.array([1, 2])
# expect: array([2.5, 3.5])
# %%
np.int64(3) * np.array([1.5, 2.0], dtype=np.float32)
# expect: array([4.5, 6. ])
# %%
np.float64(1e-5)
# expect: np.float64(1e-05)
# %%
np.float64(1e16)
# expect: np.float64(1e+16)
# %%
np.float64(123456789.0)
# expect: np.float64(123456789.0)
# %%
print(np.float64(0.1) + np.float64(0.2), np.float32(16777217.0), np.float64(-0.0))
# expect: 0.30000000000000004 1.6777216e+07 -0.0
# %%
np.sum(np.array([1, 2, 3]))
# expect: np.int64(6)
# %%
np.float64(3)
# expect: np.float64(3.0)
# %%
np.int64(2.9)
# expect: np.int64(2)
# %%
np.float32("1.5")
# expect: np.float32(1.5)
# %%
print(np.float32(0.5).dtype, np.int64(1).dtype, y.shape, y.ndim)
# expect: float32 int64 () 0
# %%
np.float64(2.0) == 2
# expect: np.True_
# %%
print(np.sqrt(np.float32(2.0)), repr(np.sqrt(np.float32(2.0))), repr(np.sqrt(2)))
# expect: 1.4142135 np.float32(1.4142135) np.float64(1.4142135623730951)
# %%
if np.float64(0.0):
    print("true")
else:
    print("false")
# expect: false
# %%
v = np.array([1.0, 2.0]).sum()
v += 1
print(v, repr(v))
# expect: 4.0 np.float64(4.0)
# %%
print(max(np.float64(1.0), 2.0), sum([np.float64(0.5), np.float64(0.25)]))
# expect: 2.0 0.75
