import Interpreter
import Tensor

/// Translates a Python subscript (`a[1, 2:5, None, ..., mask]`) into tensor indices.
enum NumpyIndex {
  /// The tensor indices a subscript key stands for.
  static func indices(_ key: Value, _ evaluator: Evaluator) throws -> [TensorIndex] {
    if let tuple = key.as(PyTuple.self) {
      return try tuple.items.map { try component($0, evaluator) }
    }
    return [try component(key, evaluator)]
  }

  private static func component(_ value: Value, _ evaluator: Evaluator) throws -> TensorIndex {
    switch value {
    case .int(let int): return .int(int)
    case .none: return .newAxis
    case .bool(let flag): return .array(Tensor(scalar: .bool(flag)))
    case .object(let object):
      if let slice = object as? PySlice {
        let (start, stop, step) = try slice.bounds()
        return .slice(start: start, stop: stop, step: step)
      }
      if object is EllipsisObject { return .ellipsis }
      if let array = object as? NDArray { return .array(array.tensor) }
      if let scalar = object as? NumpyScalar {
        if scalar.dtype == .int64, case .int(let int) = scalar.value { return .int(int) }
        if scalar.dtype == .bool { return .array(scalar.tensor) }
      }
      if object is PyList {
        let items = try evaluator.collect(value)
        if items.isEmpty { return .array(Tensor([Int]())) }
        return .array(try NumpyConvert.tensor(value, evaluator))
      }
    default: break
    }
    throw PyError.indexError(
      "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices"
    )
  }
}
