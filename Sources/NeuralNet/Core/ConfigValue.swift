import Foundation

/// A JSON-like value used for `get_config()` dictionaries and saved model files.
public indirect enum ConfigValue: Equatable, Sendable, Codable {
  /// JSON `null` (Python `None`).
  case null
  /// A boolean.
  case bool(Bool)
  /// An integer.
  case int(Int)
  /// A floating-point number.
  case double(Double)
  /// A string.
  case string(String)
  /// A list.
  case array([ConfigValue])
  /// A dictionary with string keys (key order is not kept).
  case object([String: ConfigValue])

  /// Decodes any JSON value.
  public init(from decoder: Decoder) throws {
    let c = try decoder.singleValueContainer()
    if c.decodeNil() { self = .null; return }
    if let b = try? c.decode(Bool.self) { self = .bool(b); return }
    if let i = try? c.decode(Int.self) { self = .int(i); return }
    if let d = try? c.decode(Double.self) { self = .double(d); return }
    if let s = try? c.decode(String.self) { self = .string(s); return }
    if let a = try? c.decode([ConfigValue].self) { self = .array(a); return }
    self = .object(try c.decode([String: ConfigValue].self))
  }

  /// Encodes as plain JSON.
  public func encode(to encoder: Encoder) throws {
    var c = encoder.singleValueContainer()
    switch self {
    case .null: try c.encodeNil()
    case .bool(let b): try c.encode(b)
    case .int(let i): try c.encode(i)
    case .double(let d): try c.encode(d)
    case .string(let s): try c.encode(s)
    case .array(let a): try c.encode(a)
    case .object(let o): try c.encode(o)
    }
  }

  /// The value as a number, if it is one.
  public var number: Double? {
    switch self {
    case .int(let i): return Double(i)
    case .double(let d): return d
    default: return nil
    }
  }

  /// The value as an integer, if it is a whole number.
  public var integer: Int? {
    switch self {
    case .int(let i): return i
    case .double(let d): return Int(exactly: d)
    default: return nil
    }
  }

  /// The value as a string, if it is one.
  public var string: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  /// The value as a boolean, if it is one.
  public var bool: Bool? {
    if case .bool(let b) = self { return b }
    return nil
  }

  /// The elements, if it is a list.
  public var array: [ConfigValue]? {
    if case .array(let a) = self { return a }
    return nil
  }

  /// The entries, if it is a dictionary.
  public var object: [String: ConfigValue]? {
    if case .object(let o) = self { return o }
    return nil
  }

  /// A shape list where `null` is an unknown dimension.
  static func shape(_ dims: [Int?]) -> ConfigValue {
    .array(dims.map { $0.map(ConfigValue.int) ?? .null })
  }

  /// A list of integers, if the value is one (nulls are rejected).
  var intList: [Int]? {
    guard let a = array else { return nil }
    var out: [Int] = []
    for v in a {
      guard let i = v.integer else { return nil }
      out.append(i)
    }
    return out
  }

  /// `.double(x)` or `.null` for `nil`.
  static func optional(_ x: Double?) -> ConfigValue { x.map(ConfigValue.double) ?? .null }
}
