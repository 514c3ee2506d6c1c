/// A value of the cell language.
///
/// Immutable scalars are stored inline; everything else (lists, dicts, functions, modules,
/// arrays and models from the bindings) is a reference to a `PyObject`.
public enum Value {
  /// `None`.
  case none
  /// `True` / `False`.
  case bool(Bool)
  /// A 64-bit integer; arithmetic that overflows raises OverflowError.
  case int(Int)
  /// A double-precision float.
  case float(Double)
  /// An immutable string.
  case str(String)
  /// Any other object.
  case object(PyObject)

  /// The value's Python type.
  public var type: PyType {
    switch self {
    case .none: return .noneType
    case .bool: return .bool
    case .int: return .int
    case .float: return .float
    case .str: return .str
    case .object(let object): return object.pyType
    }
  }

  /// The Python type name (`int`, `list`, `Sequential`, ...).
  public var typeName: String { type.name }

  /// Whether this is `None`.
  public var isNone: Bool {
    if case .none = self { return true }
    return false
  }

  /// The value of an int or a bool (`True` is 1), `nil` for anything else: what Python accepts
  /// where it wants an exact integer (a repeat count, `pow`'s three-argument form).
  public var intValue: Int? {
    switch self {
    case .int(let int): return int
    case .bool(let flag): return flag ? 1 : 0
    default: return nil
    }
  }

  /// The referenced object, when this is one.
  public var object: PyObject? {
    if case .object(let object) = self { return object }
    return nil
  }

  /// The object cast to a concrete class, when it is one.
  public func `as`<T: PyObject>(_ type: T.Type) -> T? {
    object as? T
  }

  /// A tuple value.
  public static func tuple(_ items: [Value]) -> Value { .object(PyTuple(items)) }

  /// A list value.
  public static func list(_ items: [Value]) -> Value { .object(PyList(items)) }

  /// Whether two values are the same object (`is`).
  public func isIdentical(to other: Value) -> Bool {
    switch (self, other) {
    case (.none, .none): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.int(let a), .int(let b)): return a == b
    case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
    case (.str(let a), .str(let b)): return a == b
    case (.object(let a), .object(let b)): return a === b
    default: return false
    }
  }
}
