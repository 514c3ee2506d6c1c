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
# pow's three-argument form reduces as it goes (no full power) and inverts for a negative exponent.
print(pow(3, -1, 7), pow(2, 10, 1000), pow(2, 10**18, 1000000007), pow(-3, 3, 7), pow(3, 3, -7))  # expect: 5 24 719476260 1 -1
print(pow(38, -1, 97), pow(5, 0, 1), pow(True, 5, 3), pow(2, -2, 9), pow(4611686018427387903, 2, 9223372036854775783))  # expect: 23 0 1 7 2305843009213694078
# round() of an int stays an int, to the nearest multiple for negative digits (ties to even).
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(-1251, -2), round(7, 3))  # expect: 1200 1200 1400 -1200 -1300 7
print(round(15, -1), round(25, -1), round(True, -1), round(5, -19), round(9, -200))  # expect: 20 20 0 0 0
# %%
1 / 0  # expect error: ZeroDivisionError: division by zero
# %%
2 ** 64  # expect error: OverflowError: integer result too large for a 64-bit int
# %%
pow(2, -1, 4)  # expect error: ValueError: base is not invertible for the given modulus
# %%
pow(2, 3, 0)  # expect error: ValueError: pow() 3rd argument cannot be 0
# %%
pow(2.0, 3, 5)  # expect error: TypeError: pow() 3rd argument not allowed unless all arguments are integers
