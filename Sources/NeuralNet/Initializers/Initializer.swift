import Foundation
import Tensor

/// How a weight array gets its starting values (Keras initializers, exact formulas).
///
/// Fans: rank 1 `fan_in = fan_out = n`; rank 2 `(in, out)`; rank > 2 multiplies
/// both by the receptive field `∏ shape[:-2]`.
public enum Initializer: Equatable, Sendable {
  /// All zeros.
  case zeros
  /// All ones.
  case ones
  /// Every element `value`.
  case constant(Double)
  /// `U(minval, maxval)`, Keras default `(-0.05, 0.05)`.
  case randomUniform(minval: Double = -0.05, maxval: Double = 0.05)
  /// `N(mean, stddev)`, Keras default `(0, 0.05)`.
  case randomNormal(mean: Double = 0, stddev: Double = 0.05)
  /// `N(mean, stddev)` re-drawn outside ±2·stddev (no variance correction).
  case truncatedNormal(mean: Double = 0, stddev: Double = 0.05)
  /// `scale /= max(1, fan)`; uniform `±√(3·scale)`, truncated normal with
  /// `stddev = √scale / 0.87962566103423978`, or untruncated normal `√scale`.
  case varianceScaling(scale: Double = 1, mode: FanMode = .fanIn,
                       distribution: Distribution = .truncatedNormal)
  /// A (semi-)orthogonal matrix from the QR decomposition of a normal draw, times `gain`.
  case orthogonal(gain: Double = 1)
  /// `gain·I` (2-D only).
  case identity(gain: Double = 1)

  /// Which fan divides the scale in `varianceScaling`.
  public enum FanMode: String, Equatable, Sendable {
    /// The number of inputs.
    case fanIn = "fan_in"
    /// The number of outputs.
    case fanOut = "fan_out"
    /// Their mean.
    case fanAvg = "fan_avg"
  }

  /// The distribution of `varianceScaling`.
  public enum Distribution: String, Equatable, Sendable {
    /// Normal truncated at ±2σ, rescaled so the final std is `√scale`.
    case truncatedNormal = "truncated_normal"
    /// Plain normal with std `√scale`.
    case untruncatedNormal = "untruncated_normal"
    /// Uniform in `±√(3·scale)`.
    case uniform
  }

  /// Glorot/Xavier uniform: limit `√(6/(fan_in+fan_out))`.
  public static let glorotUniform = Initializer.varianceScaling(scale: 1, mode: .fanAvg, distribution: .uniform)
  /// Glorot/Xavier normal: std `√(2/(fan_in+fan_out))`.
  public static let glorotNormal = Initializer.varianceScaling(scale: 1, mode: .fanAvg, distribution: .truncatedNormal)
  /// He/Kaiming uniform: limit `√(6/fan_in)`.
  public static let heUniform = Initializer.varianceScaling(scale: 2, mode: .fanIn, distribution: .uniform)
  /// He/Kaiming normal: std `√(2/fan_in)`.
  public static let heNormal = Initializer.varianceScaling(scale: 2, mode: .fanIn, distribution: .truncatedNormal)
  /// LeCun uniform: limit `√(3/fan_in)`.
  public static let lecunUniform = Initializer.varianceScaling(scale: 1, mode: .fanIn, distribution: .uniform)
  /// LeCun normal: std `√(1/fan_in)`.
  public static let lecunNormal = Initializer.varianceScaling(scale: 1, mode: .fanIn, distribution: .truncatedNormal)

  /// The identifiers Keras accepts (snake_case and class names).
  static let table: [String: Initializer] = [
    "zeros": .zeros, "Zeros": .zeros, "zero": .zeros,
    "ones": .ones, "Ones": .ones, "one": .ones,
    "constant": .constant(0), "Constant": .constant(0),
    "random_uniform": .randomUniform(), "RandomUniform": .randomUniform(), "uniform": .randomUniform(),
    "random_normal": .randomNormal(), "RandomNormal": .randomNormal(), "normal": .randomNormal(),
    "truncated_normal": .truncatedNormal(), "TruncatedNormal": .truncatedNormal(),
    "variance_scaling": .varianceScaling(), "VarianceScaling": .varianceScaling(),
    "glorot_uniform": glorotUniform, "GlorotUniform": glorotUniform,
    "glorot_normal": glorotNormal, "GlorotNormal": glorotNormal,
    "he_uniform": heUniform, "HeUniform": heUniform,
    "he_normal": heNormal, "HeNormal": heNormal,
    "lecun_uniform": lecunUniform, "LecunUniform": lecunUniform,
    "lecun_normal": lecunNormal, "LecunNormal": lecunNormal,
    "orthogonal": .orthogonal(), "Orthogonal": .orthogonal(), "OrthogonalInitializer": .orthogonal(),
    "identity": .identity(), "Identity": .identity(), "IdentityInitializer": .identity(),
  ]

