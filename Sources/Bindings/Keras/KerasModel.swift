import Foundation
import Interpreter
import NeuralNet
import Tensor

/// A `keras.Sequential` model as cells see it.
///
/// Structure and weights live here; `compile`/`fit`/`evaluate`/`predict` are in
/// `KerasModel+Training.swift` and `summary()` in `KerasModel+Summary.swift`.
final class KerasModel: PyObject {
  /// The engine model.
  let model: Sequential
  /// The session state.
  unowned let state: KerasState
  /// Whether `compile()` was called (possibly without a loss).
  var compiled = false
  /// The optimizer object given to (or made by) `compile`.
  var optimizerValue: Value = .none
  /// The loss given to `compile`.
  var lossValue: Value = .none
  /// The History of the last `fit`.
  var historyValue: Value = .none

  /// Wraps `model`.
  init(_ model: Sequential, state: KerasState) {
    self.model = model
    self.state = state
    compiled = model.loss != nil
  }

  /// `keras.Model`, the base class.
  static let modelType = PyType(
    name: "Model", module: "keras.models", bases: [KerasLayerTypes.base],
    documentation: "A Keras model. Neurona supports Sequential models.")

  /// `keras.Sequential`.
  static let type: PyType = {
    let type = PyType(
      name: "Sequential", module: "keras.models", bases: [modelType],
      documentation: """
        Sequential(layers=None, name=None): a linear stack of layers.

        Add layers with add(), then compile(optimizer, loss, metrics), fit(x, y, epochs=...),
        evaluate(x, y) and predict(x). summary() shows the layers and parameter counts.
        """)
    type.constructor = { arguments, evaluator in
      let bound = try arguments.bind("Sequential", ["layers=", "trainable=", "name="])
      let state = KerasRegistry.state(for: evaluator)
      let name = try KerasConvert.string(bound["name"], "name")
      let model = try KerasConvert.guarded { try Sequential(name: name, context: state.context) }
      let wrapper = KerasModel(model, state: state)
      if let layers = bound["layers"] {
        for item in try evaluator.collect(layers) { try wrapper.add(item) }
      }
      return .object(wrapper)
    }
    return type
  }()

  /// `Sequential`.
  var pyType: PyType { KerasModel.type }

  /// `<Sequential name=sequential, built=True>`, as Keras 3.
  func repr() -> String { "<Sequential name=\(model.name), built=\(model.isBuilt ? "True" : "False")>" }

  /// The class docstring.
  var documentation: String? { KerasModel.type.documentation }

  /// Appends a layer object.
  func add(_ value: Value) throws {
    guard let wrapper = value.as(KerasLayer.self) else {
      throw PyError.typeError("Only instances of `keras.Layer` can be added to a Sequential model. Received: \(Evaluator.reprOf(value)) (of type \(value.typeName))")
    }
    try KerasConvert.guarded { try model.add(wrapper.layer) }
  }

  /// The per-sample output shape, if known.
  var outputShape: [Int]? {
    guard let input = model.inputShape else { return nil }
    return try? model.outputShape(for: input)
  }

  private func method(_ name: String, _ signature: String, _ doc: String, _ body: @escaping (Arguments, Evaluator) throws -> Value) -> Value {
    .object(BuiltinFunction(name, signature: signature, doc: doc, body))
  }

