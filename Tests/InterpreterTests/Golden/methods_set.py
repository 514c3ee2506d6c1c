s = {1, 2, 3}
s.add(4)
s.add(2)
s.discard(10)
s.remove(1)
print(s, len(s))
print(s.union([5, 6], (7,)), s.intersection({2, 3, 9}), s.difference([2]), s.symmetric_difference({4, 5}))
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset([1]), {1}.isdisjoint({2}), {1}.isdisjoint([1]))
t = s.copy()
t.update([10, 11], {12})
print(sorted(t), sorted(s))
print(s.pop() in {2, 3, 4}, len(s))
s.clear()
print(s, set().union())
tup = (1, 2, 3, 2, 2)
print(tup.count(2), tup.index(3), tup.index(2, 2))
print((5).bit_length(), (-255).bit_length(), (0).bit_length(), (7).conjugate())
print((2.0).is_integer(), (2.5).is_integer(), (0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (0.1).as_integer_ratio())
# expect: {2, 3, 4} 3
# expect: {2, 3, 4, 5, 6, 7} {2, 3} {3, 4} {2, 3, 5}
# expect: True True True False
# expect: [2, 3, 4, 10, 11, 12] [2, 3, 4]
# expect: True 2
# expect: set() set()
# expect: 3 2 3
# expect: 3 8 0 7
# expect: True False (3, 4) (-5, 2) (3602879701896397, 36028797018963968)
# %%
{1}.remove(2)
# expect error: KeyError: 2
# %%
set().pop()
# expect error: KeyError: 'pop from an empty set'
# %%
{1}.add([2])
# expect error: TypeError: unhashable type: 'list'
# %%
(1, 2).index(5)
# expect error: ValueError: tuple.index(x): x not in tuple
# %%
float("inf").as_integer_ratio()
# expect error: OverflowError: cannot convert Infinity to integer ratio
