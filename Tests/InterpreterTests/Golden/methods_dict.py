d = {"a": 1, "b": 2}
print(d.keys(), d.values(), d.items())
print(len(d.keys()), "a" in d.keys(), ("a", 1) in d.items(), 2 in d.values(), "z" in d.keys())
keys = d.keys()
d["c"] = 3
print(keys, list(keys), sorted(d.values(), reverse=True))
for k, v in d.items():
    print(k, v)
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.pop("c"), d.pop("z", None), d)
d.update({"x": 10}, y=20)
d.update([("p", 1), ("q", 2)])
print(d)
print(d.setdefault("a", 99), d.setdefault("new", []), d["new"])
print(d.popitem(), d)
e = d.copy()
e["a"] = 100
print(d["a"], e["a"])
e.clear()
print(e, dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), {}.fromkeys(["k"], "v"))
print(d.keys() == {"a", "b", "x", "y", "p", "q"}, d.keys() & {"a", "zz"}, sorted(d.keys() - {"a", "b"}))
counts = {}
for w in "the cat the hat the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get))
groups = {}
for w in ["apple", "avocado", "banana"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
# expect: dict_keys(['a', 'b']) dict_values([1, 2]) dict_items([('a', 1), ('b', 2)])
# expect: 2 True True True False
# expect: dict_keys(['a', 'b', 'c']) ['a', 'b', 'c'] [3, 2, 1]
# expect: a 1
# expect: b 2
# expect: c 3
# expect: 1 None 0
# expect: 3 None {'a': 1, 'b': 2}
# expect: {'a': 1, 'b': 2, 'x': 10, 'y': 20, 'p': 1, 'q': 2}
# expect: 1 [] []
# expect: ('new', []) {'a': 1, 'b': 2, 'x': 10, 'y': 20, 'p': 1, 'q': 2}
# expect: 1 100
# expect: {} {'a': None, 'b': None} {1: 0, 2: 0} {'k': 'v'}
# expect: True {'a'} ['p', 'q', 'x', 'y']
# expect: {'the': 3, 'cat': 1, 'hat': 1, 'end': 1} the
# expect: {'a': ['apple', 'avocado'], 'b': ['banana']}
# %%
{"a": 1}.pop("b")
# expect error: KeyError: 'b'
# %%
{}.popitem()
# expect error: KeyError: 'popitem(): dictionary is empty'
# %%
{}.update([(1, 2, 3)])
# expect error: ValueError: dictionary update sequence element #0 has length 3; 2 is required
# %%
{}.update([1])
# expect error: TypeError: cannot convert dictionary update sequence element #0 to a sequence
