import Interpreter
import Tensor

/// The `numpy` module for cells (and `numpy.random`, the same object as `np.random`).
public enum NumpyModule {
  /// Registers `numpy` and `numpy.random` in `session`, plus `dtype="..."` completions.
  public static func install(into session: Session) {
    var cached: (numpy: PyModule, random: PyModule)?
    let build = { () -> (numpy: PyModule, random: PyModule) in
      if let cached { return cached }
      let state = RandomState()
      let random = NumpyRandom.makeModule(state)
      random.members["_state"] = .object(SessionRandomState(state))
      let numpy = makeModule(random: random)
      cached = (numpy, random)
      return (numpy, random)
    }
    session.registerModule("numpy") { build().numpy }
    session.registerModule("numpy.random") { build().random }
    session.evaluator.stringOptions["dtype"] = NumpyTypes.dtypeNames
  }

  /// Builds a fresh `numpy` module whose `random` member is `random`.
  static func makeModule(random: PyModule) -> PyModule {
    let module = PyModule(
      "numpy", doc: "NumPy for Neurona: n-dimensional arrays, math functions and random numbers.")
    module.members["random"] = .object(random)
    module.members["ndarray"] = .object(NDArray.type)
    module.members["dtype"] = .object(DTypeObject.type)
    module.members["float64"] = .object(NumpyTypes.float64)
    module.members["float32"] = .object(NumpyTypes.float32)
    module.members["int64"] = .object(NumpyTypes.int64)
    module.members["int32"] = .object(NumpyTypes.int64)
    module.members["int_"] = .object(NumpyTypes.int64)
    module.members["bool_"] = .object(NumpyTypes.bool)
    module.members["bool"] = .object(NumpyTypes.bool)
    module.members["pi"] = .float(Double.pi)
    module.members["e"] = .float(2.718281828459045)
    module.members["inf"] = .float(Double.infinity)
    module.members["nan"] = .float(Double.nan)
    module.members["newaxis"] = Value.none
    module.members["__version__"] = .str("2.4.6")
    module.members["AxisError"] = .object(NumpyErrors.axisError)
    defineCreation(in: module)
    defineMath(in: module)
    defineShape(in: module)
    defineText(in: module)
    defineCounting(in: module)
    defineChecks(in: module)
    for name in NumpyReduce.parameters.keys.sorted() { NumpyReduce.define(name, in: module) }
    NumpyReduce.define("max", as: "amax", in: module)
    NumpyReduce.define("min", as: "amin", in: module)
    return module
  }

  /// Defines a function whose parameters bind like a Python signature.
  static func define(
    _ module: PyModule, _ name: String, _ parameters: [String], doc: String,
    _ body: @escaping (BoundArguments, Evaluator) throws -> Value
  ) {
    module.define(
      name, signature: "(" + parameters.joined(separator: ", ") + ")", doc: doc,
      keywords: parameters.filter { $0.hasSuffix("=") }.map { String($0.dropLast()) }
    ) { arguments, evaluator in
      let bound = try arguments.bind(name, parameters)
      return try NumpyErrors.guarded { try body(bound, evaluator) }
    }
  }

  /// The tensor of a required argument.
  static func tensor(_ bound: BoundArguments, _ name: String, _ evaluator: Evaluator) throws -> Tensor {
    try NumpyConvert.tensor(bound.values[name] ?? .none, evaluator)
  }
}
