/// The element buffer of a `Tensor`: one Swift array per dtype.
///
/// Storage design: each dtype keeps its elements in a plain contiguous
/// row-major Swift array (`[Double]`, `[Float]`, `[Int]`, `[Bool]`). Swift
/// arrays are already copy-on-write, so `Tensor` gets value semantics for
/// free, and `[Float]`/`[Double]` can be handed straight to `cblas_sgemm` /
/// `cblas_dgemm`. Kernels switch on the case once per operation, never per
/// element.
public enum TensorData: Equatable, Sendable {
  /// `float64` elements.
  case float64([Double])
  /// `float32` elements.
  case float32([Float])
  /// `int64` elements.
  case int64([Int])
  /// `bool` elements.
  case bool([Bool])

  /// The dtype of the buffer.
  public var dtype: DType {
    switch self {
    case .float64: return .float64
    case .float32: return .float32
    case .int64: return .int64
    case .bool: return .bool
    }
  }

  /// The number of elements.
  public var count: Int {
    switch self {
    case .float64(let a): return a.count
    case .float32(let a): return a.count
    case .int64(let a): return a.count
    case .bool(let a): return a.count
    }
  }

  /// The elements converted to `Double`.
  public var doubles: [Double] {
    switch self {
    case .float64(let a): return a
    case .float32(let a): return a.map(Double.init)
    case .int64(let a): return a.map(Double.init)
    case .bool(let a): return a.map { $0 ? 1 : 0 }
    }
  }

  /// The elements converted to `Float`.
  public var floats: [Float] {
    switch self {
    case .float64(let a): return a.map(Float.init)
    case .float32(let a): return a
    case .int64(let a): return a.map(Float.init)
    case .bool(let a): return a.map { $0 ? 1 : 0 }
    }
  }

  /// The elements converted to `Int` (floats truncate toward zero; NaN and
  /// out-of-range values become `Int.min` like NumPy's casts on x86).
  public var ints: [Int] {
    switch self {
    case .float64(let a): return a.map(truncatingToInt)
    case .float32(let a): return a.map { truncatingToInt(Double($0)) }
    case .int64(let a): return a
    case .bool(let a): return a.map { $0 ? 1 : 0 }
    }
  }

  /// The elements converted to `Bool` (non-zero is true).
  public var bools: [Bool] {
    switch self {
    case .float64(let a): return a.map { $0 != 0 }
    case .float32(let a): return a.map { $0 != 0 }
    case .int64(let a): return a.map { $0 != 0 }
    case .bool(let a): return a
    }
  }

  /// The buffer converted to another dtype.
  public func converted(to dtype: DType) -> TensorData {
    if dtype == self.dtype { return self }
    switch dtype {
    case .float64: return .float64(doubles)
    case .float32: return .float32(floats)
    case .int64: return .int64(ints)
    case .bool: return .bool(bools)
    }
  }

  /// Gathers the elements at `offsets` into a new buffer.
  func gather(_ offsets: [Int]) -> TensorData {
    switch self {
    case .float64(let a): return .float64(offsets.map { a[$0] })
    case .float32(let a): return .float32(offsets.map { a[$0] })
    case .int64(let a): return .int64(offsets.map { a[$0] })
    case .bool(let a): return .bool(offsets.map { a[$0] })
    }
  }

  /// Writes `values` (same dtype, same count as `offsets`) at `offsets`.
  mutating func scatter(_ offsets: [Int], from values: TensorData) {
    switch (self, values.converted(to: dtype)) {
    case (.float64(var a), .float64(let v)):
      self = .bool([])
      for (i, o) in offsets.enumerated() { a[o] = v[i] }
      self = .float64(a)
    case (.float32(var a), .float32(let v)):
      self = .bool([])
      for (i, o) in offsets.enumerated() { a[o] = v[i] }
      self = .float32(a)
    case (.int64(var a), .int64(let v)):
      self = .bool([])
      for (i, o) in offsets.enumerated() { a[o] = v[i] }
      self = .int64(a)
    case (.bool(var a), .bool(let v)):
      self = .bool([])
      for (i, o) in offsets.enumerated() { a[o] = v[i] }
      self = .bool(a)
    default:
      break
    }
  }

  /// Concatenates buffers of the same dtype.
  static func joined(_ parts: [TensorData], dtype: DType) -> TensorData {
    switch dtype {
    case .float64: return .float64(parts.flatMap { $0.converted(to: dtype).doubles })
    case .float32: return .float32(parts.flatMap { $0.converted(to: dtype).floats })
    case .int64: return .int64(parts.flatMap { $0.converted(to: dtype).ints })
    case .bool: return .bool(parts.flatMap { $0.converted(to: dtype).bools })
    }
  }
}

/// Converts like a C cast on x86-64: truncation, with NaN/overflow → Int.min.
@inline(__always)
func truncatingToInt(_ x: Double) -> Int {
  if x.isNaN || x >= 9.223372036854775807e18 || x < -9.223372036854775808e18 { return Int.min }
  return Int(x)
}
