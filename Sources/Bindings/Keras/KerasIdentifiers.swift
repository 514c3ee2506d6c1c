import Interpreter
import NeuralNet

/// Resolves the identifiers Keras accepts for `activation=`, `kernel_initializer=`,
/// `kernel_regularizer=`, `loss=`, `optimizer=` and `metrics=`: strings, objects and functions.
enum KerasIdentifiers {
  /// Keras 2 also accepted the activation layer class names as strings; the course uses
  /// `activation="LeakyReLU"`, so Neurona keeps that (default arguments, as Keras 2).
  static let layerClassActivations: [String: ActivationFunction] = [
    "LeakyReLU": .leakyReLU(negativeSlope: 0.3), "ReLU": .relu(), "ELU": .elu(), "Softmax": .softmax,
  ]

  /// An activation from a name, an activation function, an activation layer or `None`.
  static func activation(_ value: Value?, _ evaluator: Evaluator) throws -> ActivationFunction {
    guard let value, !value.isNone else { return .linear }
    switch value {
    case .str(let name):
      if let legacy = layerClassActivations[name] { return legacy }
      return try KerasConvert.guarded { try ActivationFunction.named(name) }
    case .object(let object):
      if let function = object as? BuiltinFunction {
        return try KerasConvert.guarded { try ActivationFunction.named(function.name) }
      }
      if let wrapper = object as? KerasLayer, let layer = wrapper.layer as? ActivationLayer {
        return layer.activation
      }
      if let wrapper = object as? KerasLayer {
        throw PyError.valueError("A \(wrapper.layer.className) layer cannot be used as `activation`; add it as a layer with model.add(...) instead.")
      }
      if object is PyFunction {
        throw PyError.typeError("Neurona cannot use a Python function as `activation`; use a name such as 'relu', a keras.activations function, or a keras.layers.Lambda layer.")
      }
    default: break
    }
    throw PyError.valueError("Could not interpret activation function identifier: \(Evaluator.reprOf(value))")
  }

  /// An initializer from a name or an initializer object (`nil` value → `fallback`).
  static func initializer(_ value: Value?, default fallback: Initializer) throws -> Initializer {
    guard let value, !value.isNone else { return fallback }
    if case .str(let name) = value { return try KerasConvert.guarded { try Initializer.named(name) } }
    if let object = value.as(KerasObject.self), case .initializer(let initializer, _) = object.payload {
      return initializer
    }
    if let type = value.as(PyType.self), let initializer = try? Initializer.named(type.name) { return initializer }
    throw PyError.valueError("Could not interpret initializer identifier: \(Evaluator.reprOf(value))")
  }

  /// A regularizer from a name or a regularizer object, or `nil`.
  static func regularizer(_ value: Value?) throws -> Regularizer? {
    guard let value, !value.isNone else { return nil }
    if case .str(let name) = value { return try KerasConvert.guarded { try Regularizer.named(name) } }
    if let object = value.as(KerasObject.self), case .regularizer(let regularizer) = object.payload {
      return regularizer
    }
    throw PyError.valueError("Could not interpret regularizer identifier: \(Evaluator.reprOf(value))")
  }

  /// A loss from a name, a loss object or a loss function, or `nil` for `None`.
  static func loss(_ value: Value?) throws -> LossFunction? {
    guard let value, !value.isNone else { return nil }
    if case .str(let name) = value { return try KerasConvert.guarded { try LossFunction.named(name) } }
    if let object = value.as(KerasObject.self), case .loss(let loss) = object.payload { return loss }
    if let function = value.as(BuiltinFunction.self) {
      return try KerasConvert.guarded { try LossFunction.named(function.name) }
    }
    throw PyError.valueError("Could not interpret loss identifier: \(Evaluator.reprOf(value))")
  }

  /// An optimizer from a (case-insensitive) name or an optimizer object.
  static func optimizer(_ value: Value?) throws -> Optimizer {
    guard let value, !value.isNone else { return try KerasConvert.guarded { try OptimizerFactory.named("rmsprop") } }
    if case .str(let name) = value { return try KerasConvert.guarded { try OptimizerFactory.named(name) } }
    if let object = value.as(KerasObject.self), case .optimizer(let optimizer) = object.payload { return optimizer }
    if let type = value.as(PyType.self), let optimizer = try? OptimizerFactory.named(type.name) { return optimizer }
    throw PyError.valueError("Could not interpret optimizer identifier: \(Evaluator.reprOf(value))")
  }

  /// Metrics from a list of names, metric objects or functions.
  static func metrics(_ value: Value?, _ evaluator: Evaluator) throws -> [Metric] {
    guard let value, !value.isNone else { return [] }
    let items = value.as(PyList.self) != nil || value.as(PyTuple.self) != nil ? try evaluator.collect(value) : [value]
    return try items.map { item in
      switch item {
      case .str(let name):
        let metric = try KerasConvert.guarded { try Metric.named(name) }
        if metric.kind.isStateful {
          // Keras builds an `AUC()`/`Precision()`/`Recall()` for the string, using up an auto-name.
          _ = KerasRegistry.state(for: evaluator).context.names.uniqueName(forClass: metric.kind.className)
        }
        return metric
      default:
        if let object = item.as(KerasObject.self), case .metric(let metric) = object.payload { return metric }
        if let function = item.as(BuiltinFunction.self) {
          return try KerasConvert.guarded { try Metric.named(function.name) }
        }
        throw PyError.valueError("Could not interpret metric identifier: \(Evaluator.reprOf(item))")
      }
    }
  }
}
