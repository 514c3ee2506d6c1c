import Tensor

/// Parametric ReLU: `f(x) = x if x > 0 else α·x`, with a learned `α` per input unit
/// (Keras `PReLU(alpha_initializer="Zeros", shared_axes=None)`).
///
/// Backward: `dx = dy·(x > 0 ? 1 : α)`, `dα = Σ dy·min(x, 0)` over the batch and shared axes.
public final class PReLU: Layer {
  /// The unique layer name.
  public var name: String
  /// Whether optimizers update `alpha`.
  public var trainable = true
  /// The per-sample input shape from `input_shape`.
  public let declaredInputShape: [Int]?
  /// The per-sample input shape once built.
  public private(set) var builtInputShape: [Int]?
  /// `alpha`'s initializer.
  public let alphaInitializer: Initializer
  /// `alpha`'s penalty, if any.
  public let alphaRegularizer: Regularizer?
  /// Axes (1-based, as Keras, the batch being axis 0) along which `alpha` is shared.
  public let sharedAxes: [Int]
  /// The learned slopes, once built.
  public private(set) var alpha: Parameter?
  /// No activity penalty.
  public var activityPenalty: Double { 0 }
  /// Keras class name.
  public var className: String { "PReLU" }
  private let context: NeuralNetContext
  private var x: [Float] = []
  private var alphaIndex: [Int] = []

  /// Creates a PReLU layer.
  public init(alphaInitializer: Initializer = .zeros, alphaRegularizer: Regularizer? = nil,
              sharedAxes: [Int] = [], inputShape: [Int]? = nil, name: String? = nil,
              context: NeuralNetContext) {
    self.alphaInitializer = alphaInitializer
    self.alphaRegularizer = alphaRegularizer
    self.sharedAxes = sharedAxes
    self.declaredInputShape = inputShape
    self.context = context
    self.name = name ?? context.names.uniqueName(forClass: "PReLU")
  }

  /// `[alpha]`.
  public var parameters: [Parameter] { alpha.map { [$0] } ?? [] }

  /// Creates `alpha` of shape `input_shape` with shared axes set to 1.
  public func build(inputShape: [Int]) throws {
    if builtInputShape != nil { return }
    var shape = inputShape
    for axis in sharedAxes where axis >= 1 && axis <= shape.count { shape[axis - 1] = 1 }
    // One index per input element: checked first, since a shared-axes alpha is small even
    // when the input is huge (nothing is set when this throws).
    let count = try Tensor.checkedCount(inputShape, dtype: .float32)
    alpha = Parameter(
      name: "alpha", shape: shape, values: try alphaInitializer.make(shape, random: context.random),
      regularizer: alphaRegularizer)
    // Map every per-sample element to its alpha element.
    alphaIndex = (0..<count).map { flat in
      var rest = flat
      var index = 0
      var step = 1
      for d in stride(from: inputShape.count - 1, through: 0, by: -1) {
        let coord = rest % inputShape[d]
        rest /= inputShape[d]
        if shape[d] != 1 { index += coord * step }
        step *= shape[d]
      }
      return index
    }
    builtInputShape = inputShape
  }

  /// The same shape.
  public func outputShape(for inputShape: [Int]) throws -> [Int] { inputShape }

  /// `x if x > 0 else α·x`.
  public func forward(_ input: Batch, training: Bool) throws -> Batch {
    if !isBuilt { try build(inputShape: input.featureShape) }
    try checkInput(input)
    guard let alpha else { throw NeuralNetError.notBuilt(model: name) }
    x = input.values
    let size = alphaIndex.count
    var out = x
    // Keras computes relu(x) - α·relu(-x): a zero slope gives +0, never -0.
    let slopes = alpha.valueBuffer
    for i in out.indices where out[i] <= 0 { out[i] = 0 + (-slopes[alphaIndex[i % size]]) * (-out[i]) }
    return Batch(values: out, shape: input.shape)
  }

  /// `dx = dy·(x > 0 ? 1 : α)`, `dα = Σ dy·min(x, 0)`.
  public func backward(_ gradient: Batch) throws -> Batch {
    guard let alpha else { throw NeuralNetError.notBuilt(model: name) }
    let size = alphaIndex.count
    let slopes = alpha.valueBuffer
    let slopeGradient = alpha.gradientBuffer
    slopeGradient.update(repeating: 0)
    var dx = gradient.values
    for i in dx.indices where x[i] <= 0 {
      let a = alphaIndex[i % size]
      slopeGradient[a] += dx[i] * x[i]
      dx[i] *= slopes[a]
    }
    return Batch(values: dx, shape: gradient.shape)
  }

  /// Keras's PReLU config.
  public var layerConfig: [String: ConfigValue] {
    [
      "alpha_initializer": alphaInitializer.config,
      "alpha_regularizer": alphaRegularizer?.config ?? .null,
      "alpha_constraint": .null,
      "shared_axes": sharedAxes.isEmpty ? .null : .array(sharedAxes.map(ConfigValue.int)),
    ]
  }
}
