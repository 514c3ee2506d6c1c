"""Generates numpy_fixtures.json from the local NumPy (facts, not code).

Run: python3 Tests/TensorTests/Fixtures/make_fixtures.py
Floats are written as repr() strings so NaN/inf and exact bits survive JSON.
"""
import json
import os
import numpy as np

def enc(a):
    a = np.asarray(a)
    flat = a.ravel().tolist()
    if a.dtype.kind == 'f':
        flat = [repr(float(x)) for x in flat]
    return {"dtype": str(a.dtype), "shape": list(a.shape), "data": flat}

def case_print(a):
    d = enc(a)
    d["repr"] = repr(a)
    d["str"] = str(a)
    return d

rs = np.random.RandomState(0)
arrays = [
    np.array([1.0, 2.0, 3.0]), np.array([1.5, 2.25, -3.0]), np.array([0.1, 0.2, 0.3]),
    np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([1, 2, 3]), np.array([-10, 200, 3]),
    np.array([True, False]), np.array([True, True]), np.array([], dtype=np.float64),
    np.zeros((0, 3)), np.array([], dtype=np.int64), np.array([1.0, 2.0], dtype=np.float32),
    np.array([0.1, 0.7], dtype=np.float32), np.array(0.5), np.array(3), np.array(True),
    np.array(1e-5), np.array([1e-5, 1.0]), np.array([1e8, 1.0]), np.array([1e-3, 2.0, 3000.0]),
    np.array([np.nan, 1.0]), np.array([np.inf, -np.inf, np.nan]), np.array([np.nan]),
    np.array([-0.0, 0.0]), np.array([1.0, np.nan, -np.inf]), np.array([1e20, 1e-20, 0.0]),
    np.array([123456789.0, 1.0]), np.array([0.001953125, 1.0]), np.array([1.0000000001]),
    np.array([3.14159265358979, 2.718281828459045]), np.array([-1.23456789e-7, 1.5]),
    np.array([1e6, 2.5], dtype=np.float32), np.array([1e5, 2.5], dtype=np.float32),
    np.arange(12).reshape(3, 4), np.arange(24).reshape(2, 3, 4), np.arange(24.0).reshape(2, 3, 4) / 7,
    np.arange(2000), np.arange(2000.0).reshape(40, 50), np.arange(1001) * 1.5, np.arange(3000).reshape(10, 10, 30),
    np.linspace(0, 1, 30), np.linspace(-5, 5, 17), np.arange(100), np.arange(40) * 1000000,
    rs.rand(4, 3), rs.randn(5), rs.randn(3, 3).astype(np.float32), rs.randn(20) * 100,
    np.array([[True, False], [False, True]]), np.eye(3), np.eye(2, 3, k=1, dtype=np.float32),
    np.full((2, 2), 0.49011275), np.array([1e16, 1.0]), np.array([-1.0, -2.5]),
    rs.rand(2, 30), np.zeros((2, 0)), np.ones((1, 1, 1)), np.array([0.0]),
    np.array([1e-4, 1e-3]), np.array([5e-5, 1e-3]), np.array([1e300, 1e-300]),
    np.array([[1e-10, 1.0], [2.0, 3.0]]), np.arange(30, dtype=np.float32) / 3,
]
prints = [case_print(a) for a in arrays]

scalars = []
for v in [0.5, 1.0, 0.0, -0.0, 1e-5, 1e16, 1e15, 123456789012345678.0, 0.1, 1/3, np.nan, np.inf, -np.inf, 1e-4, 2.5e-7, 999999.0, 1e6, 1234567.0, 123456789.0]:
    for t in (np.float64, np.float32):
        x = t(v)
        scalars.append({"dtype": str(np.dtype(t)), "value": repr(float(x)), "repr": repr(x), "str": str(x)})
for v in [3, -7, 0]:
    x = np.int64(v)
    scalars.append({"dtype": "int64", "value": repr(float(v)), "repr": repr(x), "str": str(x)})
for v in [True, False]:
    x = np.bool_(v)
    scalars.append({"dtype": "bool", "value": repr(float(v)), "repr": repr(x), "str": str(x)})

ops = {"add": np.add, "subtract": np.subtract, "multiply": np.multiply, "divide": np.true_divide,
       "floorDivide": np.floor_divide, "mod": np.remainder, "power": np.power,
       "maximum": np.maximum, "minimum": np.minimum, "less": np.less, "equal": np.equal,
       "greaterEqual": np.greater_equal, "logicalXor": np.logical_xor}
