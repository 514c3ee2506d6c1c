import Interpreter
import Tensor

/// Element-wise math, linear algebra, comparison and sorting functions.
extension NumpyModule {
  static func defineMath(in module: PyModule) {
    for (name, op, doc) in NumpyFunctions.unaryUfuncs {
      define(module, name, ["x"], doc: doc) { bound, evaluator in
        NumpyConvert.wrap(try tensor(bound, "x", evaluator).unary(op))
      }
    }
    for (name, two) in [("log2", true), ("log10", false)] {
      define(module, name, ["x"], doc: "Base-\(two ? 2 : 10) logarithm, element-wise.") { bound, evaluator in
        NumpyConvert.wrap(try NumpyFunctions.logBase(try tensor(bound, "x", evaluator), two: two))
      }
    }
    for (name, op) in NumpyFunctions.binaryUfuncs {
      define(module, name, ["x1", "x2"], doc: "Element-wise \(name) (a NumPy ufunc).") { bound, evaluator in
        try NumpyFunctions.apply(op, bound.values["x1"] ?? .none, bound.values["x2"] ?? .none, evaluator)
      }
    }
    for name in ["round", "around"] {
      define(module, name, ["a", "decimals="], doc: "Evenly round to the given number of decimals.") { bound, evaluator in
        let decimals = try bound["decimals"].map(NumpyConvert.int) ?? 0
        return NumpyConvert.wrap(try tensor(bound, "a", evaluator).rounded(decimals: decimals))
      }
    }
    define(module, "clip", ["a", "a_min=", "a_max="], doc: "Clip (limit) the values in an array.") { bound, evaluator in
      try NumpyFunctions.clip(try tensor(bound, "a", evaluator), bound["a_min"], bound["a_max"], evaluator)
    }
    define(module, "dot", ["a", "b"], doc: "Dot product of two arrays.") { bound, evaluator in
      NumpyConvert.wrap(try tensor(bound, "a", evaluator).dot(try tensor(bound, "b", evaluator)))
    }
    define(module, "matmul", ["x1", "x2"], doc: "Matrix product of two arrays.") { bound, evaluator in
      NumpyConvert.wrap(try tensor(bound, "x1", evaluator).matmul(try tensor(bound, "x2", evaluator)))
    }
    define(module, "isclose", ["a", "b", "rtol=", "atol=", "equal_nan="], doc: "Element-wise closeness within a tolerance.") { bound, evaluator in
      let (rtol, atol, nan) = try tolerances(bound, evaluator)
      return NumpyConvert.wrap(
        try tensor(bound, "a", evaluator).isclose(try tensor(bound, "b", evaluator), rtol: rtol, atol: atol, equalNaN: nan))
    }
    define(module, "allclose", ["a", "b", "rtol=", "atol=", "equal_nan="], doc: "True if two arrays are element-wise equal within a tolerance.") { bound, evaluator in
      let (rtol, atol, nan) = try tolerances(bound, evaluator)
      let close = try tensor(bound, "a", evaluator).allclose(try tensor(bound, "b", evaluator), rtol: rtol, atol: atol, equalNaN: nan)
      return .bool(close)
    }
    define(module, "array_equal", ["a1", "a2"], doc: "True if two arrays have the same shape and elements.") { bound, evaluator in
      .bool(try tensor(bound, "a1", evaluator).arrayEqual(try tensor(bound, "a2", evaluator)))
    }
    define(module, "where", ["condition", "x=", "y="], doc: "Elements chosen from x or y depending on condition.") { bound, evaluator in
      try NumpyFunctions.whereValue(bound, evaluator)
    }
    define(module, "nonzero", ["a"], doc: "Indices of the elements that are non-zero.") { bound, evaluator in
      .tuple(try tensor(bound, "a", evaluator).nonzero().map(NumpyConvert.array))
    }
    define(module, "count_nonzero", ["a", "axis="], doc: "Count the non-zero values in an array.") { bound, evaluator in
      let flags = try tensor(bound, "a", evaluator).astype(.bool).astype(.int64)
      let axis = try NumpyConvert.axis(bound["axis"])
      let counted = try flags.sum(axis: axis)
      return NumpyConvert.wrap(counted)
    }
    define(module, "unique", ["ar", "return_index=", "return_inverse=", "return_counts=", "axis="], doc: "Find the sorted unique elements of an array.") { bound, evaluator in
      let (values, counts) = try tensor(bound, "ar", evaluator).unique()
      if try NumpyConvert.flag(bound["return_counts"], evaluator) {
        return .tuple([NumpyConvert.array(values), NumpyConvert.array(counts)])
      }
      return NumpyConvert.array(values)
    }
    define(module, "sort", ["a", "axis="], doc: "Return a sorted copy of an array.") { bound, evaluator in
      NumpyConvert.array(try NumpyFunctions.sorted(try tensor(bound, "a", evaluator), axis: bound.values["axis"] ?? .int(-1)))
    }
    define(module, "argsort", ["a", "axis="], doc: "Indices that would sort an array.") { bound, evaluator in
      try NumpyFunctions.argsort(try tensor(bound, "a", evaluator), axis: bound.values["axis"] ?? .int(-1))
    }
  }

  private static func tolerances(_ bound: BoundArguments, _ evaluator: Evaluator) throws -> (Double, Double, Bool) {
    (
      try bound["rtol"].map(NumpyConvert.double) ?? 1e-5,
      try bound["atol"].map(NumpyConvert.double) ?? 1e-8,
      try NumpyConvert.flag(bound["equal_nan"], evaluator)
    )
  }
}
