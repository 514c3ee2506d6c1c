import Foundation

/// A small JSON reader whose numbers go through `Double(String)` (correctly rounded), so fixture
/// floats written by Python's `repr` come back bit for bit. Integers without `.`/`e` become `Int`.
struct ExactJSON {
  private let bytes: [UInt8]
  private var i = 0

  /// Parses a whole document.
  static func parse(_ data: Data) throws -> Any {
    var p = ExactJSON(bytes: [UInt8](data))
    let value = try p.value()
    p.skipSpace()
    guard p.i == p.bytes.count else { throw JSONError.trailing(p.i) }
    return value
  }

  private init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  enum JSONError: Error {
    case unexpected(Int)
    case trailing(Int)
  }

  private mutating func skipSpace() {
    while i < bytes.count, [0x20, 0x0a, 0x0d, 0x09].contains(bytes[i]) { i += 1 }
  }

  private mutating func value() throws -> Any {
    skipSpace()
    guard i < bytes.count else { throw JSONError.unexpected(i) }
    switch bytes[i] {
    case UInt8(ascii: "{"):
      i += 1
      var out: [String: Any] = [:]
      skipSpace()
      if bytes[i] == UInt8(ascii: "}") {
        i += 1
        return out
      }
      while true {
        skipSpace()
        let key = try string()
        skipSpace()
        guard bytes[i] == UInt8(ascii: ":") else { throw JSONError.unexpected(i) }
        i += 1
        out[key] = try value()
        skipSpace()
        if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
        guard bytes[i] == UInt8(ascii: "}") else { throw JSONError.unexpected(i) }
        i += 1
        return out
      }
    case UInt8(ascii: "["):
      i += 1
      var out: [Any] = []
      skipSpace()
      if bytes[i] == UInt8(ascii: "]") {
        i += 1
        return out
      }
      while true {
        out.append(try value())
        skipSpace()
        if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
        guard bytes[i] == UInt8(ascii: "]") else { throw JSONError.unexpected(i) }
        i += 1
        return out
      }
    case UInt8(ascii: "\""):
      return try string()
    case UInt8(ascii: "t"):
      i += 4
      return true
    case UInt8(ascii: "f"):
      i += 5
      return false
    case UInt8(ascii: "n"):
      i += 4
      return NSNull()
    default:
      return try number()
    }
  }

  private mutating func number() throws -> Any {
    let start = i
    while i < bytes.count, "+-0123456789.eEINainfty".utf8.contains(bytes[i]) { i += 1 }
    let text = String(decoding: bytes[start..<i], as: UTF8.self)
    if !text.contains(where: { ".eEIN".contains($0) }), let v = Int(text) { return v }
    switch text {
    case "NaN": return Double.nan
    case "Infinity": return Double.infinity
    case "-Infinity": return -Double.infinity
    default:
      guard let d = Double(text) else { throw JSONError.unexpected(start) }
      return d
    }
  }

  private mutating func string() throws -> String {
    guard bytes[i] == UInt8(ascii: "\"") else { throw JSONError.unexpected(i) }
    i += 1
    var out = [UInt8]()
    while bytes[i] != UInt8(ascii: "\"") {
      if bytes[i] == UInt8(ascii: "\\") {
        i += 1
        switch bytes[i] {
        case UInt8(ascii: "n"): out.append(0x0a)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "r"): out.append(0x0d)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0c)
        case UInt8(ascii: "u"):
          let hex = String(decoding: bytes[(i + 1)...(i + 4)], as: UTF8.self)
          i += 4
          var code = UInt32(hex, radix: 16) ?? 0x3f
          if (0xD800..<0xDC00).contains(code), bytes[i + 1] == UInt8(ascii: "\\") {
            let low = UInt32(String(decoding: bytes[(i + 3)...(i + 6)], as: UTF8.self), radix: 16) ?? 0
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            i += 6
          }
          out += Array(String(Character(Unicode.Scalar(code) ?? "?")).utf8)
        default: out.append(bytes[i])
        }
        i += 1
      } else {
        out.append(bytes[i])
        i += 1
      }
    }
    i += 1
    return String(decoding: out, as: UTF8.self)
  }
}
