/// Creates optimizers from Keras identifiers and saved configs.
public enum OptimizerFactory {
  /// The lower-case names Keras accepts.
  public static let knownNames = ["sgd", "adam", "adamw", "rmsprop", "adagrad", "adadelta", "adamax", "nadam"]

  /// An optimizer with default arguments from a case-insensitive name (`"Adam"`, `"sgd"`).
  public static func named(_ name: String) throws -> Optimizer {
    try make(name, config: [:])
  }

  /// An optimizer from a name and Keras config entries (`learning_rate`, `momentum`, ...).
  public static func make(_ name: String, config: [String: ConfigValue]) throws -> Optimizer {
    func n(_ key: String, _ fallback: Double) -> Double { config[key]?.number ?? fallback }
    func opt(_ key: String) -> Double? { config[key]?.number }
    func flag(_ key: String) -> Bool { config[key]?.bool ?? false }
    let lr = opt("learning_rate")
    let clipnorm = opt("clipnorm")
    let clipvalue = opt("clipvalue")
    let global = opt("global_clipnorm")
    let optimizer: Optimizer
    switch name.lowercased() {
    case "sgd":
      optimizer = try SGD(learningRate: lr ?? 0.01, momentum: n("momentum", 0), nesterov: flag("nesterov"))
    case "adam":
      optimizer = Adam(learningRate: lr ?? 0.001, beta1: n("beta_1", 0.9), beta2: n("beta_2", 0.999),
                       epsilon: n("epsilon", 1e-7), amsgrad: flag("amsgrad"))
    case "adamw":
      optimizer = AdamW(learningRate: lr ?? 0.001, weightDecay: n("weight_decay", 0.004), beta1: n("beta_1", 0.9),
                        beta2: n("beta_2", 0.999), epsilon: n("epsilon", 1e-7), amsgrad: flag("amsgrad"))
    case "rmsprop":
      optimizer = RMSprop(learningRate: lr ?? 0.001, rho: n("rho", 0.9), momentum: n("momentum", 0),
                          epsilon: n("epsilon", 1e-7), centered: flag("centered"))
    case "adagrad":
      optimizer = Adagrad(learningRate: lr ?? 0.001, initialAccumulatorValue: n("initial_accumulator_value", 0.1),
                          epsilon: n("epsilon", 1e-7))
    case "adadelta":
      optimizer = Adadelta(learningRate: lr ?? 0.001, rho: n("rho", 0.95), epsilon: n("epsilon", 1e-7))
    case "adamax":
      optimizer = Adamax(learningRate: lr ?? 0.001, beta1: n("beta_1", 0.9), beta2: n("beta_2", 0.999),
                         epsilon: n("epsilon", 1e-7))
    case "nadam":
      optimizer = Nadam(learningRate: lr ?? 0.001, beta1: n("beta_1", 0.9), beta2: n("beta_2", 0.999),
                        epsilon: n("epsilon", 1e-7))
    default:
      throw NeuralNetError.unknownIdentifier(
        kind: "optimizer", name: name, suggestion: Suggestion.closest(to: name, in: knownNames))
    }
    optimizer.clipnorm = clipnorm
    optimizer.clipvalue = clipvalue
    optimizer.globalClipnorm = global
    if name.lowercased() != "adamw", let wd = opt("weight_decay") { optimizer.weightDecay = wd }
    if let schedule = config["learning_rate"]?.object, schedule["class_name"]?.string == "ExponentialDecay",
      let args = schedule["config"]?.object {
      optimizer.schedule = ExponentialDecay(
        initialLearningRate: args["initial_learning_rate"]?.number ?? 0.01,
        decaySteps: args["decay_steps"]?.integer ?? 1, decayRate: args["decay_rate"]?.number ?? 1,
        staircase: args["staircase"]?.bool ?? false)
    }
    return optimizer
  }
}
