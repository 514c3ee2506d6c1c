import Interpreter
import NeuralNet

/// A keras object that is mostly configuration: an initializer, regularizer, loss,
/// optimizer, metric, learning-rate schedule or built-in callback.
///
/// Its Python class (`keras.optimizers.Adam`, ...) is `type`; `get_config()` returns the
/// engine's Keras config.
final class KerasObject: PyObject {
  /// What the object stands for in the engine.
  enum Payload {
    case initializer(Initializer, seed: Int?)
    case regularizer(Regularizer)
    case loss(LossFunction)
    case optimizer(Optimizer)
    case metric(Metric)
    case schedule(ExponentialDecay)
    case callback(Callback)
  }

  /// The Python class.
  let type: PyType
  /// The engine value.
  let payload: Payload
  /// Extra attributes (`patience`, `monitor`, ...).
  var attributes: [String: Value]
  private let callBody: ((Arguments, Evaluator) throws -> Value)?

  /// Creates an object of class `type`.
  init(
    type: PyType, payload: Payload, attributes: [String: Value] = [:],
    call: ((Arguments, Evaluator) throws -> Value)? = nil
  ) {
    self.type = type
    self.payload = payload
    self.attributes = attributes
    self.callBody = call
  }

  /// The Python class.
  var pyType: PyType { type }

  /// `<keras.optimizers.Adam object>`.
  func repr() -> String { "<\(type.module).\(type.name) object>" }

  /// The config dictionary Keras's `get_config()` returns.
  var config: [String: ConfigValue] {
    switch payload {
    case .initializer(let initializer, let seed):
      var args = initializer.config.object?["config"]?.object ?? [:]
      if args["seed"] != nil || seed != nil { args["seed"] = seed.map(ConfigValue.int) ?? .null }
      return args
    case .regularizer(let regularizer): return regularizer.config.object?["config"]?.object ?? [:]
    case .loss(let loss):
      var c: [String: ConfigValue] = ["name": .string(loss.name), "reduction": .string("sum_over_batch_size")]
      for (key, value) in loss.config.object?["config"]?.object ?? [:] { c[key] = value }
      return c
    case .optimizer(let optimizer): return optimizer.config
    case .metric(let metric): return ["name": .string(metric.name), "dtype": .string("float32")]
    case .schedule(let schedule): return schedule.config.object?["config"]?.object ?? [:]
    case .callback: return [:]
    }
  }

  /// Attributes, `get_config()`, and an optimizer's `learning_rate` and `iterations`.
  func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    if let value = attributes[name] { return value }
    switch (name, payload) {
    case ("get_config", _):
      return .object(BuiltinFunction("get_config", signature: "()", doc: "The object's configuration.") { [self] _, _ in
        KerasConvert.dict(config)
      })
    case ("learning_rate", .optimizer(let optimizer)):
      return .float(Double(optimizer.currentLearningRate))
    case ("iterations", .optimizer(let optimizer)):
      return .int(optimizer.iterations)
    case ("name", .optimizer(let optimizer)):
      return .str(optimizer.className.lowercased())
    case ("name", .loss(let loss)):
      return .str(loss.name)
    case ("name", .metric(let metric)):
      return .str(metric.name)
    default:
      return try type.boundAttribute(name, of: .object(self), evaluator)
    }
  }

  /// Sets an optimizer's `learning_rate`, or any other attribute.
  func setAttribute(_ name: String, _ value: Value, _ evaluator: Evaluator) throws -> Bool {
    if name == "learning_rate", case .optimizer(let optimizer) = payload {
      optimizer.learningRate = try NumpyConvert.double(value)
      optimizer.schedule = nil
      return true
    }
    attributes[name] = value
    return true
  }

  /// Attribute names for completion.
  func attributeNames() -> [String] {
    var names = Set(attributes.keys).union(type.allAttributeNames())
    names.insert("get_config")
    if case .optimizer = payload { names.formUnion(["learning_rate", "iterations", "name"]) }
    return names.sorted()
  }

  /// Calls the object (an initializer with a shape, a loss on `y_true, y_pred`, ...).
  func call(_ arguments: Arguments, _ evaluator: Evaluator) throws -> Value? {
    guard let callBody else { return nil }
    return try callBody(arguments, evaluator)
  }

  /// The class docstring.
  var documentation: String? { type.documentation }
}