  /// Looks up an initializer by Keras identifier (case-sensitive, as Keras).
  public static func named(_ name: String) throws -> Initializer {
    if let found = table[name] { return found }
    throw NeuralNetError.unknownIdentifier(
      kind: "initializer", name: name,
      suggestion: Suggestion.closest(to: name, in: table.keys.filter { $0.contains("_") || $0 == $0.lowercased() }.sorted()))
  }

  /// `(fan_in, fan_out)` as Keras's `compute_fans`.
  public static func fans(_ shape: [Int]) -> (fanIn: Double, fanOut: Double) {
    switch shape.count {
    case 0: return (1, 1)
    case 1: return (Double(shape[0]), Double(shape[0]))
    case 2: return (Double(shape[0]), Double(shape[1]))
    default:
      let receptive = Double(shape.dropLast(2).reduce(1, *))
      return (Double(shape[shape.count - 2]) * receptive, Double(shape[shape.count - 1]) * receptive)
    }
  }

  /// Draws an array of `shape` from `random`, as float32; throws `TensorError.memory` when
  /// the array would exceed `Tensor.maxBytes` (instead of failing to allocate).
  public func make(_ shape: [Int], random: RandomState) throws -> [Float] {
    if shape.contains(where: { $0 < 0 }) { throw TensorError.negativeDimensions }
    var count = 1
    for dimension in shape {
      let (product, overflow) = count.multipliedReportingOverflow(by: dimension)
      guard !overflow else { throw TensorError.shapeOverflow }
      count = product
    }
    let (bytes, overflow) = count.multipliedReportingOverflow(by: MemoryLayout<Float>.size)
    guard !overflow else { throw TensorError.shapeOverflow }
    if bytes > Tensor.maxBytes { throw TensorError.memory(bytes: bytes, shape: shape, dtype: .float32) }
    switch self {
    case .zeros: return [Float](repeating: 0, count: count)
    case .ones: return [Float](repeating: 1, count: count)
    case .constant(let v): return [Float](repeating: Float(v), count: count)
    case .randomUniform(let lo, let hi):
      return (0..<count).map { _ in Float(lo + (hi - lo) * random.nextDouble()) }
    case .randomNormal(let mean, let stddev):
      return (0..<count).map { _ in Float(mean + stddev * random.nextGauss()) }
    case .truncatedNormal(let mean, let stddev):
      return Initializer.truncated(count: count, mean: mean, stddev: stddev, random: random)
    case .varianceScaling(let scale, let mode, let distribution):
      let (fanIn, fanOut) = Initializer.fans(shape)
      let fan: Double
      switch mode {
      case .fanIn: fan = fanIn
      case .fanOut: fan = fanOut
      case .fanAvg: fan = (fanIn + fanOut) / 2
      }
      let s = scale / max(1, fan)
      switch distribution {
      case .truncatedNormal:
        return Initializer.truncated(count: count, mean: 0, stddev: s.squareRoot() / 0.87962566103423978, random: random)
      case .untruncatedNormal:
        return (0..<count).map { _ in Float(s.squareRoot() * random.nextGauss()) }
      case .uniform:
        let limit = (3 * s).squareRoot()
        return (0..<count).map { _ in Float(-limit + 2 * limit * random.nextDouble()) }
      }
    case .orthogonal(let gain):
      return try Initializer.orthogonalValues(shape, gain: gain, random: random)
    case .identity(let gain):
      guard shape.count == 2 else {
        throw NeuralNetError.invalidArgument(
          layer: "Identity", message: "Identity matrix initializer can only be used for 2D matrices. Received: shape=\(shapeText(shape))")
      }
      var out = [Float](repeating: 0, count: count)
      for i in 0..<min(shape[0], shape[1]) { out[i * shape[1] + i] = Float(gain) }
      return out
    }
  }

  /// Normal draws re-drawn until they fall within ±2·stddev of the mean.
  static func truncated(count: Int, mean: Double, stddev: Double, random: RandomState) -> [Float] {
    (0..<count).map { _ in
      var g = random.nextGauss()
      while abs(g) > 2 { g = random.nextGauss() }
      return Float(mean + stddev * g)
    }
  }
}
