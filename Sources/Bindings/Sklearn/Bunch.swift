import Interpreter

/// `sklearn.utils.Bunch`: a dictionary whose keys are also attributes (`iris.data`, `iris["target"]`).
final class Bunch: PyObject {
  /// The entries, in scikit-learn's key order.
  let dict: PyDict

  /// A bunch of `pairs`, in order.
  init(_ pairs: [(String, Value)]) { dict = PyDict(pairs) }

  /// `sklearn.utils._bunch.Bunch`.
  static let type = PyType(
    name: "Bunch", module: "sklearn.utils._bunch", bases: [.object],
    documentation: "Container object exposing keys as attributes.")

  /// `Bunch`.
  var pyType: PyType { Bunch.type }

  /// The dictionary's repr, like scikit-learn's.
  func repr() -> String { dict.repr() }

  /// A key, else a dictionary method (`keys`, `values`, `items`, `get`).
  func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    if let value = dict.get(name) { return value }
    if ["keys", "values", "items", "get", "copy", "__contains__"].contains(name) {
      return try evaluator.getAttribute(.object(dict), name)
    }
    throw PyError.attributeError("'Bunch' object has no attribute '\(name)'")
  }

  /// Sets a key (`bunch.x = 1` is `bunch["x"] = 1`).
  func setAttribute(_ name: String, _ value: Value, _ evaluator: Evaluator) throws -> Bool {
    dict.set(name, value)
    return true
  }

  /// The keys and the dictionary methods.
  func attributeNames() -> [String] {
    (dict.entries.compactMap { entry -> String? in
      if case .str(let key) = entry.key { return key }
      return nil
    } + ["get", "items", "keys", "values"]).sorted()
  }

  /// `bunch[key]`.
  func getItem(_ key: Value, _ evaluator: Evaluator) throws -> Value? { try dict.getItem(key, evaluator) }

  /// `bunch[key] = value`.
  func setItem(_ key: Value, _ value: Value, _ evaluator: Evaluator) throws -> Bool {
    try dict.setItem(key, value, evaluator)
  }

  /// Iterates over the keys.
  func makeIterator(_ evaluator: Evaluator) throws -> PyIterator? { try dict.makeIterator(evaluator) }

  /// The number of keys.
  func length() throws -> Int? { dict.count }

  /// `key in bunch`.
  func contains(_ item: Value, _ evaluator: Evaluator) throws -> Bool? { try dict.contains(item, evaluator) }
}
