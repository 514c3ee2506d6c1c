/// A mutable sequence: `[1, 2.5, 'a']`.
public final class PyList: PySequence {
  /// The type name in index errors.
  public static var sequenceName: String { "list" }

  /// A new list.
  public static func wrap(_ items: [Value]) -> Value { .list(items) }

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

  /// Lists are unhashable.
  public func hashValue() throws -> Int? { nil }
}
