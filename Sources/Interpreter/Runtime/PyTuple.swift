/// An immutable sequence: `(1, 'a')`.
public final class PyTuple: PyObject {
  /// The items.
  public let items: [Value]

  /// Creates a tuple.
  public init(_ items: [Value]) { self.items = items }

  /// `tuple`.
  public var pyType: PyType { .tuple }

  /// `(1,)`, `(1, 2)`, `()`.
  public func repr() -> String {
    if items.count == 1 { return "(\(Evaluator.reprOf(items[0])),)" }
    return "(" + items.map(Evaluator.reprOf).joined(separator: ", ") + ")"
  }

  /// Indexing and slicing.
  public func getItem(_ key: Value, _ evaluator: Evaluator) throws -> Value? {
    if let slice = key.as(PySlice.self) {
      return .tuple(try slice.select(from: items))
    }
    let index = try Sequences.index(key, count: items.count, typeName: "tuple")
    return items[index]
  }

  /// Iterates the items.
  public func makeIterator(_ evaluator: Evaluator) throws -> PyIterator? {
    ArrayIterator(items)
  }

  /// The number of items.
  public func length() throws -> Int? { items.count }

  /// `+` with another tuple, `*` with an int.
  public func binaryOperation(
    _ op: BinaryOperator, _ other: Value, reflected: Bool, _ evaluator: Evaluator
  ) throws -> Value? {
    switch op {
    case .add:
      guard let tuple = other.as(PyTuple.self) else { return nil }
      return .tuple(reflected ? tuple.items + items : items + tuple.items)
    case .multiply:
      guard let times = Sequences.repeatCount(other) else { return nil }
      return .tuple(try Sequences.repeated(items, times))
    default: return nil
    }
  }

  /// Lexicographic comparison with another tuple.
  public func compare(_ op: ComparisonOperator, _ other: Value, _ evaluator: Evaluator) throws
    -> Value?
  {
    guard let tuple = other.as(PyTuple.self) else { return nil }
    return try Sequences.compare(items, tuple.items, op, evaluator).map(Value.bool)
  }

  /// Tuples hash by content (see `HashKey`).
  public func hashValue() throws -> Int? { try HashKey(.object(self)).hashValue }
}
