extension PyFormat {
  /// Converts one argument for a %-format conversion character `code` at `position`.
  static func convertPercent(
    _ argument: FormatArgument, code: Unicode.Scalar, at position: Int,
    directive: PercentDirective
  ) throws -> String {
    switch code {
    case "s", "r", "a":
      var text: String
      switch code {
      case "s": text = argument.strText
      case "r": text = argument.reprText
      default: text = asciiEscape(argument.reprText)
      }
      if let precision = directive.precision, text.unicodeScalars.count > precision {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text.unicodeScalars.prefix(precision))
        text = String(view)
      }
      return directive.padText(text)
    case "d", "i", "u":
      let (negative, digits) = try integerDigits(argument, code: code)
      return percentInteger(negative: negative, digits: digits, prefix: "", directive)
    case "x", "X", "o":
      let value: Int
      switch argument {
      case .int(let number): value = number
      case .bool(let flag): value = flag ? 1 : 0
      default:
        throw FormatError.type(
          "%\(code) format: an integer is required, not \(argument.typeName)")
      }
      let radix = code == "o" ? 8 : 16
      let digits = String(value.magnitude, radix: radix, uppercase: code == "X")
      let prefix = directive.alternate ? (code == "o" ? "0o" : (code == "X" ? "0X" : "0x")) : ""
      return percentInteger(negative: value < 0, digits: digits, prefix: prefix, directive)
    case "e", "E", "f", "F", "g", "G":
      let value: Double
      switch argument {
      case .int(let number): value = Double(number)
      case .bool(let flag): value = flag ? 1 : 0
      case .float(let number): value = number
      default: throw FormatError.type("must be real number, not \(argument.typeName)")
      }
      let body = floatBody(
        Swift.abs(value), type: code, precision: directive.precision ?? 6,
        alternate: directive.alternate)
      let negative = value.sign == .minus && !value.isNaN
      return directive.padNumber(
        sign: directive.signText(negative: negative), prefix: "",
        body: body.integer + body.rest)
    case "c":
      return directive.padText(try percentCharacter(argument))
    default:
      let shown = code.value >= 31 && code.value <= 126 ? String(Character(code)) : "?"
      let hex = String(code.value, radix: 16)
      throw FormatError.value(
        "unsupported format character '\(shown)' (0x\(hex)) at index \(position)")
    }
  }

  /// The sign and decimal digits of an argument for `%d`, `%i` and `%u`.
  private static func integerDigits(_ argument: FormatArgument, code: Unicode.Scalar) throws
    -> (negative: Bool, digits: String)
  {
    switch argument {
    case .int(let value):
      return (value < 0, String(value.magnitude))
    case .bool(let flag):
      return (false, flag ? "1" : "0")
    case .float(let value):
      if value.isNaN { throw FormatError.value("cannot convert float NaN to integer") }
      if value.isInfinite {
        throw FormatError.overflow("cannot convert float infinity to integer")
      }
      let truncated = value.rounded(.towardZero)
      let digits = DecimalDigits(exact: truncated).fixed(decimals: 0).integer
      return (truncated < 0, digits)
    default:
      throw FormatError.type(
        "%\(code) format: a real number is required, not \(argument.typeName)")
    }
  }

  /// Lays out an integer conversion: precision is a minimum digit count.
  private static func percentInteger(
    negative: Bool, digits: String, prefix: String, _ directive: PercentDirective
  ) -> String {
    var body = digits
    if let precision = directive.precision, body.count < precision {
      body = String(repeating: "0", count: precision - body.count) + body
    }
    return directive.padNumber(
      sign: directive.signText(negative: negative), prefix: prefix, body: body)
  }

  /// The character for `%c`: a code point or a one-character string.
  private static func percentCharacter(_ argument: FormatArgument) throws -> String {
    let code: Int
    switch argument {
    case .int(let value): code = value
    case .bool(let flag): code = flag ? 1 : 0
    case .string(let text) where text.unicodeScalars.count == 1:
      return text
    default:
      throw FormatError.type("%c requires int or char")
    }
    guard code >= 0 && code < 0x110000 else {
      throw FormatError.overflow("%c arg not in range(0x110000)")
    }
    return String(Character(Unicode.Scalar(UInt32(code)) ?? "\u{FFFD}"))
  }
}
