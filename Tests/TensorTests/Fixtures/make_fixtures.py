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

out = {"print": prints, "scalars": scalars, "binary": binary, "weak": weak}

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "numpy_fixtures.json"), "w") as f:
    json.dump(out, f, indent=0)
