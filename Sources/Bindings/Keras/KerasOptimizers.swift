import Interpreter
import NeuralNet
import Tensor

/// `keras.optimizers` (with `.schedules`) and `keras.losses`.
///
/// Optimizers take Keras 3's keyword names. Keras 2's `lr=` is rejected as Keras 3 does
/// (`ValueError: Argument(s) not recognized: {'lr': 0.1}`), with a hint to use `learning_rate=`.
enum KerasOptimizers {
  /// Keywords every optimizer accepts.
  static let common = [
    "learning_rate", "weight_decay", "clipnorm", "clipvalue", "global_clipnorm", "use_ema", "ema_momentum",
    "ema_overwrite_frequency", "loss_scale_factor", "gradient_accumulation_steps", "name",
  ]

  /// Class name → its own keywords, in signature order after `learning_rate`.
  static let specific: [(String, [String])] = [
    ("SGD", ["momentum", "nesterov"]), ("Adam", ["beta_1", "beta_2", "epsilon", "amsgrad"]),
    ("AdamW", ["beta_1", "beta_2", "epsilon", "amsgrad"]), ("RMSprop", ["rho", "momentum", "epsilon", "centered"]),
    ("Adagrad", ["initial_accumulator_value", "epsilon"]), ("Adadelta", ["rho", "epsilon"]),
    ("Adamax", ["beta_1", "beta_2", "epsilon"]), ("Nadam", ["beta_1", "beta_2", "epsilon"]),
  ]

  /// A number, flag or schedule argument as a config entry.
  static func configValue(_ value: Value) throws -> ConfigValue {
    switch value {
    case .none: return .null
    case .bool(let flag): return .bool(flag)
    case .int(let n): return .double(Double(n))
    case .float(let x): return .double(x)
    case .str(let text): return .string(text)
    default:
      if let object = value.as(KerasObject.self), case .schedule(let schedule) = object.payload { return schedule.config }
      if let number = value.object?.numericValue() { return try configValue(number) }
      throw PyError.typeError("unsupported optimizer argument of type '\(value.typeName)'")
    }
  }

  /// An optimizer class.
  static func optimizerType(_ name: String, _ own: [String]) -> PyType {
    let type = PyType(name: name, module: "keras.optimizers", bases: [.object],
                      documentation: "The Keras \(name) optimizer (learning_rate, \(own.joined(separator: ", ")), ...).")
    type.constructor = { [unowned type] arguments, _ in
      let allowed = ["learning_rate"] + own + common.dropFirst()
      guard arguments.positional.count <= allowed.count else {
        throw PyError.typeError("\(name)() takes at most \(allowed.count) positional arguments")
      }
      var config: [String: ConfigValue] = [:]
      for (key, value) in zip(allowed, arguments.positional) { config[key] = try configValue(value) }
      var unknown: [(String, Value)] = []
      for (key, value) in arguments.keywords {
        if allowed.contains(key) { config[key] = try configValue(value) } else { unknown.append((key, value)) }
      }
      if !unknown.isEmpty {
        let text = unknown.map { "'\($0.0)': \(Evaluator.reprOf($0.1))" }.joined(separator: ", ")
        let hint = unknown.contains { $0.0 == "lr" } ? " (Keras 3 calls it `learning_rate`)" : ""
        throw PyError.valueError("Argument(s) not recognized: {\(text)}\(hint)")
      }
      let optimizer = try KerasConvert.guarded { try OptimizerFactory.make(name, config: config) }
      return .object(KerasObject(type: type, payload: .optimizer(optimizer)))
    }
    return type
  }

  /// `keras.optimizers` with `schedules` and `get`.
  static func makeModule(schedules: PyModule) -> PyModule {
    let module = PyModule("keras.optimizers", doc: "Optimizers: SGD, Adam, RMSprop, Adagrad, Adadelta, Adamax, Nadam, AdamW.")
    for (name, own) in specific { module.members[name] = .object(optimizerType(name, own)) }
    module.members["schedules"] = .object(schedules)
    module.define("get", signature: "(identifier)", doc: "The optimizer for a name.") { arguments, _ in
      let bound = try arguments.bind("get", ["identifier"])
      let optimizer = try KerasIdentifiers.optimizer(bound["identifier"])
      let type = module.members[optimizer.className]?.as(PyType.self) ?? PyType(name: optimizer.className, module: "keras.optimizers")
      return .object(KerasObject(type: type, payload: .optimizer(optimizer)))
    }
    return module
  }

  /// `keras.optimizers.schedules` with `ExponentialDecay`.
  static func makeSchedulesModule() -> PyModule {
    let module = PyModule("keras.optimizers.schedules", doc: "Learning-rate schedules.")
    let params = ["initial_learning_rate", "decay_steps", "decay_rate", "staircase=", "name="]
    module.members["ExponentialDecay"] = .object(KerasObjectTypes.makeType(
      "ExponentialDecay", module: "keras.optimizers.schedules",
      doc: "initial_learning_rate · decay_rate ^ (step / decay_steps), per optimizer step.", parameters: params
    ) { type, bound, evaluator in
      let steps = try NumpyConvert.int(bound.values["decay_steps"] ?? .none)
      guard steps > 0 else { throw PyError.valueError("Argument `decay_steps` must be > 0. Received: decay_steps=\(steps)") }
      let schedule = ExponentialDecay(
        initialLearningRate: try NumpyConvert.double(bound.values["initial_learning_rate"] ?? .none),
        decaySteps: steps, decayRate: try NumpyConvert.double(bound.values["decay_rate"] ?? .none),
        staircase: try KerasConvert.bool(bound["staircase"], default: false, evaluator))
      return .object(KerasObject(type: type, payload: .schedule(schedule)) { arguments, _ in
        let step = try NumpyConvert.int(try arguments.bind("ExponentialDecay", ["step"]).values["step"] ?? .none)
        return .float(Double(Float(schedule.value(step: step))))
      })
    })
    return module
  }

