/// Lists and tuples: items in order, indexed, sliced, iterated, concatenated, repeated and
/// compared the same way; each type only says how to wrap a new sequence of its own kind.
public protocol PySequence: PyObject {
  /// The items, in order.
  var items: [Value] { get }
  /// A new sequence of this kind holding `items`.
  static func wrap(_ items: [Value]) -> Value
  /// The type name used in index errors (`list`, `tuple`).
  static var sequenceName: String { get }
}

extension PySequence {
  /// Indexing and slicing (a slice gives a new sequence of the same kind).
  public func getItem(_ key: Value, _ evaluator: Evaluator) throws -> Value? {
    if let slice = key.as(PySlice.self) { return Self.wrap(try slice.select(from: items)) }
    return items[try Sequences.index(key, count: items.count, typeName: Self.sequenceName)]
  }

  /// Iterates a snapshot of the items.
  public func makeIterator(_ evaluator: Evaluator) throws -> PyIterator? { ArrayIterator(items) }

  /// The number of items.
  public func length() throws -> Int? { items.count }

  /// `+` with a sequence of the same kind, `*` with an int.
  public func binaryOperation(
    _ op: BinaryOperator, _ other: Value, reflected: Bool, _ evaluator: Evaluator
  ) throws -> Value? {
    switch op {
    case .add:
      guard let sequence = other.as(Self.self) else { return nil }
      return Self.wrap(reflected ? sequence.items + items : items + sequence.items)
    case .multiply:
      guard let times = other.intValue else { return nil }
      return Self.wrap(try Sequences.repeated(items, times))
    default: return nil
    }
  }

  /// Lexicographic comparison with a sequence of the same kind.
  public func compare(_ op: ComparisonOperator, _ other: Value, _ evaluator: Evaluator) throws
    -> Value?
  {
    guard let sequence = other.as(Self.self) else { return nil }
    return try Sequences.compare(items, sequence.items, op, evaluator).map(Value.bool)
  }
}
