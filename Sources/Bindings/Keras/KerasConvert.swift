import Interpreter
import NeuralNet
import Tensor

/// Conversions between cell values and engine values: arrays, shapes, configs, logs.
enum KerasConvert {
  /// An array argument as a tensor; a one-element list holding an array (`predict([x])`)
  /// stands for that array, as in Keras.
  static func tensor(_ value: Value, _ evaluator: Evaluator) throws -> Tensor {
    if let list = value.as(PyList.self), list.items.count == 1, list.items[0].as(NDArray.self) != nil {
      return try NumpyConvert.tensor(list.items[0], evaluator)
    }
    if let tuple = value.as(PyTuple.self), tuple.items.count == 1, tuple.items[0].as(NDArray.self) != nil {
      return try NumpyConvert.tensor(tuple.items[0], evaluator)
    }
    return try NumpyErrors.guarded { try NumpyConvert.tensor(value, evaluator) }
  }

  /// A per-sample shape (`(28, 28)`, `[4]` or `4`), `nil` when absent.
  static func shape(_ value: Value?, _ evaluator: Evaluator) throws -> [Int]? {
    guard let value, !value.isNone else { return nil }
    if case .int(let n) = value { return [n] }
    return try evaluator.collect(value).map { item -> Int in
      if item.isNone { throw PyError.valueError("Neurona needs every input dimension to be known (got None)") }
      return try NumpyConvert.int(item)
    }
  }

  /// An integer argument.
  static func int(_ value: Value?, default fallback: Int) throws -> Int {
    guard let value, !value.isNone else { return fallback }
    return try NumpyConvert.int(value)
  }

  /// `fit`/`evaluate`/`predict`'s `batch_size`: None and 0 mean 32, as in Keras (it tests the
  /// value for truth); a negative size is a ValueError rather than a batch of one.
  static func batchSize(_ value: Value?) throws -> Int {
    let size = try int(value, default: 32)
    guard size >= 0 else { throw PyError(.valueError, "batch_size must be a positive integer, got \(size)") }
    return size == 0 ? 32 : size
  }

  /// A float argument.
  static func double(_ value: Value?, default fallback: Double) throws -> Double {
    guard let value, !value.isNone else { return fallback }
    return try NumpyConvert.double(value)
  }

  /// A float argument that may be `None`.
  static func optionalDouble(_ value: Value?) throws -> Double? {
    guard let value, !value.isNone else { return nil }
    return try NumpyConvert.double(value)
  }

  /// A truth value argument.
  static func bool(_ value: Value?, default fallback: Bool, _ evaluator: Evaluator) throws -> Bool {
    guard let value else { return fallback }
    return try evaluator.truthy(value)
  }

  /// A string argument.
  static func string(_ value: Value?, _ what: String) throws -> String? {
    guard let value, !value.isNone else { return nil }
    guard case .str(let text) = value else {
      throw PyError.typeError("\(what) must be a string, not '\(value.typeName)'")
    }
    return text
  }

  /// `(None, 4)` as a tuple value.
  static func shapeValue(_ dims: [Int?]) -> Value {
    .object(PyTuple(dims.map { $0.map(Value.int) ?? .none }))
  }

  /// `(None, 4)` as Python prints it.
  static func shapeText(_ dims: [Int?]) -> String {
    let parts = dims.map { $0.map(String.init) ?? "None" }
    return parts.count == 1 ? "(\(parts[0]),)" : "(" + parts.joined(separator: ", ") + ")"
  }

  /// A config entry as a Python value (dict keys sorted).
  static func value(_ config: ConfigValue) -> Value {
    switch config {
    case .null: return .none
    case .bool(let flag): return .bool(flag)
    case .int(let n): return .int(n)
    case .double(let x): return .float(x)
    case .string(let text): return .str(text)
    case .array(let items): return .object(PyList(items.map(value)))
    case .object(let entries): return dict(entries)
    }
  }

  /// A config dictionary as a Python dict with sorted keys.
  static func dict(_ entries: [String: ConfigValue]) -> Value {
    .object(PyDict(entries.keys.sorted().map { ($0, value(entries[$0] ?? .null)) }))
  }

  /// Callback logs as a dict with Keras 3's sorted keys and Python floats.
  static func logs(_ logs: [String: Double]) -> Value {
    .object(PyDict(logs.keys.sorted().map { ($0, .float(logs[$0] ?? 0)) }))
  }

  /// A result tensor as a float32 ndarray.
  static func array(_ tensor: Tensor) -> Value {
    .object(NDArray(tensor.dtype == .float32 ? tensor : tensor.astype(.float32)))
  }

  /// A list of float32 ndarrays.
  static func arrays(_ tensors: [Tensor]) -> Value {
    .object(PyList(tensors.map(array)))
  }

  /// A list of arrays (for `set_weights`) as float32 tensors.
  static func tensors(_ value: Value, _ evaluator: Evaluator) throws -> [Tensor] {
    try evaluator.collect(value).map { try NumpyConvert.tensor($0, evaluator, dtype: .float32) }
  }

  /// Runs engine code, turning engine and tensor errors into Python exceptions.
  static func guarded<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as PyError {
      throw error
    } catch let error as NeuralNetError {
      throw Evaluator.convert(error)
    } catch {
      throw NumpyErrors.convert(error)
    }
  }
}

extension KerasConvert {
  /// A shape with its batch dimension first (`(None, 4)`), as the per-sample shape.
  static func shapeWithBatch(_ value: Value?, _ evaluator: Evaluator) throws -> [Int]? {
    guard let value, !value.isNone else { return nil }
    let dims = try evaluator.collect(value)
    return try dims.dropFirst().map { try NumpyConvert.int($0) }
  }
}
