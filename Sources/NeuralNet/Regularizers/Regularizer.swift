/// A weight penalty added to the loss: `l1·Σ|w| + l2·Σw²` (Keras `L1`, `L2`, `L1L2`).
///
/// Note Keras's L2 has no ½ factor, so its gradient is `2·l2·w`.
public struct Regularizer: Equatable, Sendable {
  /// The L1 factor.
  public var l1: Double
  /// The L2 factor.
  public var l2: Double

  /// Creates an `L1L2(l1, l2)` penalty (Keras defaults 0.0 and 0.0).
  public init(l1: Double = 0, l2: Double = 0) {
    self.l1 = l1
    self.l2 = l2
  }

  /// Keras `L1(l1=0.01)`.
  public static func l1(_ factor: Double = 0.01) -> Regularizer { Regularizer(l1: factor) }
  /// Keras `L2(l2=0.01)`.
  public static func l2(_ factor: Double = 0.01) -> Regularizer { Regularizer(l2: factor) }

  /// Resolves a Keras 3 regularizer string (`l1`, `l2`, `L1`, `L2`, `L1L2`, `l1l2`).
  public static func named(_ name: String) throws -> Regularizer {
    switch name {
    case "l1", "L1": return .l1()
    case "l2", "L2": return .l2()
    case "L1L2", "l1l2": return Regularizer()
    default:
      throw NeuralNetError.unknownIdentifier(
        kind: "regularizer", name: name,
        suggestion: Suggestion.closest(to: name, in: ["l1", "l2", "l1l2"]))
    }
  }

  /// The Keras class name for this configuration.
  public var className: String {
    if l2 == 0 && l1 != 0 { return "L1" }
    if l1 == 0 && l2 != 0 { return "L2" }
    return "L1L2"
  }

  /// The penalty `l1·Σ|w| + l2·Σw²`.
  public func penalty(_ values: [Float]) -> Double { values.withUnsafeBufferPointer(penalty) }

  /// `penalty` over a buffer.
  func penalty(_ values: UnsafeBufferPointer<Float>) -> Double {
    var a = 0.0
    var s = 0.0
    for v in values {
      a += Double(abs(v))
      s += Double(v) * Double(v)
    }
    return l1 * a + l2 * s
  }

  /// Adds `l1·sign(w) + 2·l2·w` to `gradient` and returns the penalty.
  func addGradient(values: [Float], into gradient: inout [Float]) -> Double {
    values.withUnsafeBufferPointer { v in
      gradient.withUnsafeMutableBufferPointer { g in addGradient(values: v, into: g) }
    }
  }

  /// `addGradient` over buffers (`gradient` at least as long as `values`).
  func addGradient(values: UnsafeBufferPointer<Float>, into gradient: UnsafeMutableBufferPointer<Float>) -> Double {
    let f1 = Float(l1)
    let f2 = Float(2 * l2)
    for i in 0..<min(values.count, gradient.count) {
      let w = values[i]
      let sign: Float = w > 0 ? 1 : (w < 0 ? -1 : 0)
      gradient[i] += f1 * sign + f2 * w
    }
    return penalty(values)
  }
}

extension Regularizer {
  /// `{"module": "keras.regularizers", "class_name": "L1L2", "config": {"l1": ..., "l2": ...}}`.
  public var config: ConfigValue {
    var args: [String: ConfigValue] = [:]
    if className != "L2" { args["l1"] = .double(l1) }
    if className != "L1" { args["l2"] = .double(l2) }
    return .object([
      "module": .string("keras.regularizers"), "class_name": .string(className),
      "config": .object(args), "registered_name": .null,
    ])
  }

  /// Rebuilds a regularizer from its config, a string, or `null`.
  public static func from(config: ConfigValue) throws -> Regularizer? {
    if config == .null { return nil }
    if let name = config.string { return try named(name) }
    let args = config.object?["config"]?.object ?? [:]
    return Regularizer(l1: args["l1"]?.number ?? 0, l2: args["l2"]?.number ?? 0)
  }
}
