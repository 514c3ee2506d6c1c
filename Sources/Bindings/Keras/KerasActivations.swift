import Interpreter
import NeuralNet
import Tensor

/// `keras.activations` (also `tf.nn`'s activations): every Keras activation as a function
/// on arrays and lists with its keyword options, plus `get`, `serialize`, `deserialize`.
enum KerasActivations {
  /// The parameters of each activation function after `x`.
  static let parameters: [String: [String]] = [
    "relu": ["x", "negative_slope=", "max_value=", "threshold=", "alpha="],
    "leaky_relu": ["x", "negative_slope=", "alpha="],
    "elu": ["x", "alpha="],
    "gelu": ["x", "approximate="],
    "softmax": ["x", "axis="],
  ]

  /// The functions, one shared object per Keras name.
  static let functions: [String: BuiltinFunction] = {
    var table: [String: BuiltinFunction] = [:]
    for name in ActivationFunction.knownNames {
      let params = parameters[name] ?? ["x"]
      table[name] = BuiltinFunction(
        name, signature: "(" + params.joined(separator: ", ") + ")",
        doc: "The Keras `\(name)` activation, applied element-wise (softmax: over the last axis).",
        keywords: params.dropFirst().map { String($0.dropLast()) }
      ) { arguments, evaluator in
        try apply(name, arguments.bind(name, params), evaluator)
      }
    }
    return table
  }()

  /// The function object for an engine activation (by its Keras name).
  static func function(for activation: ActivationFunction) -> Value {
    functions[activation.name].map { .object($0) } ?? .none
  }

  /// The activation a call stands for, with its keyword options.
  static func resolve(_ name: String, _ bound: BoundArguments) throws -> ActivationFunction {
    switch name {
    case "relu":
      let slope = try KerasConvert.double(bound["negative_slope"] ?? bound["alpha"], default: 0)
      let maxValue = try KerasConvert.optionalDouble(bound["max_value"])
      let threshold = try KerasConvert.double(bound["threshold"], default: 0)
      return .relu(negativeSlope: Float(slope), maxValue: maxValue.map(Float.init), threshold: Float(threshold))
    case "leaky_relu":
      return .leakyReLU(negativeSlope: Float(try KerasConvert.double(bound["negative_slope"] ?? bound["alpha"], default: 0.2)))
    case "elu":
      return .elu(alpha: Float(try KerasConvert.double(bound["alpha"], default: 1)))
    case "gelu":
      let approximate: Bool
      if case .bool(let flag)? = bound["approximate"] { approximate = flag } else { approximate = false }
      return .gelu(approximate: approximate)
    default:
      return try KerasConvert.guarded { try ActivationFunction.named(name) }
    }
  }

  /// Applies activation `name` to the `x` argument; returns a float32 array.
  static func apply(_ name: String, _ bound: BoundArguments, _ evaluator: Evaluator) throws -> Value {
    let activation = try resolve(name, bound)
    if name == "softmax", let axis = bound["axis"], try NumpyConvert.int(axis) != -1 {
      throw PyError.valueError("Neurona's softmax works on the last axis only (axis=-1)")
    }
    let x = try KerasConvert.tensor(bound.values["x"] ?? .none, evaluator)
    let width = x.ndim == 0 ? 1 : (x.shape.last ?? 1)
    let values = activation.apply(x.floats, width: max(width, 1))
    return KerasConvert.array(try KerasConvert.guarded { try Tensor(values, shape: x.shape) })
  }

  /// Builds the `keras.activations` module.
  static func makeModule() -> PyModule {
    let module = PyModule("keras.activations", doc: "Activation functions: relu, sigmoid, tanh, softmax, elu, selu, ...")
    for (name, function) in functions { module.members[name] = .object(function) }
    module.define("get", signature: "(identifier)", doc: "The activation function for a name, a function or None.") { arguments, evaluator in
      let bound = try arguments.bind("get", ["identifier"])
      let activation = try KerasIdentifiers.activation(bound["identifier"], evaluator)
      return function(for: activation)
    }
    module.define("serialize", signature: "(activation)", doc: "The name of an activation function.") { arguments, evaluator in
      let bound = try arguments.bind("serialize", ["activation"])
      return .str(try KerasIdentifiers.activation(bound["activation"], evaluator).name)
    }
    module.define("deserialize", signature: "(config)", doc: "The activation function for a name.") { arguments, evaluator in
      let bound = try arguments.bind("deserialize", ["config"])
      return function(for: try KerasIdentifiers.activation(bound["config"], evaluator))
    }
    return module
  }
}
