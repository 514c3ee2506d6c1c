/// A request whose content is unusable (e.g. `"code": 5`); answered with an error reply.
enum RequestError: Error, Equatable, CustomStringConvertible {
  /// A content field has the wrong JSON type.
  case wrongType(field: String, expected: String, got: String)
  /// A required content field is absent.
  case missingField(String)

  var description: String {
    switch self {
    case let .wrongType(field, expected, got): return "field '\(field)' must be \(expected), not \(got)"
    case let .missingField(name): return "missing field '\(name)'"
    }
  }
}

extension JSONValue {
  /// A required string member of a request's content.
  func requiredString(_ key: String) throws -> String {
    switch self[key] {
    case let .string(value): return value
    case .null: throw RequestError.missingField(key)
    case let other: throw RequestError.wrongType(field: key, expected: "a string", got: other.typeName)
    }
  }

  /// An optional string member (absent or null gives `fallback`).
  func optionalString(_ key: String, default fallback: String) throws -> String {
    switch self[key] {
    case let .string(value): return value
    case .null: return fallback
    case let other: throw RequestError.wrongType(field: key, expected: "a string", got: other.typeName)
    }
  }

  /// An optional boolean member.
  func optionalBool(_ key: String, default fallback: Bool) throws -> Bool {
    switch self[key] {
    case let .bool(value): return value
    case .null: return fallback
    case let other: throw RequestError.wrongType(field: key, expected: "a boolean", got: other.typeName)
    }
  }

  /// An optional integer member (nil when absent or null).
  func optionalInt(_ key: String) throws -> Int? {
    if self[key].isNull { return nil }
    guard let value = self[key].intValue else {
      throw RequestError.wrongType(field: key, expected: "an integer", got: self[key].typeName)
    }
    return value
  }
}
