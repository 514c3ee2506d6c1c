/// String literals: prefixes, quoting, escapes.
extension Scanner {
  /// Whether `prefix` is a valid string prefix (`r`, `b`, `f`, `u`, `rb`, `fr`, ... any case).
  static func isStringPrefix(_ prefix: ArraySlice<Unicode.Scalar>) -> Bool {
    let lowered = String(String.UnicodeScalarView(prefix)).lowercased()
    return ["r", "u", "b", "f", "br", "rb", "fr", "rf"].contains(lowered)
  }

  /// Scans a string literal whose prefix (possibly empty) starts at `prefixStart`.
  mutating func scanString(prefixStart: Int) throws {
    let startLocation = location(of: prefixStart)
    var isRaw = false
    var isBytes = false
    var isFormatted = false
    while let scalar = peek(), scalar != "\"" && scalar != "'" {
      switch scalar {
      case "r", "R": isRaw = true
      case "b", "B": isBytes = true
      case "f", "F": isFormatted = true
      default: break
      }
      position += 1
    }
    guard let quote = peek() else { return }
    let isTriple = peek(1) == quote && peek(2) == quote
    position += isTriple ? 3 : 1
    let bodyStart = position
    let bodyLocation = here
    var bodyEnd = position
    while true {
      guard let scalar = peek() else {
        let kind = isTriple ? "unterminated triple-quoted string literal" : "unterminated string literal"
        throw SyntaxError(.syntax, "\(kind) (detected at line \(line))", at: startLocation)
      }
      if scalar == quote {
        if !isTriple {
          bodyEnd = position
          position += 1
          break
        }
        if peek(1) == quote && peek(2) == quote {
          bodyEnd = position
          position += 3
          break
        }
        position += 1
      } else if scalar == "\\" {
        position += 1
        if peek() == "\n" {
          position += 1
          startNewLine()
        } else if peek() != nil {
          position += 1
        }
      } else if scalar == "\n" {
        guard isTriple else {
          throw SyntaxError(
            .syntax, "unterminated string literal (detected at line \(line))", at: startLocation)
        }
        position += 1
        startNewLine()
      } else {
        position += 1
      }
    }
    let body = Array(source[bodyStart..<bodyEnd])
    let value =
      isFormatted ? "" : try Scanner.decode(body[...], raw: isRaw, location: startLocation)
    var token = Token(
      kind: .string, text: String(String.UnicodeScalarView(source[prefixStart..<position])),
      location: startLocation)
    token.value = .string(
      StringLiteral(
        isFormatted: isFormatted, isRaw: isRaw, isBytes: isBytes, value: value, body: body,
        bodyLocation: bodyLocation))
    tokens.append(token)
  }

  /// Decodes backslash escapes in `body` (unless `raw`); `location` is used for errors.
  static func decode(
    _ body: ArraySlice<Unicode.Scalar>, raw: Bool, location: SourceLocation
  ) throws -> String {
    var result = String.UnicodeScalarView()
    var index = body.startIndex
    while index < body.endIndex {
      let scalar = body[index]
      index += 1
      guard scalar == "\\", index < body.endIndex else {
        result.append(scalar)
        continue
      }
      if raw {
        result.append(scalar)
        result.append(body[index])
        index += 1
        continue
      }
      let escape = body[index]
      index += 1
      switch escape {
      case "\n": break
      case "\\": result.append("\\")
      case "'": result.append("'")
      case "\"": result.append("\"")
      case "n": result.append("\n")
      case "t": result.append("\t")
      case "r": result.append("\r")
      case "a": result.append("\u{07}")
      case "b": result.append("\u{08}")
      case "f": result.append("\u{0C}")
      case "v": result.append("\u{0B}")
      case "0"..."7":
        var value = escape.value - 48
        var count = 1
        while count < 3, index < body.endIndex, body[index] >= "0", body[index] <= "7" {
          value = value * 8 + body[index].value - 48
          index += 1
          count += 1
        }
        result.append(Unicode.Scalar(value) ?? "\u{FFFD}")
      case "x", "u", "U":
        let width = escape == "x" ? 2 : escape == "u" ? 4 : 8
        var value: UInt32 = 0
        var count = 0
        while count < width, index < body.endIndex, isDigit(body[index], radix: 16),
          let digit = UInt32(String(body[index]), radix: 16)
        {
          value = value * 16 + digit
          index += 1
          count += 1
        }
        guard count == width, let decoded = Unicode.Scalar(value) else {
          let name = escape == "x" ? "\\xXX" : escape == "u" ? "\\uXXXX" : "\\UXXXXXXXX"
          throw SyntaxError(
            .syntax,
            "(unicode error) 'unicodeescape' codec can't decode bytes: truncated \(name) escape",
            at: location)
        }
        result.append(decoded)
      default:
        result.append("\\")
        result.append(escape)
      }
    }
    return String(result)
  }
}
