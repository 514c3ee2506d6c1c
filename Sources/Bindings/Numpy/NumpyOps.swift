import Interpreter
import Tensor

/// Python operators on arrays and NumPy scalars, with NumPy's promotion rules: Python
/// numbers are weakly typed, arrays and NumPy scalars strongly typed.
enum NumpyOps {
  /// An operand of an array operator.
  enum Operand {
    case tensor(Tensor)
    case scalar(Scalar)
  }

  /// The operand `value` stands for, or nil when NumPy would not handle it.
  static func operand(_ value: Value, _ evaluator: Evaluator) throws -> Operand? {
    if let scalar = NumpyConvert.pythonScalar(value) { return .scalar(scalar) }
    guard case .object(let object) = value else { return nil }
    if let array = object as? NDArray { return .tensor(array.tensor) }
    if let scalar = object as? NumpyScalar { return .tensor(scalar.tensor) }
    if object is PyList || object is PyTuple { return .tensor(try NumpyConvert.tensor(value, evaluator)) }
    return nil
  }

  /// The ufunc a Python operator maps to (matmul handled separately).
  static func ufunc(_ op: BinaryOperator, _ a: DType, _ b: DType) throws -> BinaryOp? {
    switch op {
    case .add: return .add
    case .subtract:
      if a == .bool && b == .bool {
        throw PyError.typeError(
          "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead."
        )
      }
      return .subtract
    case .multiply: return .multiply
    case .divide: return .divide
    case .floorDivide: return .floorDivide
    case .modulo: return .mod
    case .power: return .power
    case .bitAnd, .bitOr, .bitXor:
      guard a == .bool && b == .bool else {
        let name = op == .bitAnd ? "bitwise_and" : op == .bitOr ? "bitwise_or" : "bitwise_xor"
        throw PyError.typeError(
          "Neurona's numpy supports '\(op.rawValue)' (\(name)) on boolean arrays only")
      }
      return op == .bitAnd ? .logicalAnd : op == .bitOr ? .logicalOr : .logicalXor
    default: return nil
    }
  }

  /// `lhs op other` (or `other op lhs` when reflected) for an array or NumPy scalar `lhs`.
  static func binary(
    _ op: BinaryOperator, _ lhs: Tensor, _ other: Value, reflected: Bool, _ evaluator: Evaluator
  ) throws -> Value? {
    guard let operand = try operand(other, evaluator) else { return nil }
    return try NumpyErrors.guarded {
      if op == .matmul {
        let rhs: Tensor
        switch operand {
        case .tensor(let t): rhs = t
        case .scalar(let s): rhs = Tensor(scalar: s)
        }
        return NumpyConvert.wrap(reflected ? try rhs.matmul(lhs) : try lhs.matmul(rhs))
      }
      switch operand {
      case .scalar(let s):
        guard let ufunc = try ufunc(op, lhs.dtype, s.dtype) else { return nil }
        return NumpyConvert.wrap(try lhs.binary(ufunc, scalar: s, reversed: reflected))
      case .tensor(let t):
        guard let ufunc = try ufunc(op, lhs.dtype, t.dtype) else { return nil }
        return NumpyConvert.wrap(reflected ? try t.binary(ufunc, lhs) : try lhs.binary(ufunc, t))
      }
    }
  }

  /// The ufunc of a comparison operator.
  static func comparison(_ op: ComparisonOperator) -> BinaryOp? {
    switch op {
    case .equal: return .equal
    case .notEqual: return .notEqual
    case .less: return .less
    case .lessEqual: return .lessEqual
    case .greater: return .greater
    case .greaterEqual: return .greaterEqual
    default: return nil
    }
  }

  /// `lhs op other` for comparisons, element-wise.
  static func compare(_ op: ComparisonOperator, _ lhs: Tensor, _ other: Value, _ evaluator: Evaluator)
    throws -> Value?
  {
    guard let ufunc = comparison(op) else { return nil }
    guard let operand = try operand(other, evaluator) else {
      if op == .equal || op == .notEqual {
        return NumpyConvert.wrap(try NumpyErrors.guarded { try Tensor.full(lhs.shape, .bool(op == .notEqual)) })
      }
      return nil
    }
    return try NumpyErrors.guarded {
      switch operand {
      case .scalar(let s): return NumpyConvert.wrap(try lhs.binary(ufunc, scalar: s))
      case .tensor(let t): return NumpyConvert.wrap(try lhs.binary(ufunc, t))
      }
    }
  }

  /// `-x`, `+x`, `~x`.
  static func unary(_ op: UnaryOperator, _ tensor: Tensor) throws -> Value? {
    try NumpyErrors.guarded {
      switch op {
      case .negate: return NumpyConvert.wrap(try tensor.unary(.negative))
      case .plus: return NumpyConvert.wrap(tensor)
      case .invert:
        guard tensor.dtype == .bool else {
          throw PyError.typeError("Neurona's numpy supports '~' on boolean arrays only")
        }
        return NumpyConvert.wrap(try tensor.unary(.logicalNot))
      case .not: return nil
      }
    }
  }
}