pairs = [
    (np.array([[1.0, -2.5, 3.0], [4.0, 5.0, -6.0]]), np.array([2.0, -3.0, 0.5])),
    (np.array([7, -7, 8, -8]), np.array([[3], [-3]])),
    (np.array([1.5, -1.5, 7.0, -7.0], dtype=np.float32), np.array([2.0, 2.0, -3.0, 4.0], dtype=np.float32)),
    (np.array([1, 2, 3]), np.array([0.5, 1.5, 2.5], dtype=np.float32)),
    (np.array([True, False, True]), np.array([[1], [2]])),
    (np.arange(6.0).reshape(2, 3, 1), np.arange(4.0).reshape(1, 1, 4) - 1.5),
]
binary = []
with np.errstate(all='ignore'):
    for a, b in pairs:
        for name, f in ops.items():
            if name == "power" and a.dtype.kind in "ib" and b.dtype.kind in "ib":
                b2 = np.abs(b)
            else:
                b2 = b
            r = f(a, b2)
            binary.append({"op": name, "a": enc(a), "b": enc(b2), "result": enc(r)})
    # weak python scalars
    weak = []
    for a in [np.array([1.5, 2.5], dtype=np.float32), np.array([1, 2]), np.array([True, False])]:
        for s in [2, 2.5, True]:
            for name in ["add", "multiply", "divide", "floorDivide"]:
                if a.dtype == bool and name == "floorDivide":
                    continue
                r = ops[name](a, s)
                rr = ops[name](s, a)
                weak.append({"op": name, "a": enc(a), "scalar": s if not isinstance(s, bool) else bool(s),
                             "kind": type(s).__name__, "result": enc(r), "reversed": enc(rr)})


random = {}
np.random.seed(42); random["rand"] = np.random.rand(5).tolist()
np.random.seed(42); random["randn"] = np.random.randn(7).tolist()
np.random.seed(42); random["randint"] = np.random.randint(0, 10, size=20).tolist()
np.random.seed(7); random["randint_big"] = np.random.randint(-5, 1000000, size=10).tolist()
np.random.seed(42); random["permutation"] = np.random.permutation(10).tolist()
np.random.seed(1); random["uniform"] = np.random.uniform(-2, 3, size=5).tolist()
np.random.seed(1); random["normal"] = np.random.normal(1.5, 2.0, size=5).tolist()
np.random.seed(3); random["choice"] = np.random.choice(10, 6).tolist()
np.random.seed(3); random["choice_noreplace"] = np.random.choice(10, 6, replace=False).tolist()
np.random.seed(3); random["choice_p"] = np.random.choice(4, 8, p=[0.1, 0.2, 0.3, 0.4]).tolist()
np.random.seed(3); random["choice_p_noreplace"] = np.random.choice(5, 3, replace=False, p=[0.1, 0.2, 0.3, 0.3, 0.1]).tolist()
np.random.seed(0); x = np.arange(12).reshape(6, 2); np.random.shuffle(x); random["shuffle"] = x.ravel().tolist()
np.random.seed(5); random["mixed"] = [np.random.randn(), np.random.rand(), np.random.randn(), np.random.randn()]
random = {k: [repr(float(v)) if isinstance(v, float) else v for v in vals] for k, vals in random.items()}

rs = np.random.RandomState(11)
red_inputs = [rs.randn(7, 5), np.arange(24).reshape(2, 3, 4), rs.randn(300), (rs.randn(4, 6) * 3).astype(np.float32),
              np.array([[True, False, True], [True, True, True]]), np.array([1.0, np.nan, 3.0])]
reductions = []
for a in red_inputs:
    for axis in [None, 0, -1]:
        for name in ["sum", "mean", "std", "var", "min", "max", "argmax", "argmin", "prod", "any", "all", "cumsum"]:
            if a.dtype == bool and name in ["std", "var", "mean"]:
                continue
            f = getattr(np, name)
            r = f(a, axis=axis)
            reductions.append({"op": name, "axis": axis, "a": enc(a), "result": enc(np.asarray(r))})
    reductions.append({"op": "var_ddof1", "axis": 0, "a": enc(a), "result": enc(np.asarray(np.var(a, axis=0, ddof=1)))}) if a.dtype != bool else None
    reductions.append({"op": "sum_keepdims", "axis": -1, "a": enc(a), "result": enc(np.sum(a, axis=-1, keepdims=True))})

