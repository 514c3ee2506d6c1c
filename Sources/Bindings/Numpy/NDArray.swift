import Interpreter
import Tensor

/// `numpy.ndarray`: a cell value wrapping a `Tensor`.
///
/// Indexing returns copies (not views); in-place operators (`a += 1`) and item assignment
/// (`a[mask] = 0`) update the array itself, so every name bound to it sees the change.
final class NDArray: PyObject, PyInPlaceOperable {
  /// The array's contents.
  var tensor: Tensor

  /// Wraps a tensor.
  init(_ tensor: Tensor) { self.tensor = tensor }

  /// `numpy.ndarray`.
  static let type = PyType(
    name: "ndarray", module: "numpy", bases: [.object],
    documentation: "An n-dimensional array of numbers of one dtype.")

  /// `numpy.ndarray`.
  var pyType: PyType { NDArray.type }

  /// `array([1., 2.])`, exactly as NumPy prints it.
  func repr() -> String { tensor.repr }

  /// `[1. 2.]`.
  func str() -> String { tensor.str }

  /// The length of the first axis.
  func length() throws -> Int? {
    guard tensor.ndim > 0 else { throw PyError.typeError("len() of unsized object") }
    return tensor.shape[0]
  }

  /// `bool(a)`, defined for one element only.
  func truthValue() throws -> Bool? {
    if tensor.size == 0 {
      throw PyError.valueError(
        "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty."
      )
    }
    return try NumpyErrors.guarded { try tensor.truthValue() }
  }

  /// Iterates over the first axis.
  func makeIterator(_ evaluator: Evaluator) throws -> PyIterator? {
    guard tensor.ndim > 0 else { throw PyError.typeError("iteration over a 0-d array") }
    let snapshot = tensor
    var index = 0
    return ClosureIterator {
      guard index < snapshot.shape[0] else { return nil }
      defer { index += 1 }
      return NumpyConvert.wrap(try NumpyErrors.guarded { try snapshot.get([.int(index)]) })
    }
  }

  /// `x in a`: whether any element equals `x`.
  func contains(_ item: Value, _ evaluator: Evaluator) throws -> Bool? {
    guard let result = try NumpyOps.compare(.equal, tensor, item, evaluator) else { return false }
    return try evaluator.truthy(
      NumpyConvert.wrap(try NumpyErrors.guarded { try NumpyConvert.tensor(result, evaluator).any() }))
  }

  /// Arrays are unhashable.
  func hashValue() throws -> Int? { nil }

  /// `a[key]`: integers, slices, `None`, `...`, integer arrays and boolean masks.
  func getItem(_ key: Value, _ evaluator: Evaluator) throws -> Value? {
    let indices = try NumpyIndex.indices(key, evaluator)
    return NumpyConvert.wrap(try NumpyErrors.guarded { try tensor.get(indices) })
  }

  /// `a[key] = value`, broadcasting `value` and casting it to the array's dtype.
  func setItem(_ key: Value, _ value: Value, _ evaluator: Evaluator) throws -> Bool {
    let indices = try NumpyIndex.indices(key, evaluator)
    if let scalar = NumpyConvert.pythonScalar(value) {
      try NumpyErrors.guarded { try tensor.set(indices, to: scalar) }
    } else {
      let source = try NumpyConvert.tensor(value, evaluator)
      try NumpyErrors.guarded { try tensor.set(indices, to: source) }
    }
    return true
  }

  /// Element-wise arithmetic and `@`.
  func binaryOperation(
    _ op: BinaryOperator, _ other: Value, reflected: Bool, _ evaluator: Evaluator
  ) throws -> Value? {
    try NumpyOps.binary(op, tensor, other, reflected: reflected, evaluator)
  }

  /// Element-wise comparisons, giving boolean arrays.
  func compare(_ op: ComparisonOperator, _ other: Value, _ evaluator: Evaluator) throws -> Value? {
    try NumpyOps.compare(op, tensor, other, evaluator)
  }

  /// `-a`, `+a`, `~a`.
  func unaryOperation(_ op: UnaryOperator, _ evaluator: Evaluator) throws -> Value? {
    try NumpyOps.unary(op, tensor)
  }

  /// `a op= x` in place, with NumPy's same-kind casting rule.
  func inPlaceOperation(_ op: BinaryOperator, _ operand: Value, _ evaluator: Evaluator) throws -> Bool {
    guard op != .matmul,
      let result = try NumpyOps.binary(op, tensor, operand, reflected: false, evaluator)
    else { return false }
    let computed = try NumpyConvert.tensor(result, evaluator)
    if NDArray.kind(computed.dtype) > NDArray.kind(tensor.dtype) {
      let names: [BinaryOperator: String] = [
        .add: "add", .subtract: "subtract", .multiply: "multiply", .divide: "divide",
        .floorDivide: "floor_divide", .modulo: "remainder", .power: "power",
      ]
      throw PyError(
        NumpyErrors.ufuncTypeError,
        "Cannot cast ufunc '\(names[op] ?? op.rawValue)' output from dtype('\(computed.dtype.name)') to dtype('\(tensor.dtype.name)') with casting rule 'same_kind'"
      )
    }
    guard computed.shape == tensor.shape else {
      throw PyError.valueError(
        "non-broadcastable output operand with shape \(shapeString(tensor.shape)) doesn't match the broadcast shape \(shapeString(computed.shape))"
      )
    }
    tensor = computed.dtype == tensor.dtype ? computed : computed.astype(tensor.dtype)
    return true
  }

  /// bool < integer < floating, for casting checks.
  static func kind(_ dtype: DType) -> Int {
    switch dtype {
    case .bool: return 0
    case .int64: return 1
    case .float32, .float64: return 2
    }
  }

  /// Attributes and methods (see `NDArray+Attributes`).
  func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    try attribute(name, evaluator)
  }

  /// Names offered by completion.
  func attributeNames() -> [String] { NDArray.attributeNameList }
}
