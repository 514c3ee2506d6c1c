import Interpreter
import NeuralNet
import Tensor

/// `keras.models`, `keras.utils`, `keras.backend`, `tf.random` and the `tensorflow` module.
enum KerasUtilities {
  /// `keras.models`: `Sequential`, `Model`, `load_model`.
  static func makeModelsModule() -> PyModule {
    let module = PyModule("keras.models", doc: "Models: Sequential, and load_model for saved .keras files.")
    module.members["Sequential"] = .object(KerasModel.type)
    module.members["Model"] = .object(KerasModel.modelType)
    module.define(
      "load_model", signature: "(filepath, custom_objects=None, compile=True, safe_mode=True)",
      doc: "Loads a model saved with model.save('name.keras').", keywords: ["custom_objects", "compile", "safe_mode"]
    ) { arguments, evaluator in
      let bound = try arguments.bind("load_model", ["filepath", "custom_objects=", "compile=", "safe_mode="])
      guard let path = try KerasConvert.string(bound.values["filepath"], "filepath") else {
        throw PyError.valueError("load_model needs a file path")
      }
      let state = KerasRegistry.state(for: evaluator)
      let compile = try KerasConvert.bool(bound["compile"], default: true, evaluator)
      let model = try KerasConvert.guarded { try Sequential.load(from: path, compile: compile, context: state.context) }
      let wrapper = KerasModel(model, state: state)
      if let optimizer = model.optimizer {
        wrapper.optimizerValue = .object(KerasObject(type: KerasModule.optimizerClass(optimizer.className), payload: .optimizer(optimizer)))
      }
      if let loss = model.loss { wrapper.lossValue = .str(loss.name) }
      return .object(wrapper)
    }
    return module
  }

  /// Seeds Python's `random`, `np.random` and the engine (as `keras.utils.set_random_seed`).
  static func seedAll(_ seed: Int, _ evaluator: Evaluator) throws {
    for name in ["random", "numpy.random"] {
      if let module = try? evaluator.module(named: name), let function = module.members["seed"] {
        _ = try evaluator.call(function, Arguments([.int(seed)]))
      }
    }
    try KerasConvert.guarded { try KerasRegistry.state(for: evaluator).seed(seed) }
  }

  /// `keras.utils`: `to_categorical`, `set_random_seed`.
  static func makeUtilsModule() -> PyModule {
    let module = PyModule("keras.utils", doc: "Utilities: to_categorical, set_random_seed.")
    module.define("to_categorical", signature: "(x, num_classes=None)", doc: "One-hot encodes integer class labels.", keywords: ["num_classes"]) { arguments, evaluator in
      let bound = try arguments.bind("to_categorical", ["x", "num_classes="])
      let x = try KerasConvert.tensor(bound.values["x"] ?? .none, evaluator)
      // Keras casts with `np.array(x, dtype="int64")`: NaN and overflow become Int.min, and
      // `max + 1` wraps, so bad labels end in NumPy's IndexError or negative-dimension error.
      var labels = x.ints
      if x.ndim >= 2, x.shape.last == 1 { labels = Array(labels) }
      let classes = try bound["num_classes"].map(NumpyConvert.int) ?? ((labels.max() ?? -1) &+ 1)
      let count = try KerasConvert.guarded { try Tensor.checkedCount([labels.count, classes], dtype: .float64) }
      var values = [Double](repeating: 0, count: count)
      for (row, label) in labels.enumerated() {
        guard label >= 0 && label < classes else {
          throw PyError.indexError("index \(label) is out of bounds for axis 1 with size \(classes)")
        }
        values[row * classes + label] = 1
      }
      var shape = x.ndim >= 2 && x.shape.last == 1 ? Array(x.shape.dropLast()) : x.shape
      if shape.isEmpty { shape = [1] }
      return .object(NDArray(try KerasConvert.guarded { try Tensor(values, shape: shape + [classes]) }))
    }
    module.define("set_random_seed", signature: "(seed)", doc: "Seeds Python's random, NumPy and Keras at once.") { arguments, evaluator in
      let seed = try NumpyConvert.int(try arguments.bind("set_random_seed", ["seed"]).values["seed"] ?? .none)
      try seedAll(seed, evaluator)
      return .none
    }
    return module
  }

  /// `keras.backend`: `clear_session`, `epsilon`, `floatx`.
  static func makeBackendModule() -> PyModule {
    let module = PyModule("keras.backend", doc: "Backend helpers: clear_session, epsilon, floatx.")
    module.define("clear_session", signature: "()", doc: "Resets layer and model names (dense, dense_1, ...).") { _, evaluator in
      KerasRegistry.state(for: evaluator).clearSession()
      return .none
    }
    module.define("epsilon", signature: "()", doc: "The fuzz factor, 1e-07.") { _, _ in .float(1e-7) }
    module.define("floatx", signature: "()", doc: "The float type, 'float32'.") { _, _ in .str("float32") }
    module.define("backend", signature: "()", doc: "The backend name.") { _, _ in .str("neurona") }
    return module
  }

  /// `tf.random`: `set_seed`.
  static func makeRandomModule() -> PyModule {
    let module = PyModule("tensorflow.random", doc: "Random seeds for TensorFlow operations.")
    module.define("set_seed", signature: "(seed)", doc: "Seeds the generator used for weights, dropout and shuffling.") { arguments, evaluator in
      let seed = try NumpyConvert.int(try arguments.bind("set_seed", ["seed"]).values["seed"] ?? .none)
      try KerasConvert.guarded { try KerasRegistry.state(for: evaluator).seed(seed) }
      return .none
    }
    return module
  }

  /// `tensorflow`: `keras`, `nn`, `random`, `constant`, `convert_to_tensor`, `__version__`.
  static func makeTensorFlowModule(keras: PyModule, nn: PyModule, random: PyModule?) -> PyModule {
    let module = PyModule("tensorflow", doc: "TensorFlow for Neurona: tf.keras, tf.nn activations, tf.random.set_seed.")
    module.members["keras"] = .object(keras)
    module.members["nn"] = .object(nn)
    module.members["random"] = random.map { .object($0) }
    module.members["__version__"] = .str(KerasModule.tensorflowVersion)
    for name in ["constant", "convert_to_tensor"] {
      module.define(name, signature: "(value, dtype=None)", doc: "The value as a NumPy array (float32 for floats).") { arguments, evaluator in
        let bound = try arguments.bind(name, ["value", "dtype=", "shape=", "name="])
        var tensor = try KerasConvert.tensor(bound.values["value"] ?? .none, evaluator)
        if tensor.dtype == .float64 { tensor = tensor.astype(.float32) }
        return .object(NDArray(tensor))
      }
    }
    return module
  }
}
