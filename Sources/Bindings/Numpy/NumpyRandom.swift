import Interpreter
import Tensor

/// `numpy.random`: the legacy module functions, all drawing from one shared `RandomState`
/// so that `np.random.seed(42); np.random.rand(3)` gives NumPy's numbers.
enum NumpyRandom {
  /// Builds the module around `state`.
  static func makeModule(_ state: RandomState) -> PyModule {
    let module = PyModule("numpy.random", doc: "Random sampling with NumPy's legacy RandomState streams.")
    NumpyModule.define(module, "seed", ["seed="], doc: "Seed the generator.") { bound, _ in
      if let seed = bound["seed"] {
        try state.seed(try NumpyConvert.int(seed))
      } else {
        state.seed(array: (0..<4).map { _ in UInt32.random(in: 0...UInt32.max) })
      }
      return .none
    }
    NumpyModule.define(module, "rand", ["*shape"], doc: "Random values in [0, 1) of the given shape.") { bound, _ in
      let shape = try bound.extraPositional.map(NumpyConvert.int)
      return result(try state.randomSample(shape), scalar: shape.isEmpty)
    }
    NumpyModule.define(module, "randn", ["*shape"], doc: "Samples from the standard normal distribution.") { bound, _ in
      let shape = try bound.extraPositional.map(NumpyConvert.int)
      return result(try state.standardNormal(shape), scalar: shape.isEmpty)
    }
    for name in ["random", "random_sample", "sample", "ranf"] {
      NumpyModule.define(module, name, ["size="], doc: "Random floats in the half-open interval [0.0, 1.0).") { bound, evaluator in
        let shape = try size(bound, evaluator)
        return result(try state.randomSample(shape ?? []), scalar: shape == nil)
      }
    }
    NumpyModule.define(module, "standard_normal", ["size="], doc: "Samples from the standard normal distribution.") { bound, evaluator in
      let shape = try size(bound, evaluator)
      return result(try state.standardNormal(shape ?? []), scalar: shape == nil)
    }
    NumpyModule.define(module, "uniform", ["low=", "high=", "size="], doc: "Samples from a uniform distribution over [low, high).") { bound, evaluator in
      let low = try bound["low"].map(NumpyConvert.double) ?? 0
      let high = try bound["high"].map(NumpyConvert.double) ?? 1
      let shape = try size(bound, evaluator)
      return result(try state.uniform(low: low, high: high, shape: shape ?? []), scalar: shape == nil)
    }
    NumpyModule.define(module, "normal", ["loc=", "scale=", "size="], doc: "Samples from a normal (Gaussian) distribution.") { bound, evaluator in
      let loc = try bound["loc"].map(NumpyConvert.double) ?? 0
      let scale = try bound["scale"].map(NumpyConvert.double) ?? 1
      let shape = try size(bound, evaluator)
      return result(try state.normal(loc: loc, scale: scale, shape: shape ?? []), scalar: shape == nil)
    }
    NumpyModule.define(module, "randint", ["low", "high=", "size=", "dtype="], doc: "Random integers from low (inclusive) to high (exclusive).") { bound, evaluator in
      var low = try NumpyConvert.int(bound.values["low"] ?? .none)
      var high = low
      if let given = bound["high"] { high = try NumpyConvert.int(given) } else { low = 0 }
      let shape = try size(bound, evaluator)
      let values = try state.randint(low: low, high: high, shape: shape ?? [])
      if shape == nil { return .int(values.ints.first ?? 0) }
      return NumpyConvert.array(values.astype(try NumpyTypes.dtype(bound) ?? .int64))
    }
    NumpyModule.define(module, "shuffle", ["x"], doc: "Shuffle an array or list in place along its first axis.") { bound, _ in
      let value = bound.values["x"] ?? .none
      if let array = value.as(NDArray.self) {
        state.shuffle(&array.tensor)
      } else if let list = value.as(PyList.self) {
        var order = try Tensor.arange(.int(list.items.count))
        state.shuffle(&order)
        let items = list.items
        list.items = order.ints.map { items[$0] }
      } else {
        throw PyError.typeError("shuffle() needs an array or a list, not '\(value.typeName)'")
      }
      return .none
    }
    NumpyModule.define(module, "permutation", ["x"], doc: "Randomly permute a sequence, or return a permuted range.") { bound, evaluator in
      let value = bound.values["x"] ?? .none
      if let n = try? NumpyConvert.int(value) { return NumpyConvert.array(try state.permutation(n)) }
      return NumpyConvert.array(state.permutation(try NumpyConvert.tensor(value, evaluator)))
    }
    NumpyModule.define(module, "choice", ["a", "size=", "replace=", "p="], doc: "Generates a random sample from a given 1-D array.") { bound, evaluator in
      try choice(state, bound, evaluator)
    }
    return module
  }

  private static func choice(_ state: RandomState, _ bound: BoundArguments, _ evaluator: Evaluator) throws -> Value {
    let a = bound.values["a"] ?? .none
    let population: Tensor?
    let count: Int
    if let n = try? NumpyConvert.int(a) {
      population = nil
      count = n
    } else {
      let t = try NumpyConvert.tensor(a, evaluator)
      guard t.ndim == 1 else { throw PyError.valueError("a must be 1-dimensional") }
      population = t
      count = t.size
    }
    let shape = try size(bound, evaluator)
    let replace = try bound["replace"].map(evaluator.truthy) ?? true
    let p = try bound["p"].map { try NumpyConvert.tensor($0, evaluator).doubles }
    let total = (shape ?? []).reduce(1, *)
    let indices = try state.choice(count, count: total, replace: replace, p: p)
    var picked = indices
    if let population { picked = try population.get([.array(indices)]) }
    if shape == nil { return NumpyConvert.wrap(try picked.reshaped([])) }
    return NumpyConvert.array(try picked.reshaped(shape ?? []))
  }

  /// The `size=` argument: nil when omitted, else a shape.
  private static func size(_ bound: BoundArguments, _ evaluator: Evaluator) throws -> [Int]? {
    guard let value = bound["size"] else { return nil }
    return try NumpyConvert.shape(value, evaluator)
  }

  /// A sample: a Python float when no shape was asked for, else an array.
  private static func result(_ tensor: Tensor, scalar: Bool) -> Value {
    if scalar { return .float(tensor.doubles.first ?? 0) }
    return NumpyConvert.array(tensor)
  }
}
