import Interpreter
import Tensor

/// A NumPy scalar (`np.float64(0.5)`, `np.int64(3)`, `np.True_`): what indexing one element
/// or reducing a whole array gives.
final class NumpyScalar: PyObject {
  /// The value, already rounded to the dtype.
  let value: Scalar
  /// The NumPy type of the value.
  let dtype: DType

  /// Wraps a value of `dtype`.
  init(_ value: Scalar, dtype: DType) {
    self.value = value
    self.dtype = dtype
  }

  /// The value as a 0-d tensor (strongly typed in NumPy's promotion).
  var tensor: Tensor { Tensor(scalar: value, dtype: dtype) }

  /// `numpy.float64`, `numpy.int64`, ...
  var pyType: PyType { NumpyTypes.type(for: dtype) }

  /// `np.float64(0.5)`.
  func repr() -> String { scalarRepr(value, dtype: dtype) }

  /// `0.5`.
  func str() -> String { scalarStr(value, dtype: dtype) }

  /// The equivalent Python number, for `float()`, `int()`, formatting and indexing.
  func numericValue() -> Value? {
    switch dtype {
    case .bool: return .bool(value.doubleValue != 0)
    case .int64:
      if case .int(let int) = value { return .int(int) }
      return .int(Int(value.doubleValue))
    case .float32: return .float(Double(Float(value.doubleValue)))
    case .float64: return .float(value.doubleValue)
    }
  }

  /// Scalars have no length.
  func length() throws -> Int? {
    throw PyError.typeError("object of type 'numpy.\(dtype.name)' has no len()")
  }

  /// Nonzero values are true.
  func truthValue() throws -> Bool? { value.doubleValue != 0 }

  /// Hashes like the equal Python number.
  func hashValue() throws -> Int? {
    let number = value.doubleValue
    if let int = Int(exactly: number) { return int.hashValue }
    return number.hashValue
  }

  /// Arithmetic with arrays, Python numbers and NumPy scalars.
  func binaryOperation(
    _ op: BinaryOperator, _ other: Value, reflected: Bool, _ evaluator: Evaluator
  ) throws -> Value? {
    try NumpyOps.binary(op, tensor, other, reflected: reflected, evaluator)
  }

  /// Comparisons, giving `np.True_` / `np.False_` (arrays against arrays).
  func compare(_ op: ComparisonOperator, _ other: Value, _ evaluator: Evaluator) throws -> Value? {
    try NumpyOps.compare(op, tensor, other, evaluator)
  }

  /// `-x`, `+x`, `~x`.
  func unaryOperation(_ op: UnaryOperator, _ evaluator: Evaluator) throws -> Value? {
    try NumpyOps.unary(op, tensor)
  }

  /// `dtype`, `shape`, `ndim`, `size`, and the methods `item`, `tolist`, `astype`, `round`,
  /// `__round__`, `__abs__`, `is_integer`.
  func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    switch name {
    case "dtype": return .object(DTypeObject(dtype))
    case "shape": return .tuple([])
    case "ndim": return .int(0)
    case "size": return .int(1)
    case "real": return .object(self)
    case "item", "tolist":
      return method(name) { _ in self.numericValue() ?? .none }
    case "astype":
      return method(name) { arguments in
        let bound = try arguments.bind("astype", ["dtype"])
        return NumpyConvert.wrap(self.tensor.astype(try NumpyTypes.dtype(bound.values["dtype"] ?? .none)))
      }
    case "round", "__round__":
      return method(name) { arguments in
        let bound = try arguments.bind(name, ["decimals="])
        let decimals = try bound["decimals"].map(NumpyConvert.int) ?? 0
        return NumpyConvert.wrap(self.tensor.rounded(decimals: decimals))
      }
    case "__abs__":
      return method(name) { _ in NumpyConvert.wrap(try NumpyErrors.guarded { try self.tensor.unary(.abs) }) }
    case "is_integer":
      return method(name) { _ in .bool(self.value.doubleValue.rounded() == self.value.doubleValue) }
    default: return nil
    }
  }

  /// Names offered by completion.
  func attributeNames() -> [String] {
    ["astype", "dtype", "item", "ndim", "round", "shape", "size", "tolist"]
  }

  private func method(_ name: String, _ body: @escaping (Arguments) throws -> Value) -> Value {
    .object(BuiltinFunction(name) { arguments, _ in try body(arguments) })
  }
}