  /// Model attributes and methods.
  func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    switch name {
    case "name": return .str(model.name)
    case "layers": return .object(PyList(model.layers.map { .object(state.wrapper(for: $0)) }))
    case "built": return .bool(model.isBuilt)
    case "trainable": return .bool(model.layers.allSatisfy(\.trainable))
    case "stop_training": return .bool(model.stopTraining)
    case "history": return historyValue
    case "optimizer": return optimizerValue
    case "loss": return lossValue
    case "metrics_names": return .object(PyList(compiled ? [.str("loss"), .str("compile_metrics")] : []))
    case "weights", "trainable_weights", "variables": return KerasConvert.arrays(model.getWeights())
    case "input_shape", "output_shape":
      let shape = name == "input_shape" ? model.inputShape : outputShape
      guard let shape else {
        throw PyError.attributeError("The model \"\(model.name)\" has not yet been built, so it has no \(name).")
      }
      return KerasConvert.shapeValue([nil] + shape.map { $0 })
    case "inputs", "outputs":
      let shape = name == "inputs" ? model.inputShape : outputShape
      guard let shape else { return Value.none }
      return .object(PyList([KerasConvert.shapeValue([nil] + shape.map { $0 })]))
    default: return try methodAttribute(name, evaluator)
    }
  }

  /// The model's methods as bound functions.
  private func methodAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    switch name {
    case "add":
      return method("add", "(layer)", "Adds a layer on top of the stack.") { [self] args, _ in
        try add(try args.bind("add", ["layer"]).values["layer"] ?? .none)
        return .none
      }
    case "pop":
      return method("pop", "()", "Removes and returns the last layer.") { [self] _, _ in
        let layer = try KerasConvert.guarded { try model.pop() }
        return .object(state.wrapper(for: layer))
      }
    case "build":
      return method("build", "(input_shape)", "Builds the model for an input shape such as (None, 4).") { [self] args, ev in
        let bound = try args.bind("build", ["input_shape="])
        guard let shape = try KerasConvert.shapeWithBatch(bound["input_shape"], ev) ?? model.inputShape else {
          throw PyError.valueError("You must provide an `input_shape` argument.")
        }
        try KerasConvert.guarded { try model.build(inputShape: shape) }
        return .none
      }
    case "count_params":
      return method("count_params", "()", "The number of scalars in all the weights.") { [self] _, _ in
        guard model.isBuilt else {
          throw PyError.valueError("You tried to call `count_params` on layer '\(model.name)', but the layer isn't built. You can build it manually via: `\(model.name).build(batch_input_shape)`.")
        }
        return .int(model.countParams())
      }
    case "get_weights":
      return method("get_weights", "()", "All weights as a list of NumPy arrays [kernel0, bias0, ...].") { [self] _, _ in
        KerasConvert.arrays(model.getWeights())
      }
    case "set_weights":
      return method("set_weights", "(weights)", "Replaces all weights from a list of NumPy arrays.") { [self] args, ev in
        let tensors = try KerasConvert.tensors(try args.bind("set_weights", ["weights"]).values["weights"] ?? .none, ev)
        try KerasConvert.guarded { try model.setWeights(tensors) }
        return .none
      }
    case "get_layer":
      return method("get_layer", "(name=None, index=None)", "A layer by name or by index.") { [self] args, _ in
        let bound = try args.bind("get_layer", ["name=", "index="])
        if let index = bound["index"] ?? bound["name"].flatMap({ if case .int = $0 { return $0 } else { return nil } }) {
          let i = try NumpyConvert.int(index)
          guard i >= 0 && i < model.layers.count else {
            throw PyError.valueError("Was asked to retrieve layer at index \(i) but model only has \(model.layers.count) layers.")
          }
          return .object(state.wrapper(for: model.layers[i]))
        }
        guard let layerName = try KerasConvert.string(bound["name"], "name") else {
          throw PyError.valueError("Provide either a layer name or layer index at `get_layer`.")
        }
        return .object(state.wrapper(for: try KerasConvert.guarded { try model.getLayer(layerName) }))
      }
    case "get_config":
      return method("get_config", "()", "The model's configuration dictionary.") { [self] _, _ in
        KerasConvert.dict(configEntries)
      }
    case "to_json":
      return method("to_json", "()", "The model's configuration as a JSON string.") { [self] _, _ in
        let top: ConfigValue = .object(["class_name": .string("Sequential"), "config": .object(configEntries),
                                        "module": .string("keras"), "registered_name": .null])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try KerasConvert.guarded { try encoder.encode(top) }
        return .str(String(decoding: data, as: UTF8.self))
      }
    case "save":
      return method("save", "(filepath, overwrite=True)", "Saves the model to a `.keras` file.") { [self] args, _ in
        let bound = try args.bind("save", ["filepath", "overwrite=", "zipped="])
        guard let path = try KerasConvert.string(bound.values["filepath"], "filepath") else {
          throw PyError.valueError("Invalid filepath")
        }
        guard path.hasSuffix(".keras") || path.hasSuffix(".h5") else {
          throw PyError.valueError("Invalid filepath extension for saving. Please add either a `.keras` extension for the native Keras format (recommended) or a `.h5` extension. Use `model.export(filepath)` if you want to export a SavedModel for use with TFLite/TFServing/etc. Received: filepath=\(path).")
        }
        try KerasConvert.guarded { try model.save(to: path) }
        return .none
      }
    default: return try trainingAttribute(name, evaluator)
    }
  }

  /// `get_config()` entries: name, trainable and the layers with the input layer first.
  var configEntries: [String: ConfigValue] {
    var layers: [ConfigValue] = []
    if let input = model.inputShape {
      layers.append(.object(["class_name": .string("InputLayer"), "config": .object([
        "batch_shape": .array([.null] + input.map { ConfigValue.int($0) }), "dtype": .string("float32"),
        "sparse": .bool(false), "name": .string(model.inputLayerName ?? "input_layer"),
      ])]))
    }
    for layer in model.layers {
      layers.append(.object(["class_name": .string(layer.className), "config": .object(layer.config),
                             "module": .string("keras.layers")]))
    }
    var c: [String: ConfigValue] = ["name": .string(model.name), "trainable": .bool(true), "layers": .array(layers)]
    if let input = model.inputShape { c["build_input_shape"] = .array([.null] + input.map { ConfigValue.int($0) }) }
    return c
  }

  /// Sets `stop_training`, `name` or `trainable`.
  func setAttribute(_ name: String, _ value: Value, _ evaluator: Evaluator) throws -> Bool {
    switch name {
    case "stop_training": model.stopTraining = try evaluator.truthy(value)
    case "trainable":
      let flag = try evaluator.truthy(value)
      for layer in model.layers { layer.trainable = flag }
    case "name":
      guard case .str(let text) = value else { throw PyError.typeError("a model name must be a string") }
      model.name = text
    default: return false
    }
    return true
  }

  /// Names for completion.
  func attributeNames() -> [String] {
    [
      "add", "build", "built", "compile", "count_params", "evaluate", "fit", "get_config", "get_layer", "get_weights",
      "history", "input_shape", "inputs", "layers", "loss", "metrics_names", "name", "optimizer", "output_shape",
      "outputs", "pop", "predict", "save", "set_weights", "stop_training", "summary", "to_json", "trainable",
      "trainable_weights", "weights",
    ]
  }

  /// `model(x)`: the outputs for `x` as a float32 array.
  func call(_ arguments: Arguments, _ evaluator: Evaluator) throws -> Value? {
    let bound = try arguments.bind(model.name, ["inputs", "training="])
    let x = try KerasConvert.tensor(bound.values["inputs"] ?? .none, evaluator)
    return KerasConvert.array(try KerasConvert.guarded { try model.predict(x) })
  }
}
