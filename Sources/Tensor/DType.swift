/// The element type of a `Tensor`, mirroring the NumPy dtypes the course uses.
///
/// Promotion follows NumPy 2: `bool < int64 < float32 < float64`, except that
/// mixing `int64` with `float32` gives `float64`.
public enum DType: String, Sendable, CaseIterable {
  /// Booleans (`numpy.bool`).
  case bool
  /// 64-bit signed integers (`numpy.int64`), NumPy's default integer.
  case int64
  /// 32-bit IEEE floats (`numpy.float32`), Keras' default.
  case float32
  /// 64-bit IEEE floats (`numpy.float64`), NumPy's default.
  case float64

  /// The NumPy name of the dtype (`"float64"`).
  public var name: String { rawValue }

  /// The size of one element in bytes.
  public var itemSize: Int {
    switch self {
    case .bool: return 1
    case .int64, .float64: return 8
    case .float32: return 4
    }
  }

  /// Whether the dtype is a floating-point type.
  public var isFloatingPoint: Bool { self == .float32 || self == .float64 }

  /// Whether the dtype is an integer or boolean type.
  public var isIntegral: Bool { self == .int64 || self == .bool }

  var rank: Int {
    switch self {
    case .bool: return 0
    case .int64: return 1
    case .float32: return 2
    case .float64: return 3
    }
  }

  /// The result dtype of combining two arrays (`np.result_type`).
  public static func promote(_ a: DType, _ b: DType) -> DType {
    if (a == .int64 && b == .float32) || (a == .float32 && b == .int64) { return .float64 }
    return a.rank >= b.rank ? a : b
  }

  /// The result dtype of combining an array with a weakly-typed Python scalar.
  ///
  /// Python scalars only raise the kind (bool → int → float), never the
  /// precision: `float32 * 2.5` stays `float32`, `int64 * 2.5` is `float64`.
  public static func promote(_ a: DType, weak scalar: Scalar) -> DType {
    switch scalar {
    case .bool: return a
    case .int: return a == .bool ? .int64 : a
    case .float: return a.isFloatingPoint ? a : .float64
    }
  }
}

/// A Python scalar operand (weakly typed in NumPy 2's promotion rules).
public enum Scalar: Sendable, Equatable {
  /// A Python `bool`.
  case bool(Bool)
  /// A Python `int`.
  case int(Int)
  /// A Python `float`.
  case float(Double)

  /// The scalar as a `Double`.
  public var doubleValue: Double {
    switch self {
    case .bool(let b): return b ? 1 : 0
    case .int(let i): return Double(i)
    case .float(let d): return d
    }
  }

  /// The natural dtype of the scalar when it becomes an array.
  public var dtype: DType {
    switch self {
    case .bool: return .bool
    case .int: return .int64
    case .float: return .float64
    }
  }
}
