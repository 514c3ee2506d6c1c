import Foundation
import Interpreter
import NeuralNet
import Tensor

/// `compile`, `fit`, `evaluate`, `predict` and `summary` of a Sequential model.
extension KerasModel {
  /// The training methods as bound functions.
  func trainingAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    func method(_ signature: String, _ doc: String, _ body: @escaping (Arguments, Evaluator) throws -> Value) -> Value {
      .object(BuiltinFunction(name, signature: signature, doc: doc, keywords: KerasModel.keywords[name] ?? [], body))
    }
    switch name {
    case "compile":
      return method("(optimizer='rmsprop', loss=None, metrics=None)", "Sets the optimizer, loss and metrics.") { [self] a, e in try compile(a, e) }
    case "fit":
      return method("(x, y, batch_size=32, epochs=1, verbose='auto', callbacks=None, validation_split=0.0, validation_data=None, shuffle=True, class_weight=None, sample_weight=None, initial_epoch=0)",
                    "Trains the model; returns a History whose .history holds the per-epoch logs.") { [self] a, e in try fit(a, e) }
    case "evaluate":
      return method("(x, y, batch_size=32, verbose='auto', return_dict=False)", "The loss (and metrics) on x, y.") { [self] a, e in try evaluate(a, e) }
    case "predict":
      return method("(x, batch_size=32, verbose='auto')", "The model's outputs for x as a float32 array.") { [self] a, e in try predict(a, e) }
    case "summary":
      return method("(line_length=None, print_fn=None)", "Shows the layers, their output shapes and parameter counts.") { [self] a, e in try summary(a, e) }
    default: return try KerasModel.type.boundAttribute(name, of: .object(self), evaluator)
    }
  }

  /// Keyword names offered by completion inside each method's parentheses.
  static let keywords: [String: [String]] = [
    "compile": ["optimizer", "loss", "metrics"],
    "fit": ["x", "y", "batch_size", "epochs", "verbose", "callbacks", "validation_split", "validation_data", "shuffle",
            "class_weight", "sample_weight", "initial_epoch"],
    "evaluate": ["x", "y", "batch_size", "verbose", "sample_weight", "return_dict"],
    "predict": ["x", "batch_size", "verbose"],
  ]

  /// `verbose`: `"auto"` and `True` mean 1, `False` 0.
  static func verbosity(_ value: Value?) throws -> Int {
    guard let value, !value.isNone else { return 1 }
    switch value {
    case .str("auto"): return 1
    case .bool(let flag): return flag ? 1 : 0
    case .str(let other): throw PyError.valueError("Invalid value for `verbose`: '\(other)'")
    default: return try NumpyConvert.int(value)
    }
  }

  private func compile(_ arguments: Arguments, _ evaluator: Evaluator) throws -> Value {
    let bound = try arguments.bind("compile", [
      "optimizer=", "loss=", "loss_weights=", "metrics=", "weighted_metrics=", "run_eagerly=", "steps_per_execution=",
      "jit_compile=", "auto_scale_loss=",
    ])
    let optimizer = try KerasIdentifiers.optimizer(bound["optimizer"])
    let loss = try KerasIdentifiers.loss(bound["loss"])
    let metrics = try KerasIdentifiers.metrics(bound["metrics"], evaluator)
    let weightedMetrics = try KerasIdentifiers.metrics(bound["weighted_metrics"], evaluator)
    if let given = bound["optimizer"], given.as(KerasObject.self) != nil {
      optimizerValue = given
    } else {
      let type = KerasModule.optimizerClass(optimizer.className)
      optimizerValue = .object(KerasObject(type: type, payload: .optimizer(optimizer)))
    }
    lossValue = bound["loss"] ?? .none
    if let loss {
      try KerasConvert.guarded {
        try model.compile(optimizer: optimizer, loss: loss, metrics: metrics, weightedMetrics: weightedMetrics)
      }
    }
    compiled = true
    return .none
  }

  /// The engine's loss check: compiled, and with a loss.
  private func requireLoss() throws {
    guard compiled else { throw PyError.valueError("You must call `compile()` before using the model.") }
    guard model.loss != nil else { throw PyError.valueError("No loss to compute. Provide a `loss` argument in `compile()`.") }
  }

  private func fit(_ arguments: Arguments, _ evaluator: Evaluator) throws -> Value {
    let bound = try arguments.bind("fit", [
      "x=", "y=", "batch_size=", "epochs=", "verbose=", "callbacks=", "validation_split=", "validation_data=", "shuffle=",
      "class_weight=", "sample_weight=", "initial_epoch=", "steps_per_epoch=", "validation_steps=",
      "validation_batch_size=", "validation_freq=",
    ])
    try requireLoss()
    let x = try KerasConvert.tensor(bound["x"] ?? .none, evaluator)
    guard let yValue = bound["y"] else { throw PyError.valueError("Neurona's fit needs targets: fit(x, y, ...)") }
    let y = try KerasConvert.tensor(yValue, evaluator)
    var options = FitOptions()
    options.batchSize = try KerasConvert.batchSize(bound["batch_size"])
    options.epochs = try KerasConvert.int(bound["epochs"], default: 1)
    options.validationSplit = try KerasConvert.double(bound["validation_split"], default: 0)
    options.shuffle = try KerasConvert.bool(bound["shuffle"], default: true, evaluator)
    options.initialEpoch = try KerasConvert.int(bound["initial_epoch"], default: 0)
    if let data = bound["validation_data"] {
      let parts = try evaluator.collect(data)
      guard parts.count >= 2 else { throw PyError.valueError("validation_data must be a tuple (x_val, y_val)") }
      options.validationData = (try KerasConvert.tensor(parts[0], evaluator), try KerasConvert.tensor(parts[1], evaluator))
    }
    if let weights = bound["class_weight"], let dict = weights.as(PyDict.self) {
      var table: [Int: Double] = [:]
      for (key, value) in dict.entries { table[try NumpyConvert.int(key)] = try NumpyConvert.double(value) }
      options.classWeight = table
    }
    if let weights = bound["sample_weight"] { options.sampleWeight = try KerasConvert.tensor(weights, evaluator) }
    let verbose = try KerasModel.verbosity(bound["verbose"])
    let selfValue = Value.object(self)
    var earlyStops: [EarlyStopping] = []
    for item in try bound["callbacks"].map(evaluator.collect) ?? [] {
      let callback = try KerasCallbacks.engineCallback(item, model: selfValue, evaluator)
      if let early = callback as? EarlyStopping, KerasCallbacks.isVerbose(item, evaluator) { earlyStops.append(early) }
      options.callbacks.append(callback)
    }
    var progress: KerasProgress?
    if verbose > 0 {
      let created = KerasProgress(verbose: verbose, epochs: options.epochs, sink: evaluator.sink, state: state)
      progress = created
      options.callbacks.append(created)
    }
    // Called once per step. The evaluator runs this fit and outlives it, so the closure holds it
    // unretained and calls it without a retain: the evaluator has a side table (weak references
    // to it exist), where each retain and release took the slow path, 5% of a 1-3-1 fit.
    let unretained = Unmanaged.passUnretained(evaluator)
    options.shouldStop = { try unretained._withUnsafeGuaranteedRef { try $0.checkInterrupt() } }
    var failure: Error?
    do {
      try KerasConvert.guarded { _ = try model.fit(x: x, y: y, options: options) }
    } catch {
      failure = error
    }
    progress?.finish()
    if let history = model.history {
      historyValue = .object(KerasHistory(history, model: selfValue, verbose: verbose))
    }
    for early in earlyStops where early.stoppedEpoch > 0 {
      evaluator.sink.stream(.stdout, "Epoch \(early.stoppedEpoch + 1): early stopping\n")
    }
    if let failure { throw failure }
    return historyValue
  }

  private func evaluate(_ arguments: Arguments, _ evaluator: Evaluator) throws -> Value {
    let bound = try arguments.bind("evaluate", [
      "x=", "y=", "batch_size=", "verbose=", "sample_weight=", "steps=", "callbacks=", "return_dict=",
    ])
    try requireLoss()
    let x = try KerasConvert.tensor(bound["x"] ?? .none, evaluator)
    let y = try KerasConvert.tensor(bound["y"] ?? .none, evaluator)
    let batchSize = try KerasConvert.batchSize(bound["batch_size"])
    let start = Date()
    let weights = try bound["sample_weight"].map { try KerasConvert.tensor($0, evaluator) }
    let results = try KerasConvert.guarded {
      try model.evaluate(x: x, y: y, batchSize: batchSize, sampleWeight: weights)
    }
    if try KerasModel.verbosity(bound["verbose"]) > 0 {
      let steps = Sequential.stepCount(samples: x.shape.first ?? 0, batchSize: batchSize)
      var logs: [String: Double] = [:]
      for (name, value) in results { logs[name] = value }
      let line = KerasProgress.finalLine(steps: max(steps, 1), elapsed: Date().timeIntervalSince(start), logs: logs)
      evaluator.sink.stream(.stdout, line + "\n")
    }
    if try KerasConvert.bool(bound["return_dict"], default: false, evaluator) {
      var logs: [String: Double] = [:]
      for (name, value) in results { logs[name] = value }
      return KerasConvert.logs(logs)
    }
    if results.count == 1 { return .float(results[0].value) }
    return .object(PyList(results.map { .float($0.value) }))
  }

  private func predict(_ arguments: Arguments, _ evaluator: Evaluator) throws -> Value {
    let bound = try arguments.bind("predict", ["x", "batch_size=", "verbose=", "steps=", "callbacks="])
    let x = try KerasConvert.tensor(bound.values["x"] ?? .none, evaluator)
    let batchSize = try KerasConvert.batchSize(bound["batch_size"])
    let start = Date()
    let out = try KerasConvert.guarded { try model.predict(x, batchSize: batchSize) }
    if try KerasModel.verbosity(bound["verbose"]) > 0 {
      let samples = x.ndim == 0 ? 1 : x.shape[0]
      let steps = max(Sequential.stepCount(samples: samples, batchSize: batchSize), 1)
      let line = KerasProgress.finalLine(steps: steps, elapsed: Date().timeIntervalSince(start), logs: [:])
      evaluator.sink.stream(.stdout, line + "\n")
    }
    return KerasConvert.array(out)
  }
}
