import Foundation

/// Python's integer arithmetic on 64-bit ints: floor division, sign of modulo, overflow checks.
enum IntegerArithmetic {
  static func apply(_ op: BinaryOperator, _ x: Int, _ y: Int) throws -> Value {
    switch op {
    case .add: return .int(try checked(x.addingReportingOverflow(y)))
    case .subtract: return .int(try checked(x.subtractingReportingOverflow(y)))
    case .multiply: return .int(try checked(x.multipliedReportingOverflow(by: y)))
    case .divide:
      guard y != 0 else { throw PyError.zeroDivision("division by zero") }
      return .float(Double(x) / Double(y))
    case .floorDivide:
      guard y != 0 else { throw PyError.zeroDivision("integer division or modulo by zero") }
      return .int(try floorDivide(x, y))
    case .modulo:
      guard y != 0 else { throw PyError.zeroDivision("integer modulo by zero") }
      return .int(modulo(x, y))
    case .power: return try power(x, y)
    case .leftShift:
      guard y >= 0 else { throw PyError.valueError("negative shift count") }
      guard y < 63, x == (x << y) >> y else { throw PyError.overflow("integer overflow in shift") }
      return .int(x << y)
    case .rightShift:
      guard y >= 0 else { throw PyError.valueError("negative shift count") }
      return .int(x >> min(y, 63))
    case .bitAnd: return .int(x & y)
    case .bitOr: return .int(x | y)
    case .bitXor: return .int(x ^ y)
    case .matmul:
      throw PyError.typeError("unsupported operand type(s) for @: 'int' and 'int'")
    }
  }

  private static func checked(_ result: (partialValue: Int, overflow: Bool)) throws -> Int {
    guard !result.overflow else {
      throw PyError.overflow("integer result too large for a 64-bit int")
    }
    return result.partialValue
  }

  static func floorDivide(_ x: Int, _ y: Int) throws -> Int {
    if x == Int.min && y == -1 { throw PyError.overflow("integer result too large for a 64-bit int") }
    let quotient = x / y
    return (x % y != 0 && (x < 0) != (y < 0)) ? quotient - 1 : quotient
  }

  static func modulo(_ x: Int, _ y: Int) -> Int {
    if y == -1 { return 0 }
    let remainder = x % y
    return (remainder != 0 && (remainder < 0) != (y < 0)) ? remainder + y : remainder
  }

  private static func power(_ base: Int, _ exponent: Int) throws -> Value {
    if exponent < 0 {
      guard base != 0 else {
        throw PyError.zeroDivision("0.0 cannot be raised to a negative power")
      }
      return .float(Foundation.pow(Double(base), Double(exponent)))
    }
    var result = 1
    var factor = base
    var remaining = exponent
    while remaining > 0 {
      if remaining & 1 == 1 { result = try checked(result.multipliedReportingOverflow(by: factor)) }
      remaining >>= 1
      if remaining > 0 { factor = try checked(factor.multipliedReportingOverflow(by: factor)) }
    }
    return .int(result)
  }
}

/// Python's float arithmetic: ZeroDivisionError instead of inf, floor semantics for // and %.
enum FloatArithmetic {
  static func apply(_ op: BinaryOperator, _ x: Double, _ y: Double) throws -> Value {
    switch op {
    case .add: return .float(x + y)
    case .subtract: return .float(x - y)
    case .multiply: return .float(x * y)
    case .divide:
      guard y != 0 else { throw PyError.zeroDivision("float division by zero") }
      return .float(x / y)
    case .floorDivide:
      guard y != 0 else { throw PyError.zeroDivision("float floor division by zero") }
      return .float(((x - modulo(x, y)) / y).rounded())
    case .modulo:
      guard y != 0 else { throw PyError.zeroDivision("float modulo") }
      return .float(modulo(x, y))
    case .power:
      if x == 0, y < 0 {
        throw PyError.zeroDivision("0.0 cannot be raised to a negative power")
      }
      if x < 0, y.rounded() != y {
        throw PyError.valueError("negative number cannot be raised to a fractional power")
      }
      let result = Foundation.pow(x, y)
      if result.isInfinite, x.isFinite, y.isFinite {
        throw PyError.overflow("(34, 'Numerical result out of range')")
      }
      return .float(result)
    default:
      throw PyError.typeError(
        "unsupported operand type(s) for \(op.rawValue): 'float' and 'float'")
    }
  }

  static func modulo(_ x: Double, _ y: Double) -> Double {
    var remainder = fmod(x, y)
    if remainder != 0 {
      if (y < 0) != (remainder < 0) { remainder += y }
    } else {
      remainder = y < 0 ? -0.0 : 0.0
    }
    return remainder
  }
}
