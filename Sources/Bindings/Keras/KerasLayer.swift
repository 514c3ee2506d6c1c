import Interpreter
import NeuralNet
import Tensor

/// A keras layer as cells see it: `name`, `units`, `activation`, `kernel`, `get_weights()`,
/// `count_params()`, `get_config()`, and `layer(x)` on arrays.
final class KerasLayer: PyObject {
  /// The engine layer.
  let layer: Layer
  /// The session state (for wrappers of the same layer).
  unowned let state: KerasState

  /// Wraps `layer`.
  init(_ layer: Layer, state: KerasState) {
    self.layer = layer
    self.state = state
  }

  /// The class (`Dense`, `LeakyReLU`, ...).
  var pyType: PyType { KerasLayerTypes.type(for: layer.className) }

  /// `<Dense name=dense, built=True>`, as Keras 3.
  func repr() -> String {
    "<\(layer.className) name=\(layer.name), built=\(layer.isBuilt ? "True" : "False")>"
  }

  /// The class docstring.
  var documentation: String? { pyType.documentation }

  /// The per-sample output shape once the input shape is known.
  var outputShape: [Int]? {
    guard let input = layer.builtInputShape ?? layer.declaredInputShape else { return nil }
    return try? layer.outputShape(for: input)
  }

  /// Runs the layer on an array (Keras `layer(x)`, inference mode unless `training=True`), with
  /// denormals flushed to zero like a model's `predict`.
  func apply(_ arguments: Arguments, _ evaluator: Evaluator) throws -> Value {
    let bound = try arguments.bind(layer.className, ["inputs", "training="])
    let x = try KerasConvert.tensor(bound.values["inputs"] ?? .none, evaluator)
    let training = try KerasConvert.bool(bound["training"], default: false, evaluator)
    return try KerasConvert.guarded {
      let shape = x.ndim == 0 ? [1, 1] : (x.ndim == 1 ? [1, x.shape[0]] : x.shape)
      let out = try FloatingPointMode.flushingDenormals {
        try layer.forward(Batch(values: x.floats, shape: shape), training: training)
      }
      var outShape = out.shape
      if x.ndim <= 1, outShape.count == 2 { outShape = [outShape[1]] }
      return KerasConvert.array(try Tensor(out.values, shape: outShape))
    }
  }

  /// `layer(x)`.
  func call(_ arguments: Arguments, _ evaluator: Evaluator) throws -> Value? {
    try apply(arguments, evaluator)
  }

  private func method(_ name: String, _ signature: String, _ doc: String, _ body: @escaping (Arguments, Evaluator) throws -> Value) -> Value {
    .object(BuiltinFunction(name, signature: signature, doc: doc, body))
  }