  // MARK: Losses

  /// Loss function names (functions of `y_true, y_pred`).
  static let lossFunctionNames = [
    "mean_squared_error", "mean_absolute_error", "mean_absolute_percentage_error", "mean_squared_logarithmic_error",
    "binary_crossentropy", "categorical_crossentropy", "sparse_categorical_crossentropy", "hinge", "squared_hinge",
    "categorical_hinge", "huber", "log_cosh", "kl_divergence", "poisson", "mse", "mae", "mape", "msle", "kld",
  ]

  /// Loss class name → its keyword parameters.
  static let lossClasses: [(String, [String])] = [
    ("MeanSquaredError", []), ("MeanAbsoluteError", []), ("MeanAbsolutePercentageError", []),
    ("MeanSquaredLogarithmicError", []), ("BinaryCrossentropy", ["from_logits=", "label_smoothing="]),
    ("CategoricalCrossentropy", ["from_logits=", "label_smoothing="]), ("SparseCategoricalCrossentropy", ["from_logits="]),
    ("Hinge", []), ("SquaredHinge", []), ("CategoricalHinge", []), ("Huber", ["delta="]), ("LogCosh", []),
    ("KLDivergence", []), ("Poisson", []),
  ]

  /// Per-sample losses of `y_true`, `y_pred`.
  static func perSample(_ loss: LossFunction, _ yTrue: Value, _ yPred: Value, _ evaluator: Evaluator) throws -> [Double] {
    let t = try KerasConvert.tensor(yTrue, evaluator)
    let p = try KerasConvert.tensor(yPred, evaluator)
    func batch(_ x: Tensor) -> Batch { Batch(values: x.floats, shape: x.ndim <= 1 ? [max(x.size, 1), 1] : x.shape) }
    let pb = batch(p)
    var tb = batch(t)
    if t.ndim <= 1 && p.ndim <= 1 && t.size == p.size { tb = Batch(values: t.floats, shape: pb.shape) }
    return try KerasConvert.guarded { try loss.compute(predictions: pb, targets: tb).perSample }
  }

  /// `keras.losses`: loss functions (per-sample arrays) and classes (mean scalars).
  static func makeLossesModule() -> PyModule {
    let module = PyModule("keras.losses", doc: "Loss functions and classes: mean_squared_error, BinaryCrossentropy, ...")
    for name in lossFunctionNames {
      module.define(name, signature: "(y_true, y_pred)", doc: "The per-sample \(name) loss.") { arguments, evaluator in
        let bound = try arguments.bind(name, ["y_true", "y_pred"])
        let loss = try KerasConvert.guarded { try LossFunction.named(name) }
        let values = try perSample(loss, bound.values["y_true"] ?? .none, bound.values["y_pred"] ?? .none, evaluator)
        return KerasConvert.array(try KerasConvert.guarded { try Tensor(values.map { Float($0) }, shape: [values.count]) })
      }
    }
    for (name, params) in lossClasses {
      module.members[name] = .object(KerasObjectTypes.makeType(
        name, module: "keras.losses", doc: "The Keras \(name) loss; call it with (y_true, y_pred) for the mean.",
        parameters: params + ["reduction=", "name="]
      ) { type, bound, evaluator in
        var loss = try KerasConvert.guarded { try LossFunction.named(name) }
        let logits = try KerasConvert.bool(bound["from_logits"], default: false, evaluator)
        let smoothing = try KerasConvert.double(bound["label_smoothing"], default: 0)
        switch loss {
        case .binaryCrossentropy: loss = .binaryCrossentropy(fromLogits: logits, labelSmoothing: smoothing)
        case .categoricalCrossentropy: loss = .categoricalCrossentropy(fromLogits: logits, labelSmoothing: smoothing)
        case .sparseCategoricalCrossentropy: loss = .sparseCategoricalCrossentropy(fromLogits: logits)
        case .huber: loss = .huber(delta: try KerasConvert.double(bound["delta"], default: 1))
        default: break
        }
        let fixed = loss
        return .object(KerasObject(type: type, payload: .loss(fixed)) { arguments, evaluator in
          let call = try arguments.bind(name, ["y_true", "y_pred"])
          let values = try perSample(fixed, call.values["y_true"] ?? .none, call.values["y_pred"] ?? .none, evaluator)
          return .float(Double(Float(values.reduce(0, +) / Double(max(values.count, 1)))))
        })
      })
    }
    module.define("get", signature: "(identifier)", doc: "The loss function for a name.") { arguments, _ in
      let bound = try arguments.bind("get", ["identifier"])
      let loss = try KerasIdentifiers.loss(bound["identifier"])
      return module.members[loss?.name ?? ""] ?? .none
    }
    return module
  }
}
