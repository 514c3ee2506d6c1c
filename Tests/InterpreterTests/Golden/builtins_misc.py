print(1, 2, 3, sep="-", end="!\n")  # expect: 1-2-3!
print(isinstance(3, int), isinstance(True, int), isinstance(2.0, (int, float)), type("a").__name__)  # expect: True True True str
class P:
    size = 3
print(hasattr(P, "size"), getattr(P, "nope", "default"), callable(len), callable(3))  # expect: True default True False
print(list(reversed([1, 2, 3])), list(filter(None, [0, 1, "", "x"])), list(zip([1, 2], "ab")))  # expect: [3, 2, 1] [1, 'x'] [(1, 'a'), (2, 'b')]
print(sorted(["b", "A", "c"], key=str.lower), sorted({3: 1, 1: 2}))  # expect: ['A', 'b', 'c'] [1, 3]
print(repr("x"), str(None), format(3.14159, ".2f"), f"{1234567:,}", "%5.1f|" % 2.25)  # expect: 'x' None 3.14 1,234,567   2.2|
print(tuple(range(3)), dict(a=1, b=2), set([1, 1]), list("ab"))  # expect: (0, 1, 2) {'a': 1, 'b': 2} {1} ['a', 'b']
grade = 7
if grade >= 9:
    print("sobresaliente")
elif grade >= 7:
    print("notable")  # expect: notable
else:
    print("otro")
it = iter([1, 2])
print(next(it), next(it), next(it, "fin"))  # expect: 1 2 fin
big = [0] * (10 ** 9)  # expect error: MemoryError: cannot allocate a sequence of 1 × 1000000000 items
