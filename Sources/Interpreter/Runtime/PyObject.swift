/// An object that cells can hold: containers, functions, modules and host objects.
///
/// Host libraries (the numpy and keras bindings) conform their types to this protocol.
/// Every requirement has a default that behaves like a Python object lacking the feature,
/// so a conforming type implements only what it supports. Methods returning an optional
/// answer `nil` for "not supported" and let the evaluator raise Python's error.
public protocol PyObject: AnyObject {
  /// The object's Python type.
  var pyType: PyType { get }
  /// `repr(self)`.
  func repr() -> String
  /// `str(self)`; defaults to `repr`.
  func str() -> String
  /// A rich display bundle (`text/html`, `image/svg+xml`, ...) shown for cell results.
  func richDisplay() -> MimeBundle?
  /// `self.name`, or `nil` when there is no such attribute.
  func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value?
  /// `self.name = value`; returns `false` when the attribute cannot be set.
  func setAttribute(_ name: String, _ value: Value, _ evaluator: Evaluator) throws -> Bool
  /// The attribute names `dir()` and completion list.
  func attributeNames() -> [String]
  /// `self(args)`, or `nil` when the object is not callable.
  func call(_ arguments: Arguments, _ evaluator: Evaluator) throws -> Value?
  /// `self[key]`, or `nil` when the object is not subscriptable.
  func getItem(_ key: Value, _ evaluator: Evaluator) throws -> Value?
  /// `self[key] = value`; returns `false` when item assignment is unsupported.
  func setItem(_ key: Value, _ value: Value, _ evaluator: Evaluator) throws -> Bool
  /// `del self[key]`; returns `false` when item deletion is unsupported.
  func deleteItem(_ key: Value, _ evaluator: Evaluator) throws -> Bool
  /// An iterator over the object, or `nil` when it is not iterable.
  func makeIterator(_ evaluator: Evaluator) throws -> PyIterator?
  /// `len(self)`, or `nil` when it has no length.
  func length() throws -> Int?
  /// `bool(self)`, or `nil` to fall back on `length()` and then `True`.
  func truthValue() throws -> Bool?
  /// `item in self`, or `nil` to fall back on iteration.
  func contains(_ item: Value, _ evaluator: Evaluator) throws -> Bool?
  /// `self op other` (or `other op self` when `reflected`); `nil` means NotImplemented.
  func binaryOperation(
    _ op: BinaryOperator, _ other: Value, reflected: Bool, _ evaluator: Evaluator
  ) throws -> Value?
  /// `self op other` for comparisons; `nil` means NotImplemented.
  func compare(_ op: ComparisonOperator, _ other: Value, _ evaluator: Evaluator) throws -> Value?
  /// `-self`, `+self`, `~self`; `nil` means unsupported.
  func unaryOperation(_ op: UnaryOperator, _ evaluator: Evaluator) throws -> Value?
  /// `hash(self)`; `nil` means unhashable.
  func hashValue() throws -> Int?
  /// The documentation `help()` and inspection show.
  var documentation: String? { get }
  /// The equivalent `int`, `float` or `bool` for numeric host scalars (`np.float64`), else `nil`.
  func numericValue() -> Value?
}

extension PyObject {
  public func repr() -> String { "<\(pyType.name) object>" }
  public func str() -> String { repr() }
  public func richDisplay() -> MimeBundle? { nil }
  public func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    try pyType.boundAttribute(name, of: .object(self), evaluator)
  }
  public func setAttribute(_ name: String, _ value: Value, _ evaluator: Evaluator) throws -> Bool {
    false
  }
  public func attributeNames() -> [String] { pyType.allAttributeNames() }
  public func call(_ arguments: Arguments, _ evaluator: Evaluator) throws -> Value? { nil }
  public func getItem(_ key: Value, _ evaluator: Evaluator) throws -> Value? { nil }
  public func setItem(_ key: Value, _ value: Value, _ evaluator: Evaluator) throws -> Bool {
    false
  }
  public func deleteItem(_ key: Value, _ evaluator: Evaluator) throws -> Bool { false }
  public func makeIterator(_ evaluator: Evaluator) throws -> PyIterator? { nil }
  public func length() throws -> Int? { nil }
  public func truthValue() throws -> Bool? { nil }
  public func contains(_ item: Value, _ evaluator: Evaluator) throws -> Bool? { nil }
  public func binaryOperation(
    _ op: BinaryOperator, _ other: Value, reflected: Bool, _ evaluator: Evaluator
  ) throws -> Value? { nil }
  public func compare(_ op: ComparisonOperator, _ other: Value, _ evaluator: Evaluator) throws
    -> Value?
  { nil }
  public func unaryOperation(_ op: UnaryOperator, _ evaluator: Evaluator) throws -> Value? {
    nil
  }
  public func hashValue() throws -> Int? { ObjectIdentifier(self).hashValue }
  public var documentation: String? { pyType.documentation }
  public func numericValue() -> Value? { nil }
}

/// A Python iterator: yields values until exhausted.
public protocol PyIterator: AnyObject {
  /// The next value, or `nil` when exhausted.
  func next() throws -> Value?
}

/// An iterator over a Swift array snapshot.
public final class ArrayIterator: PyIterator {
  private let items: [Value]
  private var index = 0

  /// Creates an iterator over `items`.
  public init(_ items: [Value]) { self.items = items }

  /// The next item.
  public func next() throws -> Value? {
    guard index < items.count else { return nil }
    defer { index += 1 }
    return items[index]
  }
}

/// An iterator driven by a closure, for lazy sequences (`range`, `map`, `zip`).
public final class ClosureIterator: PyIterator {
  private let step: () throws -> Value?

  /// Creates an iterator whose `next()` calls `step`.
  public init(_ step: @escaping () throws -> Value?) { self.step = step }

  /// The next value from the closure.
  public func next() throws -> Value? { try step() }
}
