import Interpreter
import NeuralNet
import Tensor

/// Installs `keras`, `tensorflow` (`tf.keras`, `tf.nn`, `tf.random`) and their submodules.
///
/// Each session gets its own module objects; `keras.layers` and `tensorflow.keras.layers`
/// are the same module. Seeding `np.random`, `random`, `tf.random` or `keras.utils` also
/// seeds the session's engine generator, so reruns give identical weights.
public enum KerasModule {
  /// Keras's version string.
  static let kerasVersion = "3.15.1-neurona"
  /// TensorFlow's version string.
  static let tensorflowVersion = "2.16.0-neurona"

  /// The submodules of `keras` (and of `tensorflow.keras`).
  static let submoduleNames = [
    "models", "layers", "activations", "initializers", "regularizers", "losses", "optimizers", "metrics",
    "callbacks", "utils", "backend",
  ]

  /// Registers the modules in `session`, with completions for `activation="`, `loss="`, ...
  public static func install(into session: Session) {
    let evaluator = session.evaluator
    var cached: [String: PyModule]?
    let build = { [weak evaluator] () -> [String: PyModule] in
      if let cached { return cached }
      let built = makeModules(evaluator: evaluator)
      cached = built
      return built
    }
    for name in submoduleNames + ["optimizers.schedules"] {
      session.registerModule("keras.\(name)") { build()["keras.\(name)"] ?? PyModule(name) }
      session.registerModule("tensorflow.keras.\(name)") { build()["keras.\(name)"] ?? PyModule(name) }
    }
    session.registerModule("keras") { build()["keras"] ?? PyModule("keras") }
    session.registerModule("tensorflow.keras") { build()["keras"] ?? PyModule("keras") }
    session.registerModule("tensorflow") { build()["tensorflow"] ?? PyModule("tensorflow") }
    session.registerModule("tensorflow.nn") { build()["tensorflow.nn"] ?? PyModule("tensorflow.nn") }
    session.registerModule("tensorflow.random") { build()["tensorflow.random"] ?? PyModule("tensorflow.random") }
    KerasSeeding.install(evaluator)
    registerCompletions(evaluator)
  }

  /// Option strings for completion after `keyword="`.
  static func registerCompletions(_ evaluator: Evaluator) {
    evaluator.stringOptions["activation"] = ActivationFunction.knownNames
    evaluator.stringOptions["loss"] = KerasOptimizers.lossFunctionNames
    evaluator.stringOptions["optimizer"] = OptimizerFactory.knownNames
    let initializers = KerasObjectTypes.initializerParameters.keys.map(NameScope.snakeCase).sorted()
    evaluator.stringOptions["kernel_initializer"] = initializers
    evaluator.stringOptions["bias_initializer"] = initializers
    evaluator.stringOptions["metrics"] = ["accuracy", "acc", "binary_accuracy", "categorical_accuracy",
                                          "sparse_categorical_accuracy", "mse", "mae", "auc", "precision", "recall"]
    evaluator.stringOptions["monitor"] = ["val_loss", "loss", "val_accuracy", "accuracy"]
  }

  /// The optimizer class named `className` (for objects made from strings).
  static func optimizerClass(_ className: String) -> PyType {
    optimizerTypes[className] ?? PyType(name: className, module: "keras.optimizers")
  }

  /// One shared set of optimizer classes.
  static let optimizerTypes: [String: PyType] = {
    var table: [String: PyType] = [:]
    for (name, own) in KerasOptimizers.specific { table[name] = KerasOptimizers.optimizerType(name, own) }
    return table
  }()

  /// Builds every module of one session, by dotted name.
  static func makeModules(evaluator: Evaluator?) -> [String: PyModule] {
    var modules: [String: PyModule] = [:]
    let schedules = KerasOptimizers.makeSchedulesModule()
    let optimizers = KerasOptimizers.makeModule(schedules: schedules)
    for (name, type) in optimizerTypes { optimizers.members[name] = .object(type) }
    modules["keras.optimizers.schedules"] = schedules
    modules["keras.optimizers"] = optimizers
    modules["keras.layers"] = KerasLayerTypes.makeModule()
    modules["keras.activations"] = KerasActivations.makeModule()
    modules["keras.initializers"] = KerasObjectTypes.makeInitializersModule()
    modules["keras.regularizers"] = KerasObjectTypes.makeRegularizersModule()
    modules["keras.losses"] = KerasOptimizers.makeLossesModule()
    modules["keras.metrics"] = KerasObjectTypes.makeMetricsModule()
    modules["keras.callbacks"] = KerasCallbacks.makeModule()
    modules["keras.models"] = KerasUtilities.makeModelsModule()
    modules["keras.utils"] = KerasUtilities.makeUtilsModule()
    modules["keras.backend"] = KerasUtilities.makeBackendModule()
    let keras = PyModule("keras", doc: "Keras for Neurona: Sequential models of Dense layers, trained with fit().")
    for name in submoduleNames { keras.members[name] = modules["keras.\(name)"].map { .object($0) } }
    keras.members["Sequential"] = .object(KerasModel.type)
    keras.members["Model"] = .object(KerasModel.modelType)
    keras.members["Input"] = modules["keras.layers"]?.members["Input"]
    keras.members["__version__"] = .str(kerasVersion)
    keras.members["version"] = .object(BuiltinFunction("version", signature: "()", doc: "Keras's version.") { _, _ in .str(kerasVersion) })
    modules["keras"] = keras
    let nn = PyModule("tensorflow.nn", doc: "Activation functions on arrays: relu, sigmoid, tanh, softmax, ...")
    for (name, function) in KerasActivations.functions { nn.members[name] = .object(function) }
    modules["tensorflow.nn"] = nn
    modules["tensorflow.random"] = KerasUtilities.makeRandomModule()
    modules["tensorflow"] = KerasUtilities.makeTensorFlowModule(keras: keras, nn: nn, random: modules["tensorflow.random"])
    return modules
  }
}
