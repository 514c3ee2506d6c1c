/// An unordered collection of unique hashable values: `{1, 2}`.
public final class PySet: PyObject {
  /// Members in insertion order (Python's order is unspecified; insertion order is stable).
  public private(set) var members: [HashKey] = []
  private var index: Set<HashKey> = []

  /// Creates a set from values, raising TypeError for unhashable ones.
  public init(_ values: [Value] = []) throws {
    for value in values { try insert(value) }
  }

  /// `set`.
  public var pyType: PyType { .set }

  /// Adds a value.
  public func insert(_ value: Value) throws {
    let key = try HashKey(value)
    if index.insert(key).inserted { members.append(key) }
  }

  /// Removes a value; returns whether it was present.
  @discardableResult
  public func remove(_ value: Value) throws -> Bool {
    let key = try HashKey(value)
    guard index.remove(key) != nil else { return false }
    members.removeAll { $0 == key }
    return true
  }

  /// Whether `value` is a member.
  public func has(_ value: Value) throws -> Bool { index.contains(try HashKey(value)) }

  /// The members as values.
  public var values: [Value] { members.map(\.value) }

  /// `{1, 2}` or `set()`.
  public func repr() -> String {
    members.isEmpty ? "set()" : "{" + values.map(Evaluator.reprOf).joined(separator: ", ") + "}"
  }

  /// Iterates the members.
  public func makeIterator(_ evaluator: Evaluator) throws -> PyIterator? { ArrayIterator(values) }

  /// The number of members.
  public func length() throws -> Int? { members.count }

  /// Membership.
  public func contains(_ item: Value, _ evaluator: Evaluator) throws -> Bool? { try has(item) }

  /// `|`, `&`, `-`, `^` with another set.
  public func binaryOperation(
    _ op: BinaryOperator, _ other: Value, reflected: Bool, _ evaluator: Evaluator
  ) throws -> Value? {
    guard let set = other.as(PySet.self) else { return nil }
    let (a, b) = reflected ? (set, self) : (self, set)
    switch op {
    case .bitOr: return .object(try PySet(a.values + b.values))
    case .bitAnd: return .object(try PySet(a.values.filter { try b.has($0) }))
    case .subtract: return .object(try PySet(a.values.filter { try !b.has($0) }))
    case .bitXor:
      return .object(
        try PySet(a.values.filter { try !b.has($0) } + b.values.filter { try !a.has($0) }))
    default: return nil
    }
  }

  /// Equality and subset comparisons.
  public func compare(_ op: ComparisonOperator, _ other: Value, _ evaluator: Evaluator) throws
    -> Value?
  {
    guard let set = other.as(PySet.self) else { return nil }
    let subset = try values.allSatisfy { try set.has($0) }
    let superset = try set.values.allSatisfy { try has($0) }
    switch op {
    case .equal: return .bool(subset && superset)
    case .notEqual: return .bool(!(subset && superset))
    case .lessEqual: return .bool(subset)
    case .less: return .bool(subset && !superset)
    case .greaterEqual: return .bool(superset)
    case .greater: return .bool(superset && !subset)
    default: return nil
    }
  }

  /// Sets are unhashable.
  public func hashValue() throws -> Int? { nil }
}
