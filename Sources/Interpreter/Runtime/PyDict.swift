/// An insertion-ordered mapping: `{'loss': [0.3]}`.
public final class PyDict: PyObject {
  /// Keys in insertion order.
  public private(set) var keys: [HashKey] = []
  private var storage: [HashKey: Value] = [:]

  /// Creates an empty dict.
  public init() {}

  /// Creates a dict from string keys, in order.
  public convenience init(_ pairs: [(String, Value)]) {
    self.init()
    for (key, value) in pairs { storage[HashKey(string: key)] = value; keys.append(HashKey(string: key)) }
  }

  /// `dict`.
  public var pyType: PyType { .dict }

  /// The number of entries.
  public var count: Int { keys.count }

  /// The value for `key`, if present.
  public func get(_ key: Value) throws -> Value? { storage[try HashKey(key)] }

  /// The value for a string key, if present.
  public func get(_ key: String) -> Value? { storage[HashKey(string: key)] }

  /// Inserts or replaces an entry, keeping the original position of an existing key.
  public func set(_ key: Value, _ value: Value) throws {
    let hashKey = try HashKey(key)
    if storage.updateValue(value, forKey: hashKey) == nil { keys.append(hashKey) }
  }

  /// Inserts or replaces a string-keyed entry.
  public func set(_ key: String, _ value: Value) {
    let hashKey = HashKey(string: key)
    if storage.updateValue(value, forKey: hashKey) == nil { keys.append(hashKey) }
  }

  /// Removes and returns the entry for `key`.
  @discardableResult
  public func remove(_ key: Value) throws -> Value? {
    let hashKey = try HashKey(key)
    guard let value = storage.removeValue(forKey: hashKey) else { return nil }
    keys.removeAll { $0 == hashKey }
    return value
  }

  /// Removes every entry.
  public func removeAll() {
    keys = []
    storage = [:]
  }

  /// Entries in insertion order.
  public var entries: [(key: Value, value: Value)] {
    keys.compactMap { key in storage[key].map { (key.value, $0) } }
  }

  /// `{'a': 1, 'b': [2]}`.
  public func repr() -> String {
    Evaluator.guardRecursiveRepr(self, placeholder: "{...}") {
      "{" + entries.map { "\(Evaluator.reprOf($0.key)): \(Evaluator.reprOf($0.value))" }
        .joined(separator: ", ") + "}"
    }
  }

  /// `d[key]`, raising KeyError.
  public func getItem(_ key: Value, _ evaluator: Evaluator) throws -> Value? {
    guard let value = try get(key) else { throw PyError.keyError(key) }
    return value
  }

  /// `d[key] = value`.
  public func setItem(_ key: Value, _ value: Value, _ evaluator: Evaluator) throws -> Bool {
    try set(key, value)
    return true
  }

  /// `del d[key]`, raising KeyError.
  public func deleteItem(_ key: Value, _ evaluator: Evaluator) throws -> Bool {
    guard try remove(key) != nil else { throw PyError.keyError(key) }
    return true
  }

  /// Iterates the keys.
  public func makeIterator(_ evaluator: Evaluator) throws -> PyIterator? {
    ArrayIterator(keys.map(\.value))
  }

  /// The number of entries.
  public func length() throws -> Int? { keys.count }

  /// Key membership.
  public func contains(_ item: Value, _ evaluator: Evaluator) throws -> Bool? {
    try get(item) != nil
  }

  /// `d1 | d2` merges.
  public func binaryOperation(
    _ op: BinaryOperator, _ other: Value, reflected: Bool, _ evaluator: Evaluator
  ) throws -> Value? {
    guard op == .bitOr, let dict = other.as(PyDict.self) else { return nil }
    let (first, second) = reflected ? (dict, self) : (self, dict)
    let merged = PyDict()
    for (key, value) in first.entries + second.entries { try merged.set(key, value) }
    return .object(merged)
  }

  /// Equality by content.
  public func compare(_ op: ComparisonOperator, _ other: Value, _ evaluator: Evaluator) throws
    -> Value?
  {
    guard op == .equal || op == .notEqual, let dict = other.as(PyDict.self) else { return nil }
    var equal = dict.count == count
    if equal {
      for (key, value) in entries {
        guard let theirs = try dict.get(key), try evaluator.equals(value, theirs) else {
          equal = false
          break
        }
      }
    }
    return .bool(op == .equal ? equal : !equal)
  }

  /// Dicts are unhashable.
  public func hashValue() throws -> Int? { nil }
}
