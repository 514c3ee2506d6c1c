/// Python's `repr` of strings: quote choice and escapes.
public enum StringRepr {
  /// `'text'`, or `"it's"` when the text has single quotes and no double quotes.
  public static func quote(_ text: String) -> String {
    let quote: Character = text.contains("'") && !text.contains("\"") ? "\"" : "'"
    var result = String(quote)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "'" where quote == "'": result += "\\'"
      default:
        if scalar != " " && !scalar.properties.isPrintable {
          if scalar.value <= 0xFF {
            result += "\\x" + hex(scalar.value, width: 2)
          } else if scalar.value <= 0xFFFF {
            result += "\\u" + hex(scalar.value, width: 4)
          } else {
            result += "\\U" + hex(scalar.value, width: 8)
          }
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    result.append(quote)
    return result
  }

  private static func hex(_ value: UInt32, width: Int) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}

extension Unicode.Scalar.Properties {
  /// Whether Python's `str.isprintable` would keep the scalar as is in a repr.
  var isPrintable: Bool {
    switch generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
      .paragraphSeparator:
      return false
    case .spaceSeparator:
      return false
    default:
      return true
    }
  }
}
