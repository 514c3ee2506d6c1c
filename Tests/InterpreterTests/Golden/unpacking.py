(x_train, y_train), (x_test, y_test) = ([1, 2], [3, 4]), ([5], [6])
print(x_train, y_test)  # expect: [1, 2] [6]
a = b = 0
print(a, b)  # expect: 0 0
first, *rest = [1, 2, 3]
print(first, rest)  # expect: 1 [2, 3]
a, b = 1, 2, 3  # expect error: ValueError: too many values to unpack (expected 2)
