print(7 // 2, -7 // 2, 7 % 3, -7 % 2, 7.5 % -2)  # expect: 3 -4 1 1 -0.5
print(2 ** 10, 2 ** -1, 10 / 4)  # expect: 1024 0.5 2.5
print(1e-7, 1_000, 0.1 + 0.2)  # expect: 1e-07 1000 0.30000000000000004
print(True + True, -2 ** 2, (-2) ** 2)  # expect: 2 -4 4
x = 5
x += 3
x *= 2
print(x)  # expect: 16
print(0 < x < 100, 0 < x < 10)  # expect: True False
print(divmod(7, -2), abs(-3.5), round(2.5), round(3.14159, 2))  # expect: (-4, -1) 3.5 2 3.14
# %%
1 / 0  # expect error: ZeroDivisionError: division by zero
# %%
2 ** 64  # expect error: OverflowError: integer result too large for a 64-bit int
