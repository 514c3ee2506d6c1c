import Foundation

/// How data values map to positions along an axis.
public enum AxisScale: String, Equatable, Sendable {
  /// Evenly spaced values.
  case linear
  /// Evenly spaced powers of ten; non-positive values are skipped.
  case log

  /// Parses `'linear'` or `'log'`.
  public init(parsing spec: String) throws {
    guard let s = AxisScale(rawValue: spec) else {
      throw DisplayError.invalidArgument(name: "scale", reason: "unknown scale '\(spec)' (use 'linear' or 'log')")
    }
    self = s
  }

  /// The value in the space where the axis is linear (nil when it cannot be drawn).
  func forward(_ v: Double) -> Double? {
    guard v.isFinite else { return nil }
    switch self {
    case .linear: return v
    case .log: return v > 0 ? log10(v) : nil
    }
  }

  /// The inverse of `forward`.
  func inverse(_ t: Double) -> Double {
    switch self {
    case .linear: return t
    case .log: return pow(10, t)
    }
  }
}
