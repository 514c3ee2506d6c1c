import Interpreter
import NeuralNet
import Tensor

/// The classes of `keras.layers`: each builds an engine layer in the session's context.
enum KerasLayerTypes {
  /// `keras.layers.Layer`, the base of every layer class.
  static let base = PyType(name: "Layer", module: "keras.layers", bases: [.object], documentation: "The base class of all Keras layers.")

  /// Arguments every layer accepts.
  static let common = ["input_shape=", "input_dim=", "batch_input_shape=", "name=", "trainable=", "dtype="]

  /// Class name → (parameters, docstring).
  static let specs: [String: ([String], String)] = [
    "Dense": (["units", "activation=", "use_bias=", "kernel_initializer=", "bias_initializer=", "kernel_regularizer=",
               "bias_regularizer=", "activity_regularizer=", "kernel_constraint=", "bias_constraint="],
              "Dense(units, activation=None, use_bias=True, ...): output = activation(x · kernel + bias)."),
    "Flatten": (["data_format="], "Flatten(): reshapes each sample to one dimension."),
    "Dropout": (["rate", "noise_shape=", "seed="], "Dropout(rate): during training zeroes a fraction `rate` of the inputs and scales the rest by 1/(1-rate)."),
    "Activation": (["activation"], "Activation(activation): applies an activation function."),
    "ReLU": (["max_value=", "negative_slope=", "threshold="], "ReLU(max_value=None, negative_slope=0.0, threshold=0.0)."),
    "LeakyReLU": (["negative_slope=", "alpha="], "LeakyReLU(negative_slope=0.3): x if x >= 0 else negative_slope·x (Keras 2's alpha= is accepted)."),
    "ELU": (["alpha="], "ELU(alpha=1.0): x if x > 0 else alpha·(exp(x) - 1)."),
    "Softmax": (["axis="], "Softmax(axis=-1): normalized exponentials over the last axis."),
    "PReLU": (["alpha_initializer=", "alpha_regularizer=", "alpha_constraint=", "shared_axes="], "PReLU(): leaky ReLU whose slopes are learned."),
    "Lambda": (["function", "output_shape=", "mask=", "arguments="], "Lambda(function): wraps a Python function of arrays as a layer."),
    "Normalization": (["axis=", "mean=", "variance=", "invert="],
                      "Normalization(axis=-1, mean=None, variance=None): (x - mean) / sqrt(variance) per feature; learn them with adapt(data)."),
    "InputLayer": (["shape=", "batch_size=", "sparse=", "batch_shape=", "input_tensor=", "optional="], "InputLayer(shape): declares the per-sample input shape."),
  ]

  /// The layer classes, by name.
  static let types: [String: PyType] = {
    var table: [String: PyType] = [:]
    for (name, spec) in specs {
      let type = PyType(name: name, module: "keras.layers", bases: [base], documentation: spec.1)
      let parameters = spec.0 + common.filter { !spec.0.contains($0) }
      type.constructor = { arguments, evaluator in
        let bound = try arguments.bind(name, parameters)
        let state = KerasRegistry.state(for: evaluator)
        let layer = try KerasConvert.guarded { try make(name, bound, state: state, evaluator) }
        if let trainable = bound["trainable"] { layer.trainable = try evaluator.truthy(trainable) }
        let wrapper = KerasLayer(layer, state: state)
        state.register(wrapper)
        return .object(wrapper)
      }
      table[name] = type
    }
    return table
  }()

  /// The class of a layer (`Dense`, ...).
  static func type(for className: String) -> PyType { types[className] ?? base }

