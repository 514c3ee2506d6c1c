for i in range(10):
    if i == 2:
        continue
    if i > 4:
        break
    print(i)
else:
    print("no break")
# expect: 0
# expect: 1
# expect: 3
# expect: 4
n = 0
while n < 3:
    n += 1
print(n)  # expect: 3
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)
else:
    print("else")
finally:
    print("finally")
# expect: caught division by zero
# expect: finally
try:
    raise ValueError("bad")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e.args)  # expect: ValueError ('bad',)
assert 1 == 1
assert 1 == 2, "one is not two"  # expect error: AssertionError: one is not two
