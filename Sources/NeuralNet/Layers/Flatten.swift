/// Flattens each sample to one axis: `(batch, d1, d2, ...) → (batch, d1·d2·...)`.
///
/// Backward reshapes the gradient back to the input shape.
public final class Flatten: Layer {
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
  /// Keras class name.
  public var className: String { "Flatten" }
  private var lastShape: [Int] = []

  /// Creates a Flatten layer (Keras `Flatten(input_shape=...)`).
  public init(inputShape: [Int]? = nil, name: String? = nil, context: NeuralNetContext) {
    self.declaredInputShape = inputShape
    self.name = name ?? context.names.uniqueName(forClass: "Flatten")
  }

  /// Records the input shape.
  public func build(inputShape: [Int]) throws {
    if builtInputShape == nil { builtInputShape = inputShape }
  }

  /// `(∏ dims,)`; throws when the product does not fit in an `Int`.
  public func outputShape(for inputShape: [Int]) throws -> [Int] {
    var size = 1
    for dimension in inputShape {
      let (product, overflow) = size.multipliedReportingOverflow(by: dimension)
      guard !overflow else {
        throw NeuralNetError.invalidArgument(
          layer: name,
          message: "Cannot flatten input_shape=\(shapeText([nil] + inputShape)): the number of values per sample does not fit in a 64-bit integer.")
      }
      size = product
    }
    return [size]
  }

  /// The same values with a per-sample shape of one axis.
  public func forward(_ input: Batch, training: Bool) throws -> Batch {
    if !isBuilt { try build(inputShape: input.featureShape) }
    try checkInput(input)
    lastShape = input.shape
    return Batch(values: input.values, shape: [input.count, input.sampleSize])
  }

  /// The gradient reshaped to the input shape.
  public func backward(_ gradient: Batch) throws -> Batch {
    Batch(values: gradient.values, shape: lastShape)
  }

  /// Keras's Flatten config.
  public var layerConfig: [String: ConfigValue] { ["data_format": .string("channels_last")] }
}
