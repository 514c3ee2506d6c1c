import Glibc

extension Tensor {
  /// Applies a binary ufunc with NumPy broadcasting and type promotion.
  public func binary(_ op: BinaryOp, _ other: Tensor) throws -> Tensor {
    try Tensor.compute(op, self, other, common: DType.promote(dtype, other.dtype))
  }

  /// Applies a binary ufunc with a weakly-typed Python scalar operand.
  ///
  /// `reversed` puts the scalar on the left (`2 - a`). A Python float with a
  /// float32 array stays float32, as in NumPy 2.
  public func binary(_ op: BinaryOp, scalar: Scalar, reversed: Bool = false) throws -> Tensor {
    let common = DType.promote(dtype, weak: scalar)
    let s = Tensor(scalar: scalar, dtype: common)
    return reversed
      ? try Tensor.compute(op, s, self, common: common)
      : try Tensor.compute(op, self, s, common: common)
  }

  static func compute(_ op: BinaryOp, _ a: Tensor, _ b: Tensor, common: DType) throws -> Tensor {
    let out = try Broadcast.shape([a.shape, b.shape])
    let n = try checkedCount(out, dtype: op.resultType(common))
    var work = common
    if common == .bool {
      switch op {
      case .subtract:
        throw TensorError.unsupported(
          "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.")
      case .floorDivide, .mod, .power: work = .int64
      default: break
      }
    }
    if op == .divide && common.isIntegral { work = .float64 }
    if op.isPredicate {
      if op == .logicalAnd || op == .logicalOr || op == .logicalXor {
        return Tensor(unchecked: .bool(logical(op, a.bools, a.shape, b.bools, b.shape, out, n)), shape: out)
      }
      if work == .bool { work = .int64 }
    }
    let x = a.data.converted(to: work), y = b.data.converted(to: work)
    let r: TensorData
    switch (x, y) {
    case (.float64(let p), .float64(let q)):
      r = op.isPredicate
        ? .bool(compare(op, p, a.shape, q, b.shape, out, n))
        : .float64(floating(op, p, a.shape, q, b.shape, out, n, pow: Glibc.pow))
    case (.float32(let p), .float32(let q)):
      r = op.isPredicate
        ? .bool(compare(op, p, a.shape, q, b.shape, out, n))
        : .float32(floating(op, p, a.shape, q, b.shape, out, n, pow: Glibc.powf))
    case (.int64(let p), .int64(let q)):
      if op.isPredicate {
        r = .bool(compare(op, p, a.shape, q, b.shape, out, n))
      } else {
        if op == .power && q.contains(where: { $0 < 0 }) { throw TensorError.negativeIntegerPower }
        r = .int64(integer(op, p, a.shape, q, b.shape, out, n))
      }
    case (.bool(let p), .bool(let q)):
      r = .bool(boolean(op, p, a.shape, q, b.shape, out, n))
    default:
      throw TensorError.unsupported("unsupported operand types for \(op.rawValue)")
    }
    return Tensor(unchecked: r, shape: out)
  }

  private static func floating<T: BinaryFloatingPoint>(
    _ op: BinaryOp, _ p: [T], _ ps: [Int], _ q: [T], _ qs: [Int], _ out: [Int], _ n: Int,
    pow: (T, T) -> T
  ) -> [T] {
    switch op {
    case .add: return Broadcast.apply(p, ps, q, qs, out: out, count: n) { $0 + $1 }
    case .subtract: return Broadcast.apply(p, ps, q, qs, out: out, count: n) { $0 - $1 }
    case .multiply: return Broadcast.apply(p, ps, q, qs, out: out, count: n) { $0 * $1 }
    case .divide: return Broadcast.apply(p, ps, q, qs, out: out, count: n) { $0 / $1 }
    case .floorDivide: return Broadcast.apply(p, ps, q, qs, out: out, count: n) { floorDivide($0, $1) }
    case .mod: return Broadcast.apply(p, ps, q, qs, out: out, count: n) { floatMod($0, $1) }
    case .power: return Broadcast.apply(p, ps, q, qs, out: out, count: n) { pow($0, $1) }
    case .maximum:
      return Broadcast.apply(p, ps, q, qs, out: out, count: n) { $0.isNaN || $0 >= $1 ? $0 : $1 }
    case .minimum:
      return Broadcast.apply(p, ps, q, qs, out: out, count: n) { $0.isNaN || $0 <= $1 ? $0 : $1 }
    default: return []
    }
  }

  private static func integer(
    _ op: BinaryOp, _ p: [Int], _ ps: [Int], _ q: [Int], _ qs: [Int], _ out: [Int], _ n: Int
  ) -> [Int] {
    switch op {
    case .add: return Broadcast.apply(p, ps, q, qs, out: out, count: n) { $0 &+ $1 }
    case .subtract: return Broadcast.apply(p, ps, q, qs, out: out, count: n) { $0 &- $1 }
    case .multiply: return Broadcast.apply(p, ps, q, qs, out: out, count: n) { $0 &* $1 }
    case .floorDivide: return Broadcast.apply(p, ps, q, qs, out: out, count: n) { intFloorDivide($0, $1) }
    case .mod: return Broadcast.apply(p, ps, q, qs, out: out, count: n) { intMod($0, $1) }
    case .power: return Broadcast.apply(p, ps, q, qs, out: out, count: n) { intPower($0, $1) }
    case .maximum: return Broadcast.apply(p, ps, q, qs, out: out, count: n) { Swift.max($0, $1) }
    case .minimum: return Broadcast.apply(p, ps, q, qs, out: out, count: n) { Swift.min($0, $1) }
    default: return []
    }
  }

