import Tensor

/// Feature-wise standardization over the last axis (Keras `Normalization(axis=-1)`).
///
/// `y = (x − μ) / max(√σ², ε)` with ε = 1e-7 (Keras's `backend.epsilon()`), so a feature
/// of zero variance is divided by ε rather than by zero; backward `dx = dy / max(√σ², ε)`.
/// `μ` and `σ²` are either given (`mean=`, `variance=`, scalars broadcast to every feature;
/// no weights) or learned by `adapt(data)` as the population mean and variance of each
/// feature, kept as the non-trainable weights `mean`, `variance` and `count` (count stays 0,
/// as in Keras 3).
public final class Normalization: Layer {
  /// The smallest divisor (Keras's `backend.epsilon()`).
  static let epsilon: Float = 1e-7
  /// The unique layer name.
  public var name: String
  /// Has no trainable weights; the flag is kept for Keras parity.
  public var trainable = true
  /// The per-sample input shape from `input_shape`.
  public let declaredInputShape: [Int]?
  /// The per-sample input shape once built.
  public private(set) var builtInputShape: [Int]?
  /// The mean given to the constructor, if any (one value or one per feature).
  public let fixedMean: [Double]?
  /// The variance given to the constructor, if any (one value or one per feature).
  public let fixedVariance: [Double]?
  private var meanWeight: Parameter?
  private var varianceWeight: Parameter?
  private var countWeight: Parameter?
  private var divisors: [Float] = []

  /// Keras class name.
  public var className: String { "Normalization" }
  /// `mean`, `variance`, `count` when adapted (not when mean and variance were given).
  public var parameters: [Parameter] { [meanWeight, varianceWeight, countWeight].compactMap { $0 } }
  /// No penalty.
  public var activityPenalty: Double { 0 }

  /// Creates the layer; `mean` and `variance` must be given together or not at all.
  public init(mean: [Double]? = nil, variance: [Double]? = nil, inputShape: [Int]? = nil, name: String? = nil,
              context: NeuralNetContext) throws {
    let layerName = name ?? context.names.uniqueName(forClass: "Normalization")
    guard (mean == nil) == (variance == nil) else {
      throw NeuralNetError.invalidConstructorArgument(
        message: "When setting values directly, both `mean` and `variance` must be set. Received: mean=\(Normalization.text(mean)) and variance=\(Normalization.text(variance))")
    }
    self.fixedMean = mean
    self.fixedVariance = variance
    self.declaredInputShape = inputShape
    self.name = layerName
  }

  /// The mean and variance per feature (after `build`).
  public var statistics: (mean: [Float], variance: [Float]) {
    (meanWeight?.values ?? fixedMean.map { $0.map(Float.init) } ?? [],
     varianceWeight?.values ?? fixedVariance.map { $0.map(Float.init) } ?? [])
  }

  /// Creates `mean` (zeros), `variance` (ones) and `count` (0) unless values were given.
  public func build(inputShape: [Int]) throws {
    if let built = builtInputShape {
      guard built.last == inputShape.last else {
        throw NeuralNetError.incompatibleInput(
          layer: name, expected: [nil] + built.map { $0 }, received: [nil] + inputShape.map { $0 })
      }
      return
    }
    guard let features = inputShape.last, features > 0 else {
      throw NeuralNetError.invalidArgument(
        layer: name, message: "Normalization needs an input with a known, positive last dimension. Received: input_shape=\(shapeText([nil] + inputShape))")
    }
    if let fixedMean, let fixedVariance {
      for values in [fixedMean, fixedVariance] where values.count != 1 && values.count != features {
        throw NeuralNetError.invalidArgument(
          layer: name, message: "The `mean` and `variance` of layer '\(name)' must have 1 or \(features) values (the size of the last axis); received \(values.count).")
      }
    } else {
      meanWeight = Parameter(name: "mean", shape: [features], values: [Float](repeating: 0, count: features), trainable: false)
      varianceWeight = Parameter(
        name: "variance", shape: [features], values: [Float](repeating: 1, count: features), trainable: false)
      countWeight = Parameter(name: "count", shape: [], values: [0], trainable: false)
    }
    builtInputShape = inputShape
  }

  /// Sets `mean` and `variance` to each feature's population statistics over all samples
  /// (and all positions of higher-rank samples): `μ = Σx / n`, `σ² = Σ(x − μ)² / n`.
  public func adapt(_ data: Batch) throws {
    guard fixedMean == nil else {
      throw NeuralNetError.invalidArgument(
        layer: name, message: "Layer '\(name)' was given `mean` and `variance`; there is nothing for `adapt()` to learn.")
    }
    let shape = data.featureShape
    try build(inputShape: shape.isEmpty ? [1] : shape)
    guard let meanWeight, let varianceWeight, let features = builtInputShape?.last else { return }
    let rows = data.values.count / features
    guard rows > 0 else {
      throw NeuralNetError.invalidArgument(layer: name, message: "`adapt()` needs at least one sample.")
    }
    var sums = [Double](repeating: 0, count: features)
    for (i, v) in data.values.enumerated() { sums[i % features] += Double(v) }
    let means = sums.map { $0 / Double(rows) }
    var squares = [Double](repeating: 0, count: features)
    for (i, v) in data.values.enumerated() {
      let d = Double(v) - means[i % features]
      squares[i % features] += d * d
    }
    meanWeight.values = means.map(Float.init)
    varianceWeight.values = squares.map { Float($0 / Double(rows)) }
  }

  /// The same shape.
  public func outputShape(for inputShape: [Int]) throws -> [Int] { inputShape }

  /// `(x − μ) / max(√σ², ε)` feature by feature.
  public func forward(_ input: Batch, training: Bool) throws -> Batch {
    if !isBuilt { try build(inputShape: input.featureShape) }
    try checkInput(input)
    let (mean, variance) = statistics
    let features = builtInputShape?.last ?? 1
    divisors = (0..<features).map { j in max(variance[variance.count == 1 ? 0 : j].squareRoot(), Normalization.epsilon) }
    var out = input.values
    for i in out.indices {
      let j = i % features
      out[i] = (out[i] - mean[mean.count == 1 ? 0 : j]) / divisors[j]
    }
    return Batch(values: out, shape: input.shape)
  }

  /// `dy / max(√σ², ε)` feature by feature.
  public func backward(_ gradient: Batch) throws -> Batch {
    guard !divisors.isEmpty else { return gradient }
    var g = gradient.values
    for i in g.indices { g[i] /= divisors[i % divisors.count] }
    return Batch(values: g, shape: gradient.shape)
  }

  /// `axis`, `invert`, `mean`, `variance` as in Keras's `get_config()`.
  public var layerConfig: [String: ConfigValue] {
    func list(_ values: [Double]?) -> ConfigValue {
      guard let values else { return .null }
      return values.count == 1 ? .double(values[0]) : .array(values.map(ConfigValue.double))
    }
    return ["axis": .array([.int(-1)]), "invert": .bool(false), "mean": list(fixedMean), "variance": list(fixedVariance)]
  }

  /// `None`, a float, or a list of floats, as Python prints the argument.
  private static func text(_ values: [Double]?) -> String {
    guard let values else { return "None" }
    let parts = values.map { $0 == $0.rounded() && abs($0) < 1e15 ? "\(Int($0)).0" : "\($0)" }
    return values.count == 1 ? parts[0] : "[" + parts.joined(separator: ", ") + "]"
  }
}
