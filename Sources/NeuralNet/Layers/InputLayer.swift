/// Declares the per-sample input shape of a model (Keras `Input(shape)` / `InputLayer`).
///
/// It has no weights and passes its input through unchanged: `output = input`.
public final class InputLayer: Layer {
  /// The unique layer name (`input_layer`, `input_layer_1`, ...).
  public var name: String
  /// Input layers have nothing to train.
  public var trainable = true
  /// The declared per-sample shape.
  public let shape: [Int]
  /// The shape is its own declaration.
  public var declaredInputShape: [Int]? { shape }
  /// Built from the start.
  public var builtInputShape: [Int]? { shape }
  /// No weights.
  public var parameters: [Parameter] { [] }
  /// No penalty.
  public var activityPenalty: Double { 0 }
  /// Keras class name.
  public var className: String { "InputLayer" }

  /// Creates an input declaration for samples of `shape`.
  public init(shape: [Int], name: String? = nil, context: NeuralNetContext) {
    self.shape = shape
    self.name = name ?? context.names.uniqueName("input_layer")
  }

  /// Nothing to build; checks the shape.
  public func build(inputShape: [Int]) throws {
    guard inputShape == shape else {
      throw NeuralNetError.incompatibleInput(
        layer: name, expected: [nil] + shape.map { $0 }, received: [nil] + inputShape.map { $0 })
    }
  }

  /// The same shape.
  public func outputShape(for inputShape: [Int]) throws -> [Int] { inputShape }

  /// The identity, after checking the shape.
  public func forward(_ input: Batch, training: Bool) throws -> Batch {
    try checkInput(input)
    return input
  }

  /// The identity.
  public func backward(_ gradient: Batch) throws -> Batch { gradient }

  /// `batch_shape` is added by `config`.
  public var layerConfig: [String: ConfigValue] { ["sparse": .bool(false), "ragged": .bool(false)] }
}
