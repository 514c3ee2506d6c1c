extension PyFormat {
  /// Python's `repr(str)`: quoted, with backslash escapes for unprintable characters.
  ///
  /// Single quotes are used unless the text contains `'` and no `"`.
  public static func reprString(_ text: String) -> String {
    let scalars = text.unicodeScalars
    let quote: Unicode.Scalar = scalars.contains("'") && !scalars.contains("\"") ? "\"" : "'"
    var result = String(Character(quote))
    for scalar in scalars {
      switch scalar {
      case quote, "\\":
        result += "\\" + String(Character(scalar))
      case "\t":
        result += "\\t"
      case "\n":
        result += "\\n"
      case "\r":
        result += "\\r"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7f {
          result += hexEscape(scalar)
        } else if scalar.value < 0x7f || isPrintable(scalar) {
          result.unicodeScalars.append(scalar)
        } else {
          result += hexEscape(scalar)
        }
      }
    }
    result.unicodeScalars.append(quote)
    return result
  }

  /// Python's `ascii()` applied to a repr text: every non-ASCII character is escaped.
  public static func asciiEscape(_ repr: String) -> String {
    var result = ""
    for scalar in repr.unicodeScalars {
      if scalar.value < 0x80 {
        result.unicodeScalars.append(scalar)
      } else {
        result += hexEscape(scalar)
      }
    }
    return result
  }

  /// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for a code point.
  static func hexEscape(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16)
    if scalar.value < 0x100 {
      return "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
    }
    if scalar.value < 0x10000 {
      return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
    return "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
  }

  /// Python's `str.isprintable` for one non-ASCII code point.
  static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned,
      .lineSeparator, .paragraphSeparator, .spaceSeparator:
      return false
    default:
      return true
    }
  }
}
