import Foundation

/// A JSON value as carried in Jupyter messages.
///
/// Serialising never produces NaN or Infinity: non-finite doubles become `null`, because
/// the protocol's JSON (and browsers' `JSON.parse`) rejects them.
public enum JSONValue: Equatable, Sendable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// An integral number.
  case int(Int)
  /// A non-integral number (or one too large for `Int`).
  case double(Double)
  /// A string.
  case string(String)
  /// An array.
  case array([JSONValue])
  /// An object.
  case object([String: JSONValue])

  /// An empty object, `{}`.
  public static let emptyObject = JSONValue.object([:])

  /// Object member lookup; `.null` when this is not an object or the key is absent.
  public subscript(key: String) -> JSONValue {
    if case let .object(members) = self { return members[key] ?? .null }
    return .null
  }

  /// Whether this object has a member named `key`.
  public func has(_ key: String) -> Bool {
    if case let .object(members) = self { return members[key] != nil }
    return false
  }

  /// The string, if this is a string.
  public var stringValue: String? {
    if case let .string(value) = self { return value }
    return nil
  }

  /// The integer, if this is an integral number (also a double with an integral value).
  public var intValue: Int? {
    switch self {
    case let .int(value): return value
    case let .double(value) where value.rounded() == value && abs(value) < 9.0e15:
      return Int(value)
    default: return nil
    }
  }

  /// The number as a double, if this is a number.
  public var doubleValue: Double? {
    switch self {
    case let .int(value): return Double(value)
    case let .double(value): return value
    default: return nil
    }
  }

  /// The boolean, if this is a boolean.
  public var boolValue: Bool? {
    if case let .bool(value) = self { return value }
    return nil
  }

  /// The members, if this is an object.
  public var objectValue: [String: JSONValue]? {
    if case let .object(members) = self { return members }
    return nil
  }

  /// The elements, if this is an array.
  public var arrayValue: [JSONValue]? {
    if case let .array(elements) = self { return elements }
    return nil
  }

  /// True for `null`.
  public var isNull: Bool { self == .null }

  /// A short name of this value's JSON type, for error messages.
  public var typeName: String {
    switch self {
    case .null: return "null"
    case .bool: return "boolean"
    case .int, .double: return "number"
    case .string: return "string"
    case .array: return "array"
    case .object: return "object"
    }
  }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral,
  ExpressibleByFloatLiteral, ExpressibleByNilLiteral
{
  /// Creates a string value.
  public init(stringLiteral value: String) { self = .string(value) }
  /// Creates an integer value.
  public init(integerLiteral value: Int) { self = .int(value) }
  /// Creates a boolean value.
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  /// Creates an array value.
  public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
  /// Creates an object value.
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
  }
  /// Creates a double value.
  public init(floatLiteral value: Double) { self = .double(value) }
  /// Creates `null`.
  public init(nilLiteral: ()) { self = .null }
}
