
extension Tensor {
  /// An array of `shape` filled with `value` (`np.full`).
  public static func full(_ shape: [Int], _ value: Scalar, dtype: DType? = nil) throws -> Tensor {
    let dt = dtype ?? value.dtype
    let n = try checkedCount(shape, dtype: dt)
    let data: TensorData
    switch dt {
    case .float64: data = .float64([Double](repeating: value.doubleValue, count: n))
    case .float32: data = .float32([Float](repeating: Float(value.doubleValue), count: n))
    case .int64:
      let v: Int
      switch value {
      case .int(let i): v = i
      case .bool(let b): v = b ? 1 : 0
      case .float(let d): v = truncatingToInt(d)
      }
      data = .int64([Int](repeating: v, count: n))
    case .bool: data = .bool([Bool](repeating: value.doubleValue != 0, count: n))
    }
    return Tensor(unchecked: data, shape: shape)
  }

  /// An array of zeros (`np.zeros`, float64 by default).
  public static func zeros(_ shape: [Int], dtype: DType = .float64) throws -> Tensor {
    try full(shape, .int(0), dtype: dtype)
  }

  /// An array of ones (`np.ones`, float64 by default).
  public static func ones(_ shape: [Int], dtype: DType = .float64) throws -> Tensor {
    try full(shape, .int(1), dtype: dtype)
  }

  /// Evenly spaced values in `[start, stop)` (`np.arange`).
  ///
  /// The length is `ceil((stop - start) / step)` (at least 0). The dtype is
  /// `int64` when all arguments are ints, else `float64`, unless given.
  public static func arange(
    _ start: Scalar, _ stop: Scalar, _ step: Scalar = .int(1), dtype: DType? = nil
  ) throws -> Tensor {
    let allInt = [start, stop, step].allSatisfy { if case .float = $0 { return false } else { return true } }
    let dt = dtype ?? (allInt ? .int64 : .float64)
    if allInt {
      func int(_ scalar: Scalar) -> Int {
        if case .int(let value) = scalar { return value }
        return scalar.doubleValue != 0 ? 1 : 0
      }
      let a = int(start), b = int(stop), s = int(step)
      guard s != 0 else { throw TensorError.zeroDivision }
      // ceil((b - a) / s) on magnitudes: `b - a` may not fit in an Int, nor `-s`.
      var n = 0
      if s > 0 ? a < b : a > b {
        let span = s > 0 ? UInt(bitPattern: b &- a) : UInt(bitPattern: a &- b)
        guard let count = Int(exactly: (span - 1) / s.magnitude + 1) else { throw TensorError.shapeOverflow }
        n = count
      }
      _ = try checkedCount([n], dtype: dt)
      let values = (0..<n).map { a &+ $0 &* s }
      return Tensor(unchecked: TensorData.int64(values).converted(to: dt), shape: [n])
    }
    let a = start.doubleValue, b = stop.doubleValue, s = step.doubleValue
    guard s != 0 else { throw TensorError.zeroDivision }
    let len = ((b - a) / s).rounded(.up)
    guard len.isFinite else { throw TensorError.value("arange: cannot compute length") }
    guard len < 9.0e18 else { throw TensorError.shapeOverflow }
    let n = Swift.max(Int(len), 0)
    _ = try checkedCount([n], dtype: dt)
    // NumPy computes the first two values and fills with their difference.
    let delta = (a + s) - a
    let values = (0..<n).map { a + Double($0) * delta }
    return Tensor(unchecked: TensorData.float64(values).converted(to: dt), shape: [n])
  }

  /// `np.arange(stop)`.
  public static func arange(_ stop: Scalar, dtype: DType? = nil) throws -> Tensor {
    try arange(.int(0), stop, .int(1), dtype: dtype)
  }

  /// `num` evenly spaced samples over `[start, stop]` (`np.linspace`).
  public static func linspace(
    _ start: Double, _ stop: Double, num: Int = 50, endpoint: Bool = true, dtype: DType = .float64
  ) throws -> Tensor {
    guard num >= 0 else { throw TensorError.value("Number of samples, \(num), must be non-negative.") }
    _ = try checkedCount([num], dtype: dtype)
    let div = endpoint ? num - 1 : num
    let delta = stop - start
    var values = [Double](repeating: start, count: num)
    if div > 0 {
      let step = delta / Double(div)
      if step == 0 {
        for i in 0..<num { values[i] = start + Double(i) / Double(div) * delta }
      } else {
        for i in 0..<num { values[i] = start + Double(i) * step }
      }
    }
    if endpoint && num > 1 { values[num - 1] = stop }
    return Tensor(unchecked: TensorData.float64(values).converted(to: dtype), shape: [num])
  }

  /// An `n × m` matrix with ones on diagonal `k` (`np.eye`).
  public static func eye(_ n: Int, _ m: Int? = nil, k: Int = 0, dtype: DType = .float64) throws -> Tensor {
    let cols = m ?? n
    var t = try zeros([n, cols], dtype: .float64)
    var values = t.doubles
    for i in 0..<Swift.max(n, 0) {
      let (j, overflow) = i.addingReportingOverflow(k)
      if !overflow && j >= 0 && j < cols { values[i * cols + j] = 1 }
    }
    t.data = TensorData.float64(values).converted(to: dtype)
    return t
  }

  /// `np.identity(n)`.
  public static func identity(_ n: Int, dtype: DType = .float64) throws -> Tensor {
    try eye(n, dtype: dtype)
  }
}
