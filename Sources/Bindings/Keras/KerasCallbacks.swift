import Interpreter
import NeuralNet

/// `keras.callbacks`: `Callback` (for cell subclasses), `EarlyStopping`, `ModelCheckpoint`,
/// `LambdaCallback` and `History`, and their conversion to engine callbacks.
enum KerasCallbacks {
  /// `keras.callbacks.Callback`: subclass it and define `on_epoch_end(self, epoch, logs=None)`, ...
  static let base: PyType = {
    let type = PyType(
      name: "Callback", module: "keras.callbacks", bases: [.object],
      documentation: """
        Base class of callbacks. Subclass it in a cell and define any of on_train_begin(self, logs=None),
        on_train_end, on_epoch_begin(self, epoch, logs=None), on_epoch_end, on_train_batch_begin(self, batch,
        logs=None), on_train_batch_end. During fit, self.model is the model being trained.
        """)
    var attributes: [String: Value] = [
      "__init__": .object(BuiltinFunction("__init__", signature: "(self)", doc: "Creates the callback.") { _, _ in .none }),
      "set_model": .object(BuiltinFunction("set_model", signature: "(self, model)", doc: "Sets self.model.") { arguments, evaluator in
        let bound = try arguments.bind("set_model", ["self", "model"])
        try evaluator.setAttribute(bound.values["self"] ?? .none, "model", bound.values["model"] ?? .none)
        return .none
      }),
    ]
    for hook in PythonCallback.hookNames {
      let params = hook.hasSuffix("train_begin") || hook.hasSuffix("train_end") ? "(self, logs=None)" : "(self, index, logs=None)"
      attributes[hook] = .object(BuiltinFunction(hook, signature: params, doc: "Called by fit; does nothing unless overridden.") { _, _ in .none })
    }
    type.attributes = attributes
    type.constructor = { [unowned type] _, _ in .object(PyInstance(type: type)) }
    return type
  }()

  /// Whether a callback object was created with `verbose` > 0.
  static func isVerbose(_ value: Value, _ evaluator: Evaluator) -> Bool {
    guard let flag = value.as(KerasObject.self)?.attributes["verbose"] else { return false }
    return (try? evaluator.truthy(flag)) ?? false
  }

  /// The engine callback for a `callbacks=` item, setting `self.model` on cell callbacks.
  static func engineCallback(_ value: Value, model: Value, _ evaluator: Evaluator) throws -> Callback {
    if let object = value.as(KerasObject.self), case .callback(let callback) = object.payload {
      object.attributes["model"] = model
      return callback
    }
    if let instance = value.as(PyInstance.self), instance.type.isSubtype(of: base) {
      instance.attributes["model"] = model
      var hooks: [String: Value] = [:]
      let own = instance.type.resolutionOrder.filter { $0 !== base }
      for hook in PythonCallback.hookNames where own.contains(where: { $0.attributes[hook] != nil }) {
        hooks[hook] = try evaluator.getAttribute(value, hook)
      }
      return PythonCallback(hooks: hooks, evaluator: evaluator)
    }
    throw PyError.typeError("Expected a keras.callbacks.Callback instance in `callbacks`, got \(Evaluator.reprOf(value)) (of type \(value.typeName))")
  }

  /// Builds the module.
  static func makeModule() -> PyModule {
    let module = PyModule("keras.callbacks", doc: "Callbacks run during fit: EarlyStopping, ModelCheckpoint, LambdaCallback, Callback.")
    module.members["Callback"] = .object(base)
    module.members["History"] = .object(KerasHistory.type)
    let early = ["monitor=", "min_delta=", "patience=", "verbose=", "mode=", "baseline=", "restore_best_weights=", "start_from_epoch="]
    module.members["EarlyStopping"] = .object(callbackType(
      "EarlyStopping", early, "EarlyStopping(monitor='val_loss', min_delta=0, patience=0, verbose=0, mode='auto', baseline=None, restore_best_weights=False, start_from_epoch=0)."
    ) { bound, evaluator in
      let modeName = try KerasConvert.string(bound["mode"], "mode") ?? "auto"
      guard let mode = EarlyStopping.Mode(rawValue: modeName) else {
        throw PyError.valueError("EarlyStopping mode \(modeName) is unknown; use 'auto', 'min' or 'max'.")
      }
      return EarlyStopping(
        monitor: try KerasConvert.string(bound["monitor"], "monitor") ?? "val_loss",
        minDelta: try KerasConvert.double(bound["min_delta"], default: 0), patience: try KerasConvert.int(bound["patience"], default: 0),
        mode: mode, baseline: try KerasConvert.optionalDouble(bound["baseline"]),
        restoreBestWeights: try KerasConvert.bool(bound["restore_best_weights"], default: false, evaluator),
        startFromEpoch: try KerasConvert.int(bound["start_from_epoch"], default: 0))
    })
    let checkpoint = ["filepath", "monitor=", "verbose=", "save_best_only=", "save_weights_only=", "mode=", "save_freq=", "initial_value_threshold="]
    module.members["ModelCheckpoint"] = .object(callbackType(
      "ModelCheckpoint", checkpoint, "ModelCheckpoint(filepath, monitor='val_loss', save_best_only=False): saves the model after epochs."
    ) { bound, evaluator in
      guard let path = try KerasConvert.string(bound.values["filepath"], "filepath") else {
        throw PyError.valueError("ModelCheckpoint needs a filepath")
      }
      let mode = try KerasConvert.string(bound["mode"], "mode") ?? "auto"
      return ModelCheckpoint(
        filepath: path, monitor: try KerasConvert.string(bound["monitor"], "monitor") ?? "val_loss",
        saveBestOnly: try KerasConvert.bool(bound["save_best_only"], default: false, evaluator),
        higherIsBetter: mode == "auto" ? nil : mode == "max")
    })
    let lambdaHooks = ["on_epoch_begin", "on_epoch_end", "on_train_begin", "on_train_end", "on_train_batch_begin", "on_train_batch_end", "on_batch_begin", "on_batch_end"]
    module.members["LambdaCallback"] = .object(callbackType(
      "LambdaCallback", lambdaHooks.map { $0 + "=" },
      "LambdaCallback(on_epoch_end=lambda epoch, logs: ..., ...): a callback from plain functions."
    ) { bound, evaluator in
      var hooks: [String: Value] = [:]
      for hook in lambdaHooks { if let f = bound[hook] { hooks[hook] = f } }
      return PythonCallback(hooks: hooks, evaluator: evaluator)
    })
    return module
  }

  /// A callback class whose constructor builds an engine callback.
  private static func callbackType(
    _ name: String, _ parameters: [String], _ doc: String,
    _ build: @escaping (BoundArguments, Evaluator) throws -> Callback
  ) -> PyType {
    let type = PyType(name: name, module: "keras.callbacks", bases: [base], documentation: doc)
    type.constructor = { [unowned type] arguments, evaluator in
      let bound = try arguments.bind(name, parameters)
      let callback = try build(bound, evaluator)
      var attributes: [String: Value] = [:]
      for (key, value) in bound.values { attributes[key] = value }
      return .object(KerasObject(type: type, payload: .callback(callback), attributes: attributes))
    }
    return type
  }
}
