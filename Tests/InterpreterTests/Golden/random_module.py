import random
random.seed(42)
print(random.random(), random.random())
print(random.randint(1, 10), random.randrange(100), random.randrange(0, 100, 7), random.uniform(2, 3))
random.seed(42)
print(random.random())
# expect: 0.6394267984578837 0.025010755222666936
# expect: 5 31 21 2.1395379285251437
# expect: 0.6394267984578837
# %%
random.seed(2024)
deck = list(range(10))
random.shuffle(deck)
print(deck, random.choice(["a", "b", "c"]), random.sample(range(20), 5))
print(round(random.gauss(0, 1), 12), round(random.normalvariate(5, 2), 12))
# expect: [6, 0, 9, 8, 3, 5, 1, 4, 2, 7] c [15, 11, 13, 16, 6]
# expect: -0.570168115668 5.247146463586
# %%
# A range is sampled by index (never listed), with CPython's draws.
random.seed(1)
print(random.sample(range(9223372036854775807), 3))  # expect: [5249979066121302517, 7399589116837456607, 582057716445789124]
random.seed(2)
print(random.sample(range(10, 10**12, 7), 4))  # expect: [152024059491, 694041391893, 325766793222, 490300389330]
random.seed(3)
print(random.sample(range(100, 0, -3), 5), random.sample(range(5), 5))  # expect: [55, 76, 31, 10, 88] [4, 0, 1, 2, 3]
# %%
random.seed(0)
print([random.randint(0, 1) for _ in range(16)])
# expect: [1, 1, 0, 1, 1, 1, 1, 1, 1, 0, 0, 1, 0, 0, 1, 0]
# %%
random.choice([])
# expect error: IndexError: Cannot choose from an empty sequence
# %%
random.randrange(5, 5)
# expect error: ValueError: empty range for randrange() (5, 5, 0)
# %%
random.randrange(0, 10, 0)
# expect error: ValueError: zero step for randrange()
# %%
random.sample([1, 2], 3)
# expect error: ValueError: Sample larger than population or is negative
# %%
random.sample({1, 2}, 1)
# expect error: TypeError: Population must be a sequence.  For dicts or sets, use sorted(d).
