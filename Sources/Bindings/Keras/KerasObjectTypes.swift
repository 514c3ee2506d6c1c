import Interpreter
import NeuralNet
import Tensor

/// The classes of `keras.initializers`, `keras.regularizers`, `keras.losses` and
/// `keras.metrics`, and the modules that hold them.
enum KerasObjectTypes {
  /// Makes a class whose constructor binds `parameters` and builds an object.
  static func makeType(
    _ name: String, module: String, doc: String, parameters: [String],
    _ build: @escaping (PyType, BoundArguments, Evaluator) throws -> Value
  ) -> PyType {
    let type = PyType(name: name, module: module, bases: [.object], documentation: doc)
    type.constructor = { [unowned type] arguments, evaluator in
      try build(type, try arguments.bind(name, parameters), evaluator)
    }
    return type
  }

  // MARK: Initializers

  /// Initializer class name → the parameters it takes.
  static let initializerParameters: [String: [String]] = [
    "Zeros": [], "Ones": [], "Constant": ["value="],
    "RandomUniform": ["minval=", "maxval=", "seed="], "RandomNormal": ["mean=", "stddev=", "seed="],
    "TruncatedNormal": ["mean=", "stddev=", "seed="],
    "VarianceScaling": ["scale=", "mode=", "distribution=", "seed="],
    "GlorotUniform": ["seed="], "GlorotNormal": ["seed="], "HeUniform": ["seed="], "HeNormal": ["seed="],
    "LecunUniform": ["seed="], "LecunNormal": ["seed="], "Orthogonal": ["gain=", "seed="], "Identity": ["gain="],
  ]

  /// The initializer classes, by name.
  static let initializerTypes: [String: PyType] = {
    var table: [String: PyType] = [:]
    for (name, params) in initializerParameters {
      table[name] = makeType(
        name, module: "keras.initializers", doc: "The Keras \(name) initializer; call it with a shape to draw values.",
        parameters: params
      ) { type, bound, _ in
        let initializer = try makeInitializer(name, bound)
        let seed = try bound["seed"].map(NumpyConvert.int)
        return .object(KerasObject(type: type, payload: .initializer(initializer, seed: seed)) { arguments, evaluator in
          let call = try arguments.bind(name, ["shape", "dtype="])
          let shape = try KerasConvert.shape(call["shape"], evaluator) ?? []
          let random = try seed.map { s -> RandomState in
            let state = RandomState()
            try state.seed(s)
            return state
          } ?? KerasRegistry.state(for: evaluator).context.random
          let values = try KerasConvert.guarded { try initializer.make(shape, random: random) }
          return KerasConvert.array(try KerasConvert.guarded { try Tensor(values, shape: shape) })
        })
      }
    }
    return table
  }()

  /// The class of an initializer (`GlorotUniform`, ...).
  static func initializerType(_ className: String) -> PyType {
    initializerTypes[className] ?? PyType(name: className, module: "keras.initializers")
  }

  private static func makeInitializer(_ name: String, _ bound: BoundArguments) throws -> Initializer {
    func d(_ key: String, _ fallback: Double) throws -> Double { try KerasConvert.double(bound[key], default: fallback) }
    switch name {
    case "Constant": return .constant(try d("value", 0))
    case "RandomUniform": return .randomUniform(minval: try d("minval", -0.05), maxval: try d("maxval", 0.05))
    case "RandomNormal": return .randomNormal(mean: try d("mean", 0), stddev: try d("stddev", 0.05))
    case "TruncatedNormal": return .truncatedNormal(mean: try d("mean", 0), stddev: try d("stddev", 0.05))
    case "Orthogonal": return .orthogonal(gain: try d("gain", 1))
    case "Identity": return .identity(gain: try d("gain", 1))
    case "VarianceScaling":
      let modeName = try KerasConvert.string(bound["mode"], "mode") ?? "fan_in"
      let distName = try KerasConvert.string(bound["distribution"], "distribution") ?? "truncated_normal"
      guard let mode = Initializer.FanMode(rawValue: modeName) else {
        throw PyError.valueError("Invalid `mode` argument: \(modeName). Expected one of {'fan_in', 'fan_out', 'fan_avg'}")
      }
      guard let distribution = Initializer.Distribution(rawValue: distName) else {
        throw PyError.valueError("Invalid `distribution` argument: \(distName). Expected one of {'truncated_normal', 'untruncated_normal', 'uniform'}")
      }
      return .varianceScaling(scale: try d("scale", 1), mode: mode, distribution: distribution)
    default: return try KerasConvert.guarded { try Initializer.named(name) }
    }
  }

  /// `keras.initializers`: the classes, their snake_case aliases and `get`.
  static func makeInitializersModule() -> PyModule {
    let module = PyModule("keras.initializers", doc: "Weight initializers: GlorotUniform, HeNormal, Zeros, ...")
    for (name, type) in initializerTypes {
      module.members[name] = .object(type)
      module.members[NameScope.snakeCase(name)] = .object(type)
    }
    module.define("get", signature: "(identifier)", doc: "The initializer for a name.") { arguments, evaluator in
      let bound = try arguments.bind("get", ["identifier"])
      let initializer = try KerasIdentifiers.initializer(bound["identifier"], default: .glorotUniform)
      return .object(KerasObject(type: initializerType(initializer.className), payload: .initializer(initializer, seed: nil)))
    }
    return module
  }

  // MARK: Regularizers

