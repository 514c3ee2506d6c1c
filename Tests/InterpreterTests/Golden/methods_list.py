a = [3, 1, 2]
a.append(5)
a.extend((7, 8))
a.insert(0, 9)
a.insert(-1, 4)
a.insert(100, 0)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(2)
print(a, a.index(7), a.count(1), [1, 2, 1, 1].count(1), [5, 6, 7, 6].index(6, 2))
b = a.copy()
b.sort()
print(b, a)
b.sort(reverse=True)
print(b)
words = ["pear", "Fig", "apple", "kiwi"]
words.sort(key=len)
print(words)
words.sort(key=str.lower, reverse=True)
print(words)
words.reverse()
print(words)
words.clear()
print(words, len(words))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
pairs.sort(key=lambda p: p[0])
print(pairs)
print([].append(1), a.sort())
# expect: [9, 3, 1, 2, 5, 7, 4, 8, 0] 9
# expect: 0 9 4 [3, 1, 2, 5, 7, 8]
# expect: [3, 1, 5, 7, 8] 3 1 3 3
# expect: [1, 3, 5, 7, 8] [3, 1, 5, 7, 8]
# expect: [8, 7, 5, 3, 1]
# expect: ['Fig', 'pear', 'kiwi', 'apple']
# expect: ['pear', 'kiwi', 'Fig', 'apple']
# expect: ['apple', 'Fig', 'kiwi', 'pear']
# expect: [] 0
# expect: [(1, 'z'), (1, 'y'), (2, 'b'), (2, 'a')]
# expect: None None
# %%
[].pop()
# expect error: IndexError: pop from empty list
# %%
[1, 2].pop(5)
# expect error: IndexError: pop index out of range
# %%
[1, 2].remove(3)
# expect error: ValueError: list.remove(x): x not in list
# %%
[1, 2].index("x")
# expect error: ValueError: 'x' is not in list
# %%
[1, "a"].sort()
# expect error: TypeError: '<' not supported between instances of 'str' and 'int'
# %%
[1].append(1, 2)
# expect error: TypeError: list.append() takes exactly one argument (2 given)
# %%
[1].copy(2)
# expect error: TypeError: list.copy() takes no arguments (1 given)
