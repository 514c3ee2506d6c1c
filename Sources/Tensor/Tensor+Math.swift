import Glibc

/// An element-wise unary ufunc.
public enum UnaryOp: String, Sendable, CaseIterable {
  /// `np.exp`.
  case exp
  /// `np.log` (natural).
  case log
  /// `np.sqrt`.
  case sqrt
  /// `np.tanh`.
  case tanh
  /// `np.sin`.
  case sin
  /// `np.cos`.
  case cos
  /// `np.floor`.
  case floor
  /// `np.ceil`.
  case ceil
  /// `np.sign`.
  case sign
  /// `np.abs`.
  case abs
  /// `-a`.
  case negative
  /// `np.logical_not`.
  case logicalNot
}

extension Tensor {
  /// Applies an element-wise unary ufunc. Transcendentals turn ints into
  /// float64; abs/sign/negative/floor/ceil keep the integer dtype.
  public func unary(_ op: UnaryOp) throws -> Tensor {
    switch op {
    case .logicalNot: return Tensor(unchecked: .bool(bools.map { !$0 }), shape: shape)
    case .negative where dtype == .bool:
      throw TensorError.unsupported(
        "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.")
    case .abs where dtype == .bool, .floor where dtype == .bool, .ceil where dtype == .bool: return self
    case .sign where dtype == .bool:
      throw TensorError.unsupported("ufunc 'sign' did not contain a loop with signature matching types")
    default: break
    }
    switch data {
    case .int64(let a):
      switch op {
      case .abs: return Tensor(unchecked: .int64(a.map { $0 == Int.min ? $0 : Swift.abs($0) }), shape: shape)
      case .negative: return Tensor(unchecked: .int64(a.map { 0 &- $0 }), shape: shape)
      case .sign: return Tensor(unchecked: .int64(a.map { $0.signum() }), shape: shape)
      case .floor, .ceil: return self
      default: return try astype(.float64).unary(op)
      }
    case .bool(let a):
      return try Tensor(unchecked: .int64(a.map { $0 ? 1 : 0 }), shape: shape).unary(op)
    case .float64(let a):
      return Tensor(unchecked: .float64(Tensor.mapFloat(a, op, Glibc.exp, Glibc.log, Glibc.sqrt, Glibc.tanh, Glibc.sin, Glibc.cos)), shape: shape)
    case .float32(let a):
      return Tensor(unchecked: .float32(Tensor.mapFloat(a, op, expf, logf, sqrtf, tanhf, sinf, cosf)), shape: shape)
    }
  }

  private static func mapFloat<T: BinaryFloatingPoint>(
    _ a: [T], _ op: UnaryOp, _ exp: (T) -> T, _ log: (T) -> T, _ sqrt: (T) -> T, _ tanh: (T) -> T,
    _ sin: (T) -> T, _ cos: (T) -> T
  ) -> [T] {
    switch op {
    case .exp: return a.map(exp)
    case .log: return a.map(log)
    case .sqrt: return a.map(sqrt)
    case .tanh: return a.map(tanh)
    case .sin: return a.map(sin)
    case .cos: return a.map(cos)
    case .floor: return a.map { $0.rounded(.down) }
    case .ceil: return a.map { $0.rounded(.up) }
    case .sign: return a.map { $0.isNaN ? $0 : ($0 > 0 ? 1 : ($0 < 0 ? -1 : 0)) }
    case .abs: return a.map { Swift.abs($0) }
    case .negative: return a.map { -$0 }
    case .logicalNot: return a.map { $0 == 0 ? 1 : 0 }
    }
  }

  /// Rounds half to even at `decimals` places (`np.round`).
  public func rounded(decimals: Int = 0) -> Tensor {
    switch data {
    case .int64(let a):
      if decimals >= 0 { return self }
      // NumPy rounds in float64 and casts back: huge scales give 0, overflow Int.min.
      let f = Glibc.pow(10.0, -Double(decimals))
      return Tensor(unchecked: .int64(a.map { x in
        truncatingToInt((Double(x) / f).rounded(.toNearestOrEven) * f)
      }), shape: shape)
    case .bool: return self
    case .float64(let a): return Tensor(unchecked: .float64(a.map { Tensor.roundDouble($0, decimals) }), shape: shape)
    case .float32(let a):
      return Tensor(unchecked: .float32(a.map { Float(Tensor.roundDouble(Double($0), decimals)) }), shape: shape)
    }
  }

  /// NumPy's algorithm: scale by 10^d, round half-to-even, unscale.
  private static func roundDouble(_ x: Double, _ decimals: Int) -> Double {
    if decimals == 0 { return x.rounded(.toNearestOrEven) }
    let f = Glibc.pow(10.0, Swift.abs(Double(decimals)))
    if decimals > 0 { return (x * f).rounded(.toNearestOrEven) / f }
    return (x / f).rounded(.toNearestOrEven) * f
  }

  /// Limits values to `[low, high]` (`np.clip`); either bound may be nil.
  public func clipped(min low: Tensor?, max high: Tensor?) throws -> Tensor {
    var r = self
    if let low { r = try r.binary(.maximum, low) }
    if let high { r = try r.binary(.minimum, high) }
    return r
  }

  /// `np.clip` with Python scalar bounds.
  public func clipped(min low: Scalar?, max high: Scalar?) throws -> Tensor {
    var r = self
    if let low { r = try r.binary(.maximum, scalar: low) }
    if let high { r = try r.binary(.minimum, scalar: high) }
    return r
  }

  /// `-a`.
  public static prefix func - (a: Tensor) throws -> Tensor { try a.unary(.negative) }
}