  private static func boolean(
    _ op: BinaryOp, _ p: [Bool], _ ps: [Int], _ q: [Bool], _ qs: [Int], _ out: [Int], _ n: Int
  ) -> [Bool] {
    switch op {
    case .add, .maximum: return Broadcast.apply(p, ps, q, qs, out: out, count: n) { $0 || $1 }
    default: return Broadcast.apply(p, ps, q, qs, out: out, count: n) { $0 && $1 }
    }
  }

  private static func compare<T: Comparable>(
    _ op: BinaryOp, _ p: [T], _ ps: [Int], _ q: [T], _ qs: [Int], _ out: [Int], _ n: Int
  ) -> [Bool] {
    switch op {
    case .equal: return Broadcast.apply(p, ps, q, qs, out: out, count: n) { $0 == $1 }
    case .notEqual: return Broadcast.apply(p, ps, q, qs, out: out, count: n) { $0 != $1 }
    case .less: return Broadcast.apply(p, ps, q, qs, out: out, count: n) { $0 < $1 }
    case .lessEqual: return Broadcast.apply(p, ps, q, qs, out: out, count: n) { $0 <= $1 }
    case .greater: return Broadcast.apply(p, ps, q, qs, out: out, count: n) { $0 > $1 }
    default: return Broadcast.apply(p, ps, q, qs, out: out, count: n) { $0 >= $1 }
    }
  }

  private static func logical(
    _ op: BinaryOp, _ p: [Bool], _ ps: [Int], _ q: [Bool], _ qs: [Int], _ out: [Int], _ n: Int
  ) -> [Bool] {
    switch op {
    case .logicalAnd: return Broadcast.apply(p, ps, q, qs, out: out, count: n) { $0 && $1 }
    case .logicalOr: return Broadcast.apply(p, ps, q, qs, out: out, count: n) { $0 || $1 }
    default: return Broadcast.apply(p, ps, q, qs, out: out, count: n) { $0 != $1 }
    }
  }

  // MARK: - Operators

  /// `a + b` with broadcasting.
  public static func + (a: Tensor, b: Tensor) throws -> Tensor { try a.binary(.add, b) }
  /// `a - b` with broadcasting.
  public static func - (a: Tensor, b: Tensor) throws -> Tensor { try a.binary(.subtract, b) }
  /// `a * b` with broadcasting.
  public static func * (a: Tensor, b: Tensor) throws -> Tensor { try a.binary(.multiply, b) }
  /// `a / b` with broadcasting.
  public static func / (a: Tensor, b: Tensor) throws -> Tensor { try a.binary(.divide, b) }
}

/// NumPy's float floor division (`npy_divmod` semantics).
@inline(__always)
func floorDivide<T: BinaryFloatingPoint>(_ a: T, _ b: T) -> T {
  if b == 0 { return a / b }
  let mod = a.truncatingRemainder(dividingBy: b)
  var div = (a - mod) / b
  if mod != 0 && ((b < 0) != (mod < 0)) { div -= 1 }
  if div == 0 { return (a / b < 0) ? -0.0 : 0.0 }
  var floordiv = div.rounded(.down)
  if div - floordiv > 0.5 { floordiv += 1 }
  return floordiv
}

/// NumPy's float remainder: the result has the sign of the divisor.
@inline(__always)
func floatMod<T: BinaryFloatingPoint>(_ a: T, _ b: T) -> T {
  if b == 0 { return a.truncatingRemainder(dividingBy: b) }
  var mod = a.truncatingRemainder(dividingBy: b)
  if mod != 0 {
    if (b < 0) != (mod < 0) { mod += b }
  } else {
    mod = b < 0 ? -0.0 : 0.0
  }
  return mod
}

/// Python integer floor division; division by zero gives 0 like NumPy.
@inline(__always)
func intFloorDivide(_ a: Int, _ b: Int) -> Int {
  if b == 0 { return 0 }
  if b == -1 { return 0 &- a }
  let q = a / b
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q
}

/// Python integer modulo; modulo by zero gives 0 like NumPy.
@inline(__always)
func intMod(_ a: Int, _ b: Int) -> Int {
  if b == 0 || b == -1 { return 0 }
  let r = a % b
  return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r
}

/// Integer power by squaring, wrapping on overflow like NumPy.
@inline(__always)
func intPower(_ base: Int, _ exp: Int) -> Int {
  var result = 1, b = base, e = exp
  while e > 0 {
    if e & 1 == 1 { result = result &* b }
    b = b &* b
    e >>= 1
  }
  return result
}
