/// A weightless layer applying an activation: `output = f(input)`, `dx = dy ⊙ f′(x)`
/// (softmax: its row Jacobian).
///
/// Keras's `Activation`, `ReLU`, `LeakyReLU`, `ELU` and `Softmax` are all this layer
/// with a different `className` (see `ActivationLayer+Keras.swift`).
public final class ActivationLayer: Layer {
  /// The function applied.
  public let activation: ActivationFunction
  /// The Keras class this layer stands for (`Activation`, `ReLU`, ...).
  public let className: String
  /// The unique layer name.
  public var name: String
  /// No weights to train.
  public var trainable = true
  /// The per-sample input shape from `input_shape`.
  public let declaredInputShape: [Int]?
  /// The per-sample input shape once built.
  public private(set) var builtInputShape: [Int]?
  /// No weights.
  public var parameters: [Parameter] { [] }
  /// No penalty.
  public var activityPenalty: Double { 0 }
  /// Extra Keras config entries of the class (e.g. `negative_slope`).
  let extraConfig: [String: ConfigValue]
  private var z: [Float] = []
  private var y: [Float] = []

  /// Creates a layer for `activation`, named after `className` unless `name` is given.
  public init(
    _ activation: ActivationFunction, className: String = "Activation",
    extraConfig: [String: ConfigValue]? = nil, inputShape: [Int]? = nil, name: String? = nil,
    context: NeuralNetContext
  ) {
    self.activation = activation
    self.className = className
    self.extraConfig = extraConfig ?? ["activation": activation.config]
    self.declaredInputShape = inputShape
    self.name = name ?? context.names.uniqueName(forClass: className)
  }

  /// Records the input shape.
  public func build(inputShape: [Int]) throws {
    if builtInputShape == nil { builtInputShape = inputShape }
  }

  /// The same shape.
  public func outputShape(for inputShape: [Int]) throws -> [Int] { inputShape }

  /// `f(x)`.
  public func forward(_ input: Batch, training: Bool) throws -> Batch {
    if !isBuilt { try build(inputShape: input.featureShape) }
    z = input.values
    y = activation.apply(z, width: input.width)
    return Batch(values: y, shape: input.shape)
  }

  /// `dy ⊙ f′(x)`.
  public func backward(_ gradient: Batch) throws -> Batch {
    Batch(values: activation.gradient(z: z, y: y, dy: gradient.values, width: gradient.width),
          shape: gradient.shape)
  }

  /// The class's own entries.
  public var layerConfig: [String: ConfigValue] { extraConfig }
}