  /// Layer attributes and methods.
  func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    switch name {
    case "name": return .str(layer.name)
    case "trainable": return .bool(layer.trainable)
    case "built": return .bool(layer.isBuilt)
    case "dtype": return .str("float32")
    case "weights", "trainable_weights", "variables":
      let list = name == "trainable_weights" && !layer.trainable ? [] : layer.getWeights()
      return KerasConvert.arrays(list)
    case "non_trainable_weights":
      return KerasConvert.arrays(layer.trainable ? [] : layer.getWeights())
    case "input_shape":
      guard let shape = layer.builtInputShape ?? layer.declaredInputShape else {
        throw PyError.attributeError("The layer \"\(layer.name)\" has never been called and thus has no defined input shape.")
      }
      return KerasConvert.shapeValue([nil] + shape.map { $0 })
    case "output_shape":
      guard let shape = outputShape else {
        throw PyError.attributeError("The layer \"\(layer.name)\" has never been called and thus has no defined output shape.")
      }
      return KerasConvert.shapeValue([nil] + shape.map { $0 })
    case "get_weights":
      return method("get_weights", "()", "The layer's weights as a list of NumPy arrays.") { [self] _, _ in
        KerasConvert.arrays(layer.getWeights())
      }
    case "set_weights":
      return method("set_weights", "(weights)", "Sets the layer's weights from a list of NumPy arrays.") { [self] args, ev in
        let bound = try args.bind("set_weights", ["weights"])
        let tensors = try KerasConvert.tensors(bound.values["weights"] ?? .none, ev)
        try KerasConvert.guarded { try layer.setWeights(tensors) }
        return .none
      }
    case "count_params":
      return method("count_params", "()", "The number of scalars in the layer's weights.") { [self] _, _ in
        guard layer.isBuilt || layer.parameters.isEmpty == false else {
          throw PyError.valueError("You tried to call `count_params` on layer '\(layer.name)', but the layer isn't built. You can build it manually via: `layer.build(input_shape)`.")
        }
        return .int(layer.countParams())
      }
    case "get_config":
      return method("get_config", "()", "The layer's configuration dictionary.") { [self] _, _ in
        KerasConvert.dict(layer.config)
      }
    case "build":
      return method("build", "(input_shape)", "Creates the weights for an input shape such as (None, 4).") { [self] args, ev in
        let bound = try args.bind("build", ["input_shape"])
        let dims = try ev.collect(bound.values["input_shape"] ?? .none)
        let shape = try dims.dropFirst().map { try NumpyConvert.int($0) }
        try KerasConvert.guarded { try layer.build(inputShape: shape) }
        return .none
      }
    default: return try specificAttribute(name, evaluator)
    }
  }

  /// Attributes particular to the layer class.
  private func specificAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    if let dense = layer as? Dense {
      switch name {
      case "units": return .int(dense.units)
      case "activation": return KerasActivations.function(for: dense.activation)
      case "use_bias": return .bool(dense.useBias)
      case "kernel":
        guard let kernel = dense.kernel else { throw PyError.attributeError("'Dense' layer '\(dense.name)' is not built yet, so it has no kernel") }
        return KerasConvert.array(try KerasConvert.guarded { try Tensor(kernel.values, shape: kernel.shape) })
      case "bias":
        guard let bias = dense.bias else { return Value.none }
        return KerasConvert.array(try KerasConvert.guarded { try Tensor(bias.values, shape: bias.shape) })
      case "kernel_initializer":
        return .object(KerasObject(type: KerasObjectTypes.initializerType(dense.kernelInitializer.className), payload: .initializer(dense.kernelInitializer, seed: nil)))
      case "bias_initializer":
        return .object(KerasObject(type: KerasObjectTypes.initializerType(dense.biasInitializer.className), payload: .initializer(dense.biasInitializer, seed: nil)))
      default: break
      }
    }
    if let activationLayer = layer as? ActivationLayer {
      switch name {
      case "activation": return KerasActivations.function(for: activationLayer.activation)
      case "negative_slope", "alpha", "max_value", "threshold", "axis":
        let key = name == "alpha" && activationLayer.className == "LeakyReLU" ? "negative_slope" : name
        if let entry = activationLayer.layerConfig[key] { return KerasConvert.value(entry) }
      default: break
      }
    }
    if let dropout = layer as? Dropout {
      if name == "rate" { return .float(dropout.rate) }
      if name == "seed" { return dropout.seed.map(Value.int) ?? Value.none }
    }
    if let normalization = layer as? Normalization {
      switch name {
      case "adapt":
        return method("adapt", "(data, batch_size=None, steps=None)", "Learns each feature's mean and variance from data.") { [self] args, ev in
          let bound = try args.bind("adapt", ["data", "batch_size=", "steps="])
          let x = try KerasConvert.tensor(bound.values["data"] ?? .none, ev)
          let shape = x.ndim == 1 ? [x.shape[0], 1] : x.shape
          try KerasConvert.guarded { try normalization.adapt(Batch(values: x.floats, shape: shape)) }
          return .none
        }
      case "mean", "variance":
        guard normalization.isBuilt else { return Value.none }
        let (mean, variance) = normalization.statistics
        let values = name == "mean" ? mean : variance
        return KerasConvert.array(try KerasConvert.guarded { try Tensor(values, shape: [1, values.count]) })
      default: break
      }
    }
    if let input = layer as? InputLayer, name == "shape" {
      return KerasConvert.shapeValue([nil] + input.shape.map { $0 })
    }
    return try pyType.boundAttribute(name, of: .object(self), evaluator)
  }

  /// Sets `name` or `trainable`.
  func setAttribute(_ name: String, _ value: Value, _ evaluator: Evaluator) throws -> Bool {
    switch name {
    case "trainable":
      layer.trainable = try evaluator.truthy(value)
      return true
    case "name":
      guard case .str(let text) = value else { throw PyError.typeError("a layer name must be a string") }
      layer.name = text
      return true
    case "activation":
      guard let dense = layer as? Dense else { return false }
      dense.activation = try KerasIdentifiers.activation(value, evaluator)
      return true
    default: return false
    }
  }

  /// Names for completion.
  func attributeNames() -> [String] {
    var names = [
      "build", "built", "count_params", "dtype", "get_config", "get_weights", "input_shape", "name",
      "non_trainable_weights", "output_shape", "set_weights", "trainable", "trainable_weights", "weights",
    ]
    if layer is Dense { names += ["activation", "bias", "bias_initializer", "kernel", "kernel_initializer", "units", "use_bias"] }
    if layer is ActivationLayer { names.append("activation") }
    if layer is Dropout { names += ["rate", "seed"] }
    if layer is Normalization { names += ["adapt", "mean", "variance"] }
    return names.sorted()
  }
}
