x = None
print(x is None, x is not None, 1 in [1, 2], 3 not in (1, 2), "ab" in "cab")  # expect: True False True True True
print(1 if x else 2, 0 or "default", 3 and 4, not [])  # expect: 2 default 4 True
print(1 < 2 < 3 > 2, 1 == 1.0, "a" < "b", [1, 2] < [1, 3], (1, 2) == (1, 2))  # expect: True True True True True
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 4, 256 >> 2)  # expect: 1 7 6 -6 16 64
print(int("42"), float("1e-3"), str(3.0), bool(""), int(3.9), int(-3.9))  # expect: 42 0.001 3.0 False 3 -3
print(max(3, 7, 5), min([4, 2, 8]), max([1, 2], key=lambda v: -v), sum(range(101)))  # expect: 7 2 1 5050
print(any([0, 0, 1]), all([]), abs(-7), hex(255), bin(5), chr(65), ord("A"))  # expect: True True 7 0xff 0b101 A 65
1 < "a"  # expect error: TypeError: '<' not supported between instances of 'int' and 'str'
