# Values at the edges of 64-bit ints, and widths no string can hold: each cell used to
# stop the kernel (a Swift trap) and now raises or answers like CPython.
M = -9223372036854775807 - 1
X = 9223372036854775807
r = range(M, X, 2**62)
print(list(r))
print(list(reversed(r)))
print(range(0, X, 2**62)[-1], 1 in range(M, X, 3), 5 in range(M, X, 3))
# expect: [-9223372036854775808, -4611686018427387904, 0, 4611686018427387904]
# expect: [4611686018427387904, 0, -4611686018427387904, -9223372036854775808]
# expect: 4611686018427387904 True False
# %%
len(range(M, X))
# expect error: OverflowError: Python int too large to convert to C ssize_t
# %%
range(M, 0)[::-1]  # CPython answers a range; Neurona slices ranges into lists
# expect error: OverflowError: Python int too large to convert to C ssize_t
# %%
for i in range(M, X):
    print(i)
    break
# expect: -9223372036854775808
# %%
import random
random.seed(1)
print(random.randrange(M, X), random.randint(0, X), random.randrange(0, X, 2**62))
print(random.randrange(X, M, -(2**62)), random.randrange(0, 10, X), random.randrange(0, -10, M))
print(random.randint(M, X))
# expect: 1276586094810739189 1164115433906158532 4611686018427387904
# expect: 9223372036854775807 0 0
# expect: 2796396837008117857
# %%
random.randrange(X, M)
# expect error: ValueError: empty range for randrange() (9223372036854775807, -9223372036854775808, -18446744073709551615)
# %%
random.randint(5, 3)
# expect error: ValueError: empty range for randrange() (5, 4, -1)
# %%
"%99999999999999999999d" % 1
# expect error: ValueError: width too big
# %%
"%.9223372036854775807s" % "abc"
# expect error: ValueError: precision too big
# %%
"%.*f" % (X, 1.0)
# expect error: OverflowError: Python int too large to convert to C int
# %%
"%*d" % (X, 1)
# expect error: MemoryError: string too large
# %%
"%9223372036854775807s" % "a"
# expect error: MemoryError: string too large
# %%
"{:9223372036854775807}".format(5)
# expect error: MemoryError: string too large
# %%
f"{'a':^{X}}"
# expect error: MemoryError: string too large
# %%
"{:.9223372036854775807f}".format(5.0)
# expect error: ValueError: precision too big
# %%
"{:.9223372036854775807}".format("abc")
# expect: 'abc'
# %%
print("abc".center(M), "abc".zfill(M))
# expect: abc abc
# %%
"abc".expandtabs(M)
# expect error: OverflowError: Python int too large to convert to C int
# %%
"abc".ljust(X)
# expect error: MemoryError: string too large
# %%
"abc".zfill(2**62)
# expect error: MemoryError: string too large
# %%
"a\tb".expandtabs(X)
# expect error: OverflowError: Python int too large to convert to C int
# %%
"a\tb".expandtabs(2**31 - 1)
# expect error: MemoryError: string too large
# %%
# Lists and tuples past 10⁸ items raise MemoryError instead of running the kernel out of memory
# (a range says its size first, so these fail at once).
x = list(range(10**10))
# expect error: MemoryError: cannot build a sequence of 10000000000 items (at most 100000000 fit in memory)
# %%
t = tuple(range(5, 10**12))
# expect error: MemoryError: cannot build a sequence of 999999999995 items (at most 100000000 fit in memory)
# %%
sorted(range(2**62))
# expect error: MemoryError: cannot build a sequence of 4611686018427387904 items (at most 100000000 fit in memory)
# %%
print(len(list(range(10**6))), sum(sorted(range(1000))))  # expect: 1000000 499500
