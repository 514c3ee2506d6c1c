/// A mutable sequence: `[1, 2.5, 'a']`.
public final class PyList: PyObject {
  /// The items.
  public var items: [Value]

  /// Creates a list.
  public init(_ items: [Value] = []) { self.items = items }

  /// `list`.
  public var pyType: PyType { .list }

  /// `[1, 2.5, 'a']`; a list containing itself prints `[...]`.
  public func repr() -> String {
    Evaluator.guardRecursiveRepr(self, placeholder: "[...]") {
      "[" + items.map(Evaluator.reprOf).joined(separator: ", ") + "]"
    }
  }

  /// Indexing and slicing.
  public func getItem(_ key: Value, _ evaluator: Evaluator) throws -> Value? {
    if let slice = key.as(PySlice.self) { return .list(try slice.select(from: items)) }
    return items[try Sequences.index(key, count: items.count, typeName: "list")]
  }

  /// `l[i] = v` and slice assignment from any iterable.
  public func setItem(_ key: Value, _ value: Value, _ evaluator: Evaluator) throws -> Bool {
    if let slice = key.as(PySlice.self) {
      let replacement = try evaluator.collect(value)
      try slice.assign(replacement, into: &items)
      return true
    }
    let index = try Sequences.index(key, count: items.count, typeName: "list", assignment: true)
    items[index] = value
    return true
  }

  /// `del l[i]` and `del l[a:b]`.
  public func deleteItem(_ key: Value, _ evaluator: Evaluator) throws -> Bool {
    if let slice = key.as(PySlice.self) {
      let indices = Set(try slice.indices(count: items.count))
      items = items.enumerated().filter { !indices.contains($0.offset) }.map(\.element)
      return true
    }
    let index = try Sequences.index(key, count: items.count, typeName: "list", assignment: true)
    items.remove(at: index)
    return true
  }

  /// Iterates a snapshot of the items.
  public func makeIterator(_ evaluator: Evaluator) throws -> PyIterator? {
    ArrayIterator(items)
  }

  /// The number of items.
  public func length() throws -> Int? { items.count }

  /// `+`/`+=` with a list, `*` with an int.
  public func binaryOperation(
    _ op: BinaryOperator, _ other: Value, reflected: Bool, _ evaluator: Evaluator
  ) throws -> Value? {
    switch op {
    case .add:
      guard let list = other.as(PyList.self) else { return nil }
      return .list(reflected ? list.items + items : items + list.items)
    case .multiply:
      guard let times = Sequences.repeatCount(other) else { return nil }
      return .list(try Sequences.repeated(items, times))
    default: return nil
    }
  }

  /// Lexicographic comparison with another list.
  public func compare(_ op: ComparisonOperator, _ other: Value, _ evaluator: Evaluator) throws
    -> Value?
  {
    guard let list = other.as(PyList.self) else { return nil }
    return try Sequences.compare(items, list.items, op, evaluator).map(Value.bool)
  }

  /// Lists are unhashable.
  public func hashValue() throws -> Int? { nil }
}
