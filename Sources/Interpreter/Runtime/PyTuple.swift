/// An immutable sequence: `(1, 'a')`.
public final class PyTuple: PySequence {
  /// The type name in index errors.
  public static var sequenceName: String { "tuple" }

  /// A new tuple.
  public static func wrap(_ items: [Value]) -> Value { .tuple(items) }

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

  /// Tuples hash by content (see `HashKey`).
  public func hashValue() throws -> Int? { try HashKey(.object(self)).hashValue }
}
