import Interpreter
import Tensor

/// Conversions between cell values and tensors: nested lists, Python and NumPy scalars,
/// shapes, axes.
enum NumpyConvert {
  /// An array result as a cell value: 0-d results become NumPy scalars, as NumPy's ufuncs
  /// and reductions return them.
  static func wrap(_ tensor: Tensor) -> Value {
    if tensor.ndim == 0 { return .object(NumpyScalar(tensor.element(at: 0), dtype: tensor.dtype)) }
    return .object(NDArray(tensor))
  }

  /// An array result that stays an array even when 0-d (`np.array(5)`).
  static func array(_ tensor: Tensor) -> Value { .object(NDArray(tensor)) }

  /// A Python scalar operand, when `value` is one (bools, ints, floats).
  static func pythonScalar(_ value: Value) -> Scalar? {
    switch value {
    case .bool(let flag): return .bool(flag)
    case .int(let int): return .int(int)
    case .float(let double): return .float(double)
    default: return nil
    }
  }

  /// Any array-like value as a tensor: arrays, NumPy and Python scalars, nested
  /// lists and tuples.
  static func tensor(_ value: Value, _ evaluator: Evaluator, dtype: DType? = nil) throws -> Tensor {
    let tensor = try convert(value, evaluator)
    guard let dtype else { return tensor }
    return tensor.dtype == dtype ? tensor : tensor.astype(dtype)
  }

  private static func convert(_ value: Value, _ evaluator: Evaluator) throws -> Tensor {
    if let scalar = pythonScalar(value) { return Tensor(scalar: scalar) }
    switch value {
    case .object(let object):
      if let array = object as? NDArray { return array.tensor }
      if let scalar = object as? NumpyScalar { return scalar.tensor }
      if object is PyList || object is PyTuple || object is PyRange {
        return try sequence(try evaluator.collect(value), evaluator)
      }
      if let number = object.numericValue(), let scalar = pythonScalar(number) {
        return Tensor(scalar: scalar)
      }
    case .str(let text):
      throw PyError.typeError("Neurona's numpy does not support string arrays: '\(text)'")
    case .none:
      throw PyError.typeError("Neurona's numpy does not support object arrays (found None)")
    default: break
    }
    throw PyError.typeError("Neurona's numpy cannot make an array from '\(value.typeName)'")
  }

  private static func sequence(_ items: [Value], _ evaluator: Evaluator) throws -> Tensor {
    if items.isEmpty { return try Tensor.zeros([0]) }
    if let flat = flatScalars(items) { return flat }
    let parts = try items.map { try convert($0, evaluator) }
    let first = parts[0].shape
    for part in parts where part.shape != first {
      throw PyError.valueError(
        "setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (\(items.count),) + inhomogeneous part.")
    }
    return try NumpyErrors.guarded { try Tensor.stack(parts) }
  }

  /// A fast path for flat lists of Python numbers.
  private static func flatScalars(_ items: [Value]) -> Tensor? {
    var doubles: [Double] = []
    var ints: [Int] = []
    var bools: [Bool] = []
    var kind = 0  // 0 bool, 1 int, 2 float
    doubles.reserveCapacity(items.count)
    for item in items {
      switch item {
      case .bool(let flag):
        bools.append(flag)
        ints.append(flag ? 1 : 0)
        doubles.append(flag ? 1 : 0)
      case .int(let int):
        kind = max(kind, 1)
        ints.append(int)
        doubles.append(Double(int))
      case .float(let double):
        kind = 2
        doubles.append(double)
      default: return nil
      }
    }
    switch kind {
    case 0: return try? Tensor(bools, shape: [bools.count])
    case 1: return Tensor(ints)
    default: return Tensor(doubles)
    }
  }

  /// A shape argument: an int or a sequence of ints.
  static func shape(_ value: Value, _ evaluator: Evaluator) throws -> [Int] {
    if let single = try? int(value) { return [single] }
    guard value.as(PyTuple.self) != nil || value.as(PyList.self) != nil else {
      throw PyError.typeError("'\(value.typeName)' object cannot be interpreted as an integer")
    }
    return try evaluator.collect(value).map { try int($0) }
  }

  /// An integer argument (Python ints, bools and NumPy integers).
  static func int(_ value: Value) throws -> Int {
    switch value {
    case .int(let int): return int
    case .bool(let flag): return flag ? 1 : 0
    case .object(let object):
      if let index = Evaluator.indexValue(of: object) { return index }
    default: break
    }
    throw PyError.typeError("'\(value.typeName)' object cannot be interpreted as an integer")
  }

  /// A float argument (any real number).
  static func double(_ value: Value) throws -> Double {
    switch value {
    case .int(let int): return Double(int)
    case .bool(let flag): return flag ? 1 : 0
    case .float(let double): return double
    case .object(let object):
      if let number = object.numericValue(), let scalar = pythonScalar(number) { return scalar.doubleValue }
    default: break
    }
    throw PyError.typeError("must be real number, not \(value.typeName)")
  }

  /// A scalar argument, keeping Python's int/float distinction.
  static func scalar(_ value: Value) throws -> Scalar {
    if let scalar = pythonScalar(value) { return scalar }
    if case .object(let object) = value, let number = object.numericValue(),
      let scalar = pythonScalar(number)
    {
      return scalar
    }
    throw PyError.typeError("expected a number, not '\(value.typeName)'")
  }

  /// An optional `axis=` argument.
  static func axis(_ value: Value?) throws -> Int? {
    guard let value, !value.isNone else { return nil }
    if value.as(PyTuple.self) != nil {
      throw PyError.typeError("Neurona's numpy accepts a single integer axis, not a tuple")
    }
    return try int(value)
  }

  /// A boolean flag argument.
  static func flag(_ value: Value?, _ evaluator: Evaluator) throws -> Bool {
    guard let value else { return false }
    return try evaluator.truthy(value)
  }
}
