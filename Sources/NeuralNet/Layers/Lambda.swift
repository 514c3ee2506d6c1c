import Tensor

/// Wraps a Swift closure on tensors as a layer: `output = function(input)`.
///
/// Backward uses `gradient(input, dy)` when given; otherwise it assumes the function
/// is element-wise and uses the central difference `dx = dy·(f(x+h) − f(x−h))/2h`
/// with `h = 1e-3`, which is exact enough for smooth element-wise functions only.
public final class Lambda: Layer {
  /// The forward function, on float32 tensors of the full batch shape.
  public let function: (Tensor) throws -> Tensor
  /// The optional vector-Jacobian product `(input, dy) → dx`.
  public let gradient: ((Tensor, Tensor) throws -> Tensor)?
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
  public var className: String { "Lambda" }
  private var x = Batch(values: [], shape: [0])

  /// Creates a Lambda layer.
  public init(
    _ function: @escaping (Tensor) throws -> Tensor,
    gradient: ((Tensor, Tensor) throws -> Tensor)? = nil, inputShape: [Int]? = nil,
    name: String? = nil, context: NeuralNetContext
  ) {
    self.function = function
    self.gradient = gradient
    self.declaredInputShape = inputShape
    self.name = name ?? context.names.uniqueName(forClass: "Lambda")
  }

  /// Records the input shape.
  public func build(inputShape: [Int]) throws {
    if builtInputShape == nil { builtInputShape = inputShape }
  }

  /// Found by running the function on one sample of zeros.
  public func outputShape(for inputShape: [Int]) throws -> [Int] {
    let count = try Tensor.checkedCount([1] + inputShape, dtype: .float32)
    let probe = try Tensor([Float](repeating: 0, count: count), shape: [1] + inputShape)
    return Array(try function(probe).shape.dropFirst())
  }

  /// `function(x)` converted to float32.
  public func forward(_ input: Batch, training: Bool) throws -> Batch {
    if !isBuilt { try build(inputShape: input.featureShape) }
    x = input
    let out = try function(try Tensor(input.values, shape: input.shape))
    return Batch(values: out.floats, shape: out.shape)
  }

  /// The given gradient closure, or the element-wise central difference.
  public func backward(_ dy: Batch) throws -> Batch {
    let input = try Tensor(x.values, shape: x.shape)
    if let gradient {
      let dx = try gradient(input, try Tensor(dy.values, shape: dy.shape))
      return Batch(values: dx.floats, shape: x.shape)
    }
    guard dy.values.count == x.values.count else {
      throw NeuralNetError.invalidArgument(
        layer: name, message: "a Lambda that changes the shape needs an explicit gradient to be trained through")
    }
    let h: Float = 1e-3
    let plus = try function(try Tensor(x.values.map { $0 + h }, shape: x.shape)).floats
    let minus = try function(try Tensor(x.values.map { $0 - h }, shape: x.shape)).floats
    var dx = dy.values
    for i in dx.indices { dx[i] *= (plus[i] - minus[i]) / (2 * h) }
    return Batch(values: dx, shape: x.shape)
  }

  /// Keras's Lambda config (the function itself is not serializable).
  public var layerConfig: [String: ConfigValue] {
    ["function": .string("<swift closure>"), "output_shape": .null, "arguments": .object([:])]
  }
}
