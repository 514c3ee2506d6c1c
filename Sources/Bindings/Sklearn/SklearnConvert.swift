import Datasets
import Interpreter
import Tensor

/// Conversions between cell values and the `Datasets` module's labels, tensors and seeds.
enum SklearnConvert {
  /// Labels of a 1-D array-like (arrays, lists, tuples, ranges; a column vector is raveled).
  static func labels(_ value: Value, _ evaluator: Evaluator, name: String = "y") throws -> [Label] {
    if let array = value.as(NDArray.self) { return try labels(array.tensor, name: name) }
    if let scalar = value.as(NumpyScalar.self) {
      throw PyError.valueError("Expected array-like for \(name), got a scalar \(scalar.repr())")
    }
    let items = try evaluator.collect(value)
    var out: [Label] = []
    out.reserveCapacity(items.count)
    var sawString = false
    for item in items {
      switch item {
      case .str(let text):
        sawString = true
        out.append(.string(text))
      case .bool(let flag): out.append(.int(flag ? 1 : 0))
      case .int(let int): out.append(.int(int))
      case .float(let double): out.append(.float(double))
      default:
        if case .object(let object) = item, let number = object.numericValue() {
          switch number {
          case .int(let int): out.append(.int(int))
          case .bool(let flag): out.append(.int(flag ? 1 : 0))
          case .float(let double): out.append(.float(double))
          default: break
          }
          continue
        }
        if item.as(NDArray.self) != nil || item.as(PyList.self) != nil || item.as(PyTuple.self) != nil {
          return try labels(try NumpyConvert.tensor(value, evaluator), name: name)
        }
        throw PyError.typeError("Labels must be numbers or strings, not '\(item.typeName)'")
      }
    }
    if sawString {
      return out.map { label in
        if case .string = label { return label }
        return .string(label.description)
      }
    }
    return promoted(out)
  }

  /// Labels of a tensor (1-D, or a single column).
  static func labels(_ tensor: Tensor, name: String) throws -> [Label] {
    guard tensor.ndim == 1 || (tensor.ndim == 2 && tensor.shape[1] == 1) else {
      throw PyError.valueError(
        "\(name) should be a 1d array, got an array of shape \(shapeString(tensor.shape)) instead.")
    }
    return Label.labels(tensor)
  }

  /// Ints become floats when any label is a float (NumPy's common dtype).
  static func promoted(_ labels: [Label]) -> [Label] {
    guard labels.contains(where: { if case .float = $0 { return true } else { return false } }) else { return labels }
    return labels.map { label in
      if case .int(let int) = label { return .float(Double(int)) }
      return label
    }
  }

  /// Labels of two arrays brought to a common type (an int 1 and a float 1.0 are the same class).
  static func labelPair(_ a: Value, _ b: Value, _ evaluator: Evaluator) throws -> ([Label], [Label]) {
    let first = try labels(a, evaluator, name: "y_true")
    let second = try labels(b, evaluator, name: "y_pred")
    let joined = promoted(first + second)
    return (Array(joined[0..<first.count]), Array(joined[first.count...]))
  }

  /// Labels as a cell value: an ndarray for numbers, a list of str for strings.
  static func value(_ labels: [Label]) -> Value {
    if let tensor = Label.tensor(labels) { return NumpyConvert.array(tensor) }
    return .list(labels.map(value))
  }

  /// One label as a cell value (NumPy scalars for numbers).
  static func value(_ label: Label) -> Value {
    switch label {
    case .int(let int): return .object(NumpyScalar(.int(int), dtype: .int64))
    case .float(let double): return .object(NumpyScalar(.float(double), dtype: .float64))
    case .string(let text): return .str(text)
    }
  }

  /// A float64 tensor of an array-like.
  static func tensor(_ value: Value, _ evaluator: Evaluator) throws -> Tensor {
    try NumpyConvert.tensor(value, evaluator)
  }

  /// The values of a 1-D (or single-column) numeric array-like.
  static func doubles(_ value: Value, _ evaluator: Evaluator, name: String) throws -> [Double] {
    let t = try NumpyConvert.tensor(value, evaluator)
    guard t.ndim == 1 || (t.ndim == 2 && t.shape[1] == 1) else {
      throw PyError.valueError("\(name) should be a 1d array, got an array of shape \(shapeString(t.shape)) instead.")
    }
    return t.doubles
  }

  /// A list of str from a list or tuple of strings.
  static func strings(_ value: Value, _ evaluator: Evaluator, name: String) throws -> [String] {
    try evaluator.collect(value).map { item in
      guard case .str(let text) = item else {
        throw PyError.typeError("\(name) must contain strings, not '\(item.typeName)'")
      }
      return text
    }
  }

  /// `random_state`: an int seeds a new RandomState; None draws from the session's `np.random`.
  static func seed(_ value: Value?, _ evaluator: Evaluator) throws -> SampleGenerators.Seed {
    guard let value, !value.isNone else { return .state(SessionRandomState.state(of: evaluator)) }
    let seed = try NumpyConvert.int(value)
    guard seed >= 0 && seed <= Int(UInt32.max) else {
      throw PyError.valueError("Seed must be between 0 and 2**32 - 1")
    }
    return .seed(seed)
  }

  /// A `test_size` / `train_size` value: a float fraction or an int count.
  static func size(_ value: Value?, name: String) throws -> ModelSelection.Size? {
    guard let value, !value.isNone else { return nil }
    switch value {
    case .float(let f) where f > 0 && f < 1: return .fraction(f)
    case .int(let i) where i >= 1: return .count(i)
    case .float, .int:
      throw PyError(
        SklearnErrors.invalidParameterError,
        "The '\(name)' parameter of train_test_split must be a float in the range (0.0, 1.0), an int in the range [1, inf) or None. Got \(Evaluator.reprOf(value)) instead.")
    default:
      if case .object(let object) = value, let number = object.numericValue() { return try size(number, name: name) }
      throw PyError.typeError("\(name) must be an int or a float, not '\(value.typeName)'")
    }
  }

  /// A Python bool argument with a default.
  static func flag(_ value: Value?, _ evaluator: Evaluator, default fallback: Bool) throws -> Bool {
    guard let value, !value.isNone else { return fallback }
    return try evaluator.truthy(value)
  }
}
