print([1, 2.5, 'a'], (1,), {'loss': [0.3]}, True, None)  # expect: [1, 2.5, 'a'] (1,) {'loss': [0.3]} True None
a = [3, 1, 2]
a.append(5)
print(sorted(a), len(a), a[-1], a[1:3], a[::-1])  # expect: [1, 2, 3, 5] 4 5 [1, 2] [5, 2, 1, 3]
d = {'a': 1}
d['b'] = 2
for k, v in d.items():
    print(k, v)
# expect: a 1
# expect: b 2
print({1, 2, 2}, set(), (), [])  # expect: {1, 2} set() () []
print([x * x for x in range(5) if x % 2 == 0])  # expect: [0, 4, 16]
print({k: v for k, v in zip('ab', [1, 2])})  # expect: {'a': 1, 'b': 2}
print(list(enumerate(['x', 'y'], 1)))  # expect: [(1, 'x'), (2, 'y')]
[1, 2][5]  # expect error: IndexError: list index out of range
