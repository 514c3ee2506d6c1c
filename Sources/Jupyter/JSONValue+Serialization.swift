import Foundation

/// Why a byte string could not be read as JSON.
public enum JSONError: Error, Equatable, CustomStringConvertible {
  /// The bytes are not valid JSON (or not UTF-8).
  case invalid(String)

  /// A readable one-line description.
  public var description: String {
    switch self {
    case let .invalid(reason): return "invalid JSON: \(reason)"
    }
  }
}

extension JSONValue: Decodable {
  /// Decodes any JSON value; booleans stay booleans, integral numbers become `.int`.
  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Int.self) {
      self = .int(value)
    } else if let value = try? container.decode(Double.self) {
      self = .double(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONValue].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONValue].self))
    }
  }
}

extension JSONValue {
  /// Parses UTF-8 JSON text.
  public static func parse(_ data: Data) throws -> JSONValue {
    do {
      return try JSONDecoder().decode(JSONValue.self, from: data)
    } catch {
      throw JSONError.invalid(String(describing: error).prefix(200).description)
    }
  }

  /// Parses JSON text.
  public static func parse(_ text: String) throws -> JSONValue {
    try parse(Data(text.utf8))
  }

  /// Compact UTF-8 JSON bytes (object keys sorted; NaN and Infinity written as `null`).
  public func serialized() -> Data {
    Data(serializedString().utf8)
  }

  /// Compact JSON text (object keys sorted; NaN and Infinity written as `null`).
  public func serializedString() -> String {
    var output = ""
    write(to: &output)
    return output
  }

  /// A copy with every non-finite double replaced by `null`.
  public func sanitized() -> JSONValue {
    switch self {
    case let .double(value) where !value.isFinite: return .null
    case let .array(elements): return .array(elements.map { $0.sanitized() })
    case let .object(members): return .object(members.mapValues { $0.sanitized() })
    default: return self
    }
  }

  private func write(to output: inout String) {
    switch self {
    case .null: output += "null"
    case let .bool(value): output += value ? "true" : "false"
    case let .int(value): output += String(value)
    case let .double(value): output += value.isFinite ? "\(value)" : "null"
    case let .string(value): JSONValue.writeString(value, to: &output)
    case let .array(elements):
      output += "["
      for (index, element) in elements.enumerated() {
        if index > 0 { output += "," }
        element.write(to: &output)
      }
      output += "]"
    case let .object(members):
      output += "{"
      for (index, key) in members.keys.sorted().enumerated() {
        if index > 0 { output += "," }
        JSONValue.writeString(key, to: &output)
        output += ":"
        members[key, default: .null].write(to: &output)
      }
      output += "}"
    }
  }

  private static func writeString(_ value: String, to output: inout String) {
    output += "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\u{08}": output += "\\b"
      case "\u{0C}": output += "\\f"
      default:
        if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
          let hex = String(scalar.value, radix: 16)
          output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    output += "\""
  }
}