  /// `keras.regularizers`: `L1`, `L2`, `L1L2` and the aliases `l1`, `l2`, `l1_l2`.
  static func makeRegularizersModule() -> PyModule {
    let module = PyModule("keras.regularizers", doc: "Weight penalties added to the loss: L1, L2, L1L2.")
    let specs: [(String, [String], Double, Double)] = [("L1", ["l1="], 0.01, 0), ("L2", ["l2="], 0, 0.01), ("L1L2", ["l1=", "l2="], 0, 0)]
    for (name, params, l1Default, l2Default) in specs {
      let type = makeType(name, module: "keras.regularizers", doc: "The Keras \(name) weight penalty.", parameters: params) { type, bound, _ in
        let regularizer = Regularizer(
          l1: try KerasConvert.double(bound["l1"], default: l1Default), l2: try KerasConvert.double(bound["l2"], default: l2Default))
        return .object(KerasObject(type: type, payload: .regularizer(regularizer)) { arguments, evaluator in
          let x = try KerasConvert.tensor(try arguments.bind(name, ["x"]).values["x"] ?? .none, evaluator)
          return .float(regularizer.penalty(x.floats))
        })
      }
      module.members[name] = .object(type)
    }
    module.members["l1"] = module.members["L1"]
    module.members["l2"] = module.members["L2"]
    module.members["l1_l2"] = module.members["L1L2"]
    module.members["l1l2"] = module.members["L1L2"]
    return module
  }

  // MARK: Metrics

  /// `keras.metrics`: accuracy and error metric classes.
  static func makeMetricsModule() -> PyModule {
    let module = PyModule("keras.metrics", doc: "Metrics reported during training: accuracy, mse, mae, ...")
    let classes = ["BinaryAccuracy": "binary_accuracy", "CategoricalAccuracy": "categorical_accuracy",
                   "SparseCategoricalAccuracy": "sparse_categorical_accuracy", "MeanSquaredError": "mean_squared_error",
                   "MeanAbsoluteError": "mean_absolute_error", "TopKCategoricalAccuracy": "top_k_categorical_accuracy",
                   "SparseTopKCategoricalAccuracy": "sparse_top_k_categorical_accuracy"]
    for (className, metricName) in classes {
      module.members[className] = .object(makeType(
        className, module: "keras.metrics", doc: "The Keras \(className) metric.", parameters: ["name=", "dtype=", "threshold=", "k="]
      ) { type, bound, _ in
        let base = try KerasConvert.guarded { try Metric.named(metricName) }
        var kind = base.kind
        if let threshold = bound["threshold"] { kind = .binaryAccuracy(threshold: try NumpyConvert.double(threshold)) }
        if let k = bound["k"], case .topKCategoricalAccuracy = kind { kind = .topKCategoricalAccuracy(k: try NumpyConvert.int(k)) }
        let name = try KerasConvert.string(bound["name"], "name") ?? metricName
        return .object(KerasObject(type: type, payload: .metric(Metric(name: name, kind: kind))))
      })
    }
    addConfusionMetrics(to: module)
    return module
  }

  /// `AUC`, `Precision` and `Recall`: stateful metrics named `auc`, `precision`, `recall`
  /// (then `auc_1`, ... per session, as Keras's auto-naming).
  static func addConfusionMetrics(to module: PyModule) {
    let specs: [(String, String, [String])] = [
      ("AUC", "auc", ["num_thresholds=", "curve=", "summation_method=", "name=", "dtype="]),
      ("Precision", "precision", ["thresholds=", "top_k=", "class_id=", "name=", "dtype="]),
      ("Recall", "recall", ["thresholds=", "top_k=", "class_id=", "name=", "dtype="]),
    ]
    for (className, prefix, parameters) in specs {
      module.members[className] = .object(makeType(
        className, module: "keras.metrics", doc: "The Keras \(className) metric.", parameters: parameters
      ) { type, bound, evaluator in
        let kind = try confusionKind(className, bound)
        let name = try KerasConvert.string(bound["name"], "name")
          ?? KerasRegistry.state(for: evaluator).context.names.uniqueName(prefix)
        return .object(KerasObject(type: type, payload: .metric(Metric(name: name, kind: kind))))
      })
    }
  }

  /// The metric kind for `AUC`/`Precision`/`Recall` arguments (only Keras's defaults for
  /// curve and summation method, one threshold, no `top_k`/`class_id`).
  private static func confusionKind(_ className: String, _ bound: BoundArguments) throws -> Metric.Kind {
    func unsupported(_ argument: String) -> PyError {
      PyError.valueError("\(className)(\(argument)=...) is not supported here; only the default is available.")
    }
    if className == "AUC" {
      let count = try bound["num_thresholds"].map { try NumpyConvert.int($0) } ?? 200
      guard count > 1 else {
        throw PyError.valueError("Argument `num_thresholds` must be an integer > 1. Received: num_thresholds=\(count)")
      }
      // Each threshold keeps a float32 threshold and four float64 counts (36 bytes).
      guard count <= Tensor.maxBytes / 36 else {
        throw PyError(.memoryError, "Unable to allocate the \(count) thresholds of AUC(num_thresholds=\(count)): at most \(Tensor.maxBytes / 36) fit in memory.")
      }
      if let curve = try KerasConvert.string(bound["curve"], "curve"), curve.uppercased() != "ROC" { throw unsupported("curve") }
      if let method = try KerasConvert.string(bound["summation_method"], "summation_method"), method != "interpolation" {
        throw unsupported("summation_method")
      }
      return .auc(thresholds: count)
    }
    for argument in ["top_k", "class_id"] where bound[argument] != nil { throw unsupported(argument) }
    let threshold = try bound["thresholds"].map { try NumpyConvert.double($0) } ?? 0.5
    return className == "Precision" ? .precision(threshold: threshold) : .recall(threshold: threshold)
  }
}
