/// Keras's activation layer classes, as configurations of `ActivationLayer`.
extension ActivationLayer {
  /// Keras `ReLU(max_value=None, negative_slope=0.0, threshold=0.0)`.
  public static func reLU(
    maxValue: Double? = nil, negativeSlope: Double = 0, threshold: Double = 0,
    inputShape: [Int]? = nil, name: String? = nil, context: NeuralNetContext
  ) throws -> ActivationLayer {
    // Keras's wording: only max_value may be None, so only its message leaves "None" out.
    for (key, v) in [("max_value", maxValue ?? 0), ("negative_slope", negativeSlope), ("threshold", threshold)] where v < 0 {
      let what = key == "max_value" ? "a negative value" : "None or a negative value"
      throw NeuralNetError.invalidConstructorArgument(
        message: "\(key) of a ReLU layer cannot be \(what). Received: \(key)=\(v)")
    }
    return ActivationLayer(
      .relu(negativeSlope: Float(negativeSlope), maxValue: maxValue.map(Float.init), threshold: Float(threshold)),
      className: "ReLU",
      extraConfig: ["max_value": .optional(maxValue), "negative_slope": .double(negativeSlope),
                    "threshold": .double(threshold)],
      inputShape: inputShape, name: name, context: context)
  }

  /// Keras `LeakyReLU(negative_slope=0.3)`: `x if x ≥ 0 else slope·x`.
  public static func leakyReLU(
    negativeSlope: Double = 0.3, inputShape: [Int]? = nil, name: String? = nil, context: NeuralNetContext
  ) -> ActivationLayer {
    ActivationLayer(
      .leakyReLU(negativeSlope: Float(negativeSlope)), className: "LeakyReLU",
      extraConfig: ["negative_slope": .double(negativeSlope)], inputShape: inputShape, name: name,
      context: context)
  }

  /// Keras `ELU(alpha=1.0)`: `x if x > 0 else α(e^x − 1)`.
  public static func elu(
    alpha: Double = 1, inputShape: [Int]? = nil, name: String? = nil, context: NeuralNetContext
  ) -> ActivationLayer {
    ActivationLayer(
      .elu(alpha: Float(alpha)), className: "ELU", extraConfig: ["alpha": .double(alpha)],
      inputShape: inputShape, name: name, context: context)
  }

  /// Keras `Softmax(axis=-1)` (the last axis only).
  public static func softmax(inputShape: [Int]? = nil, name: String? = nil, context: NeuralNetContext) -> ActivationLayer {
    ActivationLayer(
      .softmax, className: "Softmax", extraConfig: ["axis": .int(-1)], inputShape: inputShape,
      name: name, context: context)
  }
}
