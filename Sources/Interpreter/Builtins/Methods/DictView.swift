/// A live view of a dict's keys, values or items (`dict_keys(['a', 'b'])`).
///
/// Views reflect later changes to the dict; keys and items views also act like sets
/// for `==`, `&`, `|`, `-` and `^`.
final class DictView: PyObject {
  /// Which part of the dict the view shows.
  enum Kind: String {
    /// `dict.keys()`.
    case keys
    /// `dict.values()`.
    case values
    /// `dict.items()`.
    case items
  }

  private static let types: [Kind: PyType] = [
    .keys: PyType(name: "dict_keys", bases: [.object]),
    .values: PyType(name: "dict_values", bases: [.object]),
    .items: PyType(name: "dict_items", bases: [.object]),
  ]

  /// The viewed dict.
  let dict: PyDict
  /// Which part it shows.
  let kind: Kind

  /// A view of `dict`.
  init(_ dict: PyDict, _ kind: Kind) {
    self.dict = dict
    self.kind = kind
  }

  /// `dict_keys`, `dict_values` or `dict_items`.
  var pyType: PyType { Self.types[kind] ?? .object }

  /// The values the view currently holds.
  var elements: [Value] {
    switch kind {
    case .keys: return dict.entries.map(\.key)
    case .values: return dict.entries.map(\.value)
    case .items: return dict.entries.map { .tuple([$0.key, $0.value]) }
    }
  }

  /// `dict_keys(['a', 'b'])`.
  func repr() -> String {
    Evaluator.guardRecursiveRepr(self, placeholder: "...") {
      "dict_\(kind.rawValue)([" + elements.map(Evaluator.reprOf).joined(separator: ", ") + "])"
    }
  }

  /// Iterates a snapshot of the elements.
  func makeIterator(_ evaluator: Evaluator) throws -> PyIterator? { ArrayIterator(elements) }

  /// The dict's size.
  func length() throws -> Int? { dict.count }

  /// Membership: by key for keys, by key and value for items, by equality for values.
  func contains(_ item: Value, _ evaluator: Evaluator) throws -> Bool? {
    switch kind {
    case .keys:
      return try dict.get(item) != nil
    case .items:
      guard let pair = item.as(PyTuple.self), pair.items.count == 2,
        let value = try dict.get(pair.items[0])
      else { return false }
      return try evaluator.equals(value, pair.items[1])
    case .values:
      return try dict.entries.contains { try evaluator.equals($0.value, item) }
    }
  }

  /// The view as a set, for the set-like operations of keys and items views.
  private func asSet() throws -> PySet? {
    kind == .values ? nil : try PySet(elements)
  }

  /// Set operations with another view or a set.
  func binaryOperation(
    _ op: BinaryOperator, _ other: Value, reflected: Bool, _ evaluator: Evaluator
  ) throws -> Value? {
    guard let mine = try asSet(), let theirs = try DictView.setOperand(other, evaluator) else {
      return nil
    }
    return try mine.binaryOperation(op, .object(theirs), reflected: reflected, evaluator)
  }

  /// Set comparisons with another view or a set.
  func compare(_ op: ComparisonOperator, _ other: Value, _ evaluator: Evaluator) throws -> Value? {
    guard let mine = try asSet(), let theirs = try DictView.setOperand(other, evaluator) else {
      if op == .equal || op == .notEqual, let view = other.as(DictView.self) {
        return .bool((view === self) == (op == .equal))
      }
      return nil
    }
    return try mine.compare(op, .object(theirs), evaluator)
  }

  /// The other operand of a set operation as a set, when it is a set or a set-like view.
  private static func setOperand(_ value: Value, _ evaluator: Evaluator) throws -> PySet? {
    if let set = value.as(PySet.self) { return set }
    if let view = value.as(DictView.self) { return try view.asSet() }
    return nil
  }

  /// Views are unhashable.
  func hashValue() throws -> Int? { nil }
}
