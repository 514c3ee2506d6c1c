/// An element-wise binary ufunc.
public enum BinaryOp: String, Sendable, CaseIterable {
  /// `a + b` (`np.add`).
  case add
  /// `a - b` (`np.subtract`).
  case subtract
  /// `a * b` (`np.multiply`).
  case multiply
  /// `a / b` (`np.true_divide`); integers give float64.
  case divide
  /// `a // b` (`np.floor_divide`), rounding toward minus infinity.
  case floorDivide
  /// `a % b` (`np.remainder`), with the sign of the divisor.
  case mod
  /// `a ** b` (`np.power`).
  case power
  /// `np.maximum` (NaN-propagating).
  case maximum
  /// `np.minimum` (NaN-propagating).
  case minimum
  /// `a == b`.
  case equal
  /// `a != b`.
  case notEqual
  /// `a < b`.
  case less
  /// `a <= b`.
  case lessEqual
  /// `a > b`.
  case greater
  /// `a >= b`.
  case greaterEqual
  /// `np.logical_and`.
  case logicalAnd
  /// `np.logical_or`.
  case logicalOr
  /// `np.logical_xor`.
  case logicalXor

  /// Whether the op yields a bool array regardless of input dtype.
  public var isPredicate: Bool {
    switch self {
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual,
      .logicalAnd, .logicalOr, .logicalXor:
      return true
    default: return false
    }
  }

  /// The dtype of the result when the operands promote to `common`.
  public func resultType(_ common: DType) -> DType {
    if isPredicate { return .bool }
    switch self {
    case .divide: return common.isIntegral ? .float64 : common
    case .floorDivide, .mod, .power: return common == .bool ? .int64 : common
    default: return common
    }
  }
}
