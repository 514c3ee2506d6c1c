a = list(range(10))
print(a[2:5], a[::3], a[-3:], a[:-7], a[5:2:-1])  # expect: [2, 3, 4] [0, 3, 6, 9] [7, 8, 9] [0, 1, 2] [5, 4, 3]
a[0:3] = ["x"]
print(a)  # expect: ['x', 3, 4, 5, 6, 7, 8, 9]
del a[1:3]
print(a, "hello"[1:4], (1, 2, 3)[::-1])  # expect: ['x', 5, 6, 7, 8, 9] ell (3, 2, 1)
a["key"]  # expect error: TypeError: list indices must be integers or slices, not str
