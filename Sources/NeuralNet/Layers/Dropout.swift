import Tensor

/// Inverted dropout: in training each unit is kept with probability `1 − rate` and
/// scaled by `1/(1 − rate)`; at inference it is the identity.
///
/// Forward `y = x·m/(1−rate)` with a Bernoulli mask `m`; backward `dx = dy·m/(1−rate)`.
public final class Dropout: Layer {
  /// The fraction of units dropped, in `[0, 1]`.
  public let rate: Double
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
  public var className: String { "Dropout" }
  /// The optional seed; without one the session generator is used.
  public let seed: Int?
  private let random: RandomState
  private var scaledMask: [Float] = []
  private var lastTraining = false

  /// Creates a dropout layer (Keras `Dropout(rate, seed=None)`).
  public init(rate: Double, seed: Int? = nil, inputShape: [Int]? = nil, name: String? = nil,
              context: NeuralNetContext) throws {
    let layerName = name ?? context.names.uniqueName(forClass: "Dropout")
    guard rate >= 0 && rate <= 1 else {
      throw NeuralNetError.invalidArgument(
        layer: layerName,
        message: "Invalid value received for argument `rate`. Expected a float value between 0 and 1. Received: rate=\(rate)")
    }
    self.rate = rate
    self.seed = seed
    self.declaredInputShape = inputShape
    self.name = layerName
    if let seed {
      let own = RandomState()
      try own.seed(seed)
      self.random = own
    } else {
      self.random = context.random
    }
  }

  /// Records the input shape.
  public func build(inputShape: [Int]) throws {
    if builtInputShape == nil { builtInputShape = inputShape }
  }

  /// The same shape.
  public func outputShape(for inputShape: [Int]) throws -> [Int] { inputShape }

  /// Masks and rescales in training; the identity otherwise.
  public func forward(_ input: Batch, training: Bool) throws -> Batch {
    if !isBuilt { try build(inputShape: input.featureShape) }
    lastTraining = training && rate > 0
    guard lastTraining else { return input }
    let keep = 1 - rate
    let scale: Float = rate >= 1 ? 0 : Float(1 / keep)
    if scaledMask.count != input.values.count { scaledMask = [Float](repeating: 0, count: input.values.count) }
    var out = input.values
    for i in out.indices {
      let m: Float = random.nextDouble() < keep ? scale : 0
      scaledMask[i] = m
      out[i] *= m
    }
    return Batch(values: out, shape: input.shape)
  }

  /// `dy` times the same scaled mask.
  public func backward(_ gradient: Batch) throws -> Batch {
    guard lastTraining else { return gradient }
    var g = gradient.values
    for i in g.indices { g[i] *= scaledMask[i] }
    return Batch(values: g, shape: gradient.shape)
  }

  /// Keras's Dropout config.
  public var layerConfig: [String: ConfigValue] {
    ["rate": .double(rate), "seed": seed.map(ConfigValue.int) ?? .null, "noise_shape": .null]
  }
}
