/// Rebuilds layers from `{"class_name", "config"}` entries of a saved model.
enum LayerFactory {
  /// A new layer of `className` configured by `config` (its saved name is kept).
  static func make(className: String, config c: [String: ConfigValue], context: NeuralNetContext) throws -> Layer {
    let name = c["name"]?.string
    let shape = c["batch_shape"]?.array.map { Array($0.dropFirst()).compactMap(\.integer) }
    func number(_ key: String, _ fallback: Double) -> Double { c[key]?.number ?? fallback }
    let layer: Layer
    switch className {
    case "InputLayer":
      layer = InputLayer(shape: shape ?? [], name: name, context: context)
    case "Dense":
      layer = try Dense(
        units: c["units"]?.integer ?? 0,
        activation: try ActivationFunction.from(config: c["activation"] ?? .null),
        useBias: c["use_bias"]?.bool ?? true,
        kernelInitializer: try c["kernel_initializer"].map(Initializer.from(config:)) ?? .glorotUniform,
        biasInitializer: try c["bias_initializer"].map(Initializer.from(config:)) ?? .zeros,
        kernelRegularizer: try Regularizer.from(config: c["kernel_regularizer"] ?? .null),
        biasRegularizer: try Regularizer.from(config: c["bias_regularizer"] ?? .null),
        activityRegularizer: try Regularizer.from(config: c["activity_regularizer"] ?? .null),
        inputShape: shape, name: name, context: context)
    case "Flatten":
      layer = Flatten(inputShape: shape, name: name, context: context)
    case "Normalization":
      func values(_ key: String) -> [Double]? {
        if let x = c[key]?.number { return [x] }
        return c[key]?.array?.compactMap(\.number)
      }
      layer = try Normalization(
        mean: values("mean"), variance: values("variance"), inputShape: shape, name: name, context: context)
    case "Dropout":
      layer = try Dropout(rate: number("rate", 0), seed: c["seed"]?.integer, inputShape: shape, name: name, context: context)
    case "Activation":
      layer = ActivationLayer(
        try ActivationFunction.from(config: c["activation"] ?? .null), inputShape: shape, name: name, context: context)
    case "ReLU":
      layer = try ActivationLayer.reLU(
        maxValue: c["max_value"]?.number, negativeSlope: number("negative_slope", 0),
        threshold: number("threshold", 0), inputShape: shape, name: name, context: context)
    case "LeakyReLU":
      layer = ActivationLayer.leakyReLU(
        negativeSlope: number("negative_slope", 0.3), inputShape: shape, name: name, context: context)
    case "ELU":
      layer = ActivationLayer.elu(alpha: number("alpha", 1), inputShape: shape, name: name, context: context)
    case "Softmax":
      layer = ActivationLayer.softmax(inputShape: shape, name: name, context: context)
    case "PReLU":
      layer = PReLU(
        alphaInitializer: try c["alpha_initializer"].map(Initializer.from(config:)) ?? .zeros,
        alphaRegularizer: try Regularizer.from(config: c["alpha_regularizer"] ?? .null),
        sharedAxes: c["shared_axes"]?.intList ?? [], inputShape: shape, name: name, context: context)
    default:
      throw NeuralNetError.unknownIdentifier(
        kind: "layer", name: className,
        suggestion: Suggestion.closest(
          to: className,
          in: ["InputLayer", "Dense", "Flatten", "Dropout", "Activation", "ReLU", "LeakyReLU", "ELU", "Softmax", "PReLU", "Normalization"]))
    }
    layer.trainable = c["trainable"]?.bool ?? true
    return layer
  }
}