  /// Builds the engine layer of class `name`.
  static func make(_ name: String, _ bound: BoundArguments, state: KerasState, _ evaluator: Evaluator) throws -> Layer {
    let context = state.context
    let layerName = try KerasConvert.string(bound["name"], "name")
    var inputShape = try KerasConvert.shape(bound["input_shape"], evaluator)
    if inputShape == nil, let batchShape = try KerasConvert.shapeWithBatch(bound["batch_input_shape"], evaluator) {
      inputShape = batchShape
    }
    let inputDim = try bound["input_dim"].map(NumpyConvert.int)
    if inputShape == nil, let inputDim { inputShape = [inputDim] }
    func number(_ key: String, _ fallback: Double) throws -> Double { try KerasConvert.double(bound[key], default: fallback) }
    switch name {
    case "Dense":
      let units = try NumpyConvert.int(bound.values["units"] ?? .none)
      return try Dense(
        units: units, activation: try KerasIdentifiers.activation(bound["activation"], evaluator),
        useBias: try KerasConvert.bool(bound["use_bias"], default: true, evaluator),
        kernelInitializer: try KerasIdentifiers.initializer(bound["kernel_initializer"], default: .glorotUniform),
        biasInitializer: try KerasIdentifiers.initializer(bound["bias_initializer"], default: .zeros),
        kernelRegularizer: try KerasIdentifiers.regularizer(bound["kernel_regularizer"]),
        biasRegularizer: try KerasIdentifiers.regularizer(bound["bias_regularizer"]),
        activityRegularizer: try KerasIdentifiers.regularizer(bound["activity_regularizer"]),
        inputShape: inputShape, name: layerName, context: context)
    case "Flatten":
      return Flatten(inputShape: inputShape, name: layerName, context: context)
    case "Dropout":
      return try Dropout(
        rate: try NumpyConvert.double(bound.values["rate"] ?? .none), seed: try bound["seed"].map(NumpyConvert.int),
        inputShape: inputShape, name: layerName, context: context)
    case "Activation":
      return ActivationLayer(
        try KerasIdentifiers.activation(bound.values["activation"], evaluator), inputShape: inputShape, name: layerName,
        context: context)
    case "ReLU":
      return try ActivationLayer.reLU(
        maxValue: try KerasConvert.optionalDouble(bound["max_value"]), negativeSlope: try number("negative_slope", 0),
        threshold: try number("threshold", 0), inputShape: inputShape, name: layerName, context: context)
    case "LeakyReLU":
      let slope = try KerasConvert.double(bound["negative_slope"] ?? bound["alpha"], default: 0.3)
      return ActivationLayer.leakyReLU(negativeSlope: slope, inputShape: inputShape, name: layerName, context: context)
    case "ELU":
      return ActivationLayer.elu(alpha: try number("alpha", 1), inputShape: inputShape, name: layerName, context: context)
    case "Softmax":
      if let axis = bound["axis"], try NumpyConvert.int(axis) != -1 {
        throw PyError.valueError("Neurona's Softmax layer works on the last axis only (axis=-1)")
      }
      return ActivationLayer.softmax(inputShape: inputShape, name: layerName, context: context)
    case "PReLU":
      let shared = try bound["shared_axes"].map { try evaluator.collect($0).map(NumpyConvert.int) } ?? []
      return PReLU(
        alphaInitializer: try KerasIdentifiers.initializer(bound["alpha_initializer"], default: .zeros),
        alphaRegularizer: try KerasIdentifiers.regularizer(bound["alpha_regularizer"]), sharedAxes: shared,
        inputShape: inputShape, name: layerName, context: context)
    case "Normalization":
      return try makeNormalization(bound, inputShape: inputShape, name: layerName, context: context, evaluator)
    case "Lambda":
      return makeLambda(bound.values["function"] ?? .none, inputShape: inputShape, name: layerName, context: context, evaluator)
    default:
      var shape = try KerasConvert.shape(bound["shape"], evaluator) ?? inputShape
      if shape == nil { shape = try KerasConvert.shapeWithBatch(bound["batch_shape"], evaluator) }
      guard let shape else {
        throw PyError.valueError("You must pass a `shape` argument.")
      }
      return InputLayer(shape: shape, name: layerName, context: context)
    }
  }

  /// A Normalization layer over the last axis (`axis=-1`, `invert=False` only).
  static func makeNormalization(
    _ bound: BoundArguments, inputShape: [Int]?, name: String?, context: NeuralNetContext, _ evaluator: Evaluator
  ) throws -> Normalization {
    if let axis = bound["axis"] {
      let axes = axis.as(PyList.self) != nil || axis.as(PyTuple.self) != nil ? try evaluator.collect(axis) : [axis]
      guard try axes.map(NumpyConvert.int) == [-1] else {
        throw PyError.valueError("Neurona's Normalization layer works on the last axis only (axis=-1)")
      }
    }
    if let invert = bound["invert"], try evaluator.truthy(invert) {
      throw PyError.valueError("Neurona's Normalization layer does not support invert=True")
    }
    func values(_ key: String) throws -> [Double]? {
      try bound[key].map { try KerasConvert.tensor($0, evaluator).floats.map(Double.init) }
    }
    return try Normalization(
      mean: try values("mean"), variance: try values("variance"), inputShape: inputShape, name: name, context: context)
  }

  /// A Lambda layer calling a cell function on float32 ndarrays.
  static func makeLambda(
    _ function: Value, inputShape: [Int]?, name: String?, context: NeuralNetContext, _ evaluator: Evaluator
  ) -> Lambda {
    Lambda({ [weak evaluator] tensor in
      guard let evaluator else { throw PyError(.runtimeError, "the session of this Lambda layer has ended") }
      let result = try evaluator.call(function, Arguments([KerasConvert.array(tensor)]))
      return try NumpyConvert.tensor(result, evaluator, dtype: .float32)
    }, inputShape: inputShape, name: name, context: context)
  }

  /// `keras.layers` with every class and `Input`.
  static func makeModule() -> PyModule {
    let module = PyModule("keras.layers", doc: "Layers: Dense, Flatten, Dropout, Activation, ReLU, LeakyReLU, ELU, PReLU, Softmax, Lambda, Normalization, Input.")
    for (name, type) in types { module.members[name] = .object(type) }
    module.members["Layer"] = .object(base)
    module.define(
      "Input", signature: "(shape=None, batch_size=None, dtype=None, name=None)",
      doc: "Declares the per-sample input shape of a model: Sequential([Input((4,)), Dense(8), ...]).",
      keywords: ["shape", "batch_size", "dtype", "sparse", "batch_shape", "name"]
    ) { arguments, evaluator in
      let bound = try arguments.bind("Input", ["shape=", "batch_size=", "dtype=", "sparse=", "batch_shape=", "name=", "tensor=", "optional="])
      return try type(for: "InputLayer").call(
        Arguments([], keywords: bound.values.filter { ["shape", "batch_shape", "name"].contains($0.key) }.map { ($0.key, $0.value) }),
        evaluator) ?? .none
    }
    return module
  }
}