base = np.arange(60).reshape(3, 4, 5)
def I(*k): return k
idx_cases = [
    ("i", [1]), ("i", [-1, 2]), ("i", [0, 1, 2]), ("s", [[1, None, None]]), ("s", [[None, None, -1]]),
    ("s", [[None, None, None], [1, 3, None]]), ("s", [[None, None, 2], [None, None, -2], [4, 0, -1]]),
    ("e", []), ("mix", [("e",), ("i", 2)]), ("mix", [("n",), ("i", 0)]), ("mix", [("i", 1), ("n",), ("s", [None, 2, None])]),
    ("mix", [("a", [2, 0, 0])]), ("mix", [("s", [None, None, None]), ("a", [3, -1])]), ("mix", [("i", 0), ("s", [None, None, None]), ("a", [4, 1])]),
    ("mix", [("e",), ("a", [0, 0])]),
]
def build(spec):
    out = []
    for it in spec:
        if it[0] == "i": out.append(it[1])
        elif it[0] == "s": out.append(slice(*it[1]))
        elif it[0] == "n": out.append(None)
        elif it[0] == "e": out.append(Ellipsis)
        elif it[0] == "a": out.append(np.array(it[1]))
        elif it[0] == "m": out.append(np.array(it[1], dtype=bool))
    return tuple(out)
indexing = []
specs = [
    [("i", 1)], [("i", -1), ("i", 2)], [("i", 0), ("i", 1), ("i", 2)], [("s", [1, None, None])], [("s", [None, None, -1])],
    [("s", [None, None, None]), ("s", [1, 3, None])], [("s", [None, None, 2]), ("s", [None, None, -2]), ("s", [4, 0, -1])],
    [("e",), ("i", 2)], [("n",), ("i", 0)], [("i", 1), ("n",), ("s", [None, 2, None])], [("a", [2, 0, 0])],
    [("s", [None, None, None]), ("a", [3, -1])], [("i", 0), ("s", [None, None, None]), ("a", [4, 1])], [("e",), ("a", [0, 0])],
    [("m", [True, False, True])], [("m", [[True, False, False, True]] * 3)], [("s", [None, None, None]), ("m", [False, True, True, False])],
    [("a", [0, 2]), ("s", [1, 3, None]), ("a", [1, 4])], [("s", [-100, 100, None])], [("s", [5, 1, None])],
]
for spec in specs:
    r = base[build(spec)]
    indexing.append({"spec": [[it[0]] + list(it[1:]) for it in spec], "result": enc(np.asarray(r))})
a = base.astype(float).copy(); a[0, 1] = -5; a[a > 50] = 0; a[:, 0] = np.array([7.0, 8.0, 9.0, 10.0, 11.0]); a[..., 1:3] = 0.5
setres = enc(a)

uniques = []
for arr in [np.array([3, 1, 2, 3, 1, 9]), np.array([2.5, np.nan, 1.0, 2.5, np.nan]), np.array([[1.0, 0.0], [0.0, 1.0]])]:
    u, c = np.unique(arr, return_counts=True)
    uniques.append({"a": enc(arr), "values": enc(u), "counts": enc(c)})

creation = []
for args in [(0, 10, 3), (10, 0, -3), (0.0, 1.0, 0.1), (1, 2.5, 0.5), (-3, 3, 1), (0, 1, 0.3)]:
    creation.append({"kind": "arange", "args": [repr(x) if isinstance(x, float) else x for x in args], "result": enc(np.arange(*args))})
for args in [(0, 1, 5), (-2.5, 7.0, 13), (0, 1, 7)]:
    creation.append({"kind": "linspace", "args": list(args), "result": enc(np.linspace(*args))})

unary = []
ux = np.array([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 0.123456, 3.7])
for name in ["exp", "tanh", "sin", "cos", "floor", "ceil", "sign", "abs"]:
    unary.append({"op": name, "a": enc(ux), "result": enc(getattr(np, name)(ux))})
for d in [0, 1, 2, -1]:
    unary.append({"op": "round", "decimals": d, "a": enc(ux * 11), "result": enc(np.round(ux * 11, d))})
out = {"print": prints, "scalars": scalars, "binary": binary, "weak": weak, "random": random,
       "reductions": reductions, "indexing": indexing, "set": setres, "unique": uniques,
       "creation": creation, "unary": unary}

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "numpy_fixtures.json"), "w") as f:
    json.dump(out, f, indent=0)
