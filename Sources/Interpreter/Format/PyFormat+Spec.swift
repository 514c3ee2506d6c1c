extension PyFormat {
  /// Formats `value` with a format-spec mini-language string, as `format(value, spec)`.
  ///
  /// The spec is `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
  /// Ints take `b c d o x X n` and the float types; floats take `e E f F g G n %` or no
  /// type (repr-like, or `g`-like with a precision); strings take `s`; bools format as
  /// ints unless the spec is empty; `.other` values accept only the empty spec.
  /// - Throws: `FormatError` with Python's exception type and message.
  public static func format(_ value: FormatArgument, spec: String) throws -> String {
    switch value {
    case .int(let number):
      if spec.isEmpty { return String(number) }
      return try formatInt(number, spec: spec, typeName: "int")
    case .bool(let flag):
      if spec.isEmpty { return flag ? "True" : "False" }
      return try formatInt(flag ? 1 : 0, spec: spec, typeName: "bool")
    case .float(let number):
      if spec.isEmpty { return reprFloat(number) }
      let parsed = try FormatSpec(spec, typeName: "float", defaultType: nil)
      return try formatFloat(number, spec: parsed, typeName: "float")
    case .string(let text):
      if spec.isEmpty { return text }
      return try formatString(text, spec: spec)
    case .other(let str, _, let typeName):
      if spec.isEmpty { return str }
      throw FormatError.type("unsupported format string passed to \(typeName).__format__")
    }
  }

  /// Formats a string with a spec: only alignment, width, precision and type `s`.
  static func formatString(_ text: String, spec: String) throws -> String {
    let parsed = try FormatSpec(spec, typeName: "str", defaultType: "s")
    if let type = parsed.type, type != "s" {
      throw unknownCode(type, typeName: "str")
    }
    if parsed.sign != nil {
      throw FormatError.value("Sign not allowed in string format specifier")
    }
    if parsed.coerceNegativeZero {
      throw FormatError.value(
        "Negative zero coercion (z) not allowed in string format specifier")
    }
    if parsed.alternate {
      throw FormatError.value("Alternate form (#) not allowed in string format specifier")
    }
    if parsed.align == "=" {
      throw FormatError.value("'=' alignment not allowed in string format specifier")
    }
    var scalars = String.UnicodeScalarView(text.unicodeScalars)
    if let precision = parsed.precision, scalars.count > precision {
      scalars = String.UnicodeScalarView(scalars.prefix(precision))
    }
    return pad(
      String(scalars), width: parsed.width, fill: parsed.fill,
      align: parsed.effectiveAlign(fallback: "<"))
  }

  /// The "Unknown format code" error for a presentation type.
  static func unknownCode(_ type: Unicode.Scalar, typeName: String) -> FormatError {
    if type.value > 32 && type.value < 128 {
      return FormatError.value("Unknown format code '\(type)' for object of type '\(typeName)'")
    }
    let hex = String(type.value, radix: 16)
    return FormatError.value("Unknown format code '\\x\(hex)' for object of type '\(typeName)'")
  }

  /// Pads `text` to `width` code points with `fill`, aligned `<`, `>` or `^`.
  static func pad(_ text: String, width: Int, fill: Unicode.Scalar, align: Unicode.Scalar)
    -> String
  {
    let length = text.unicodeScalars.count
    guard width > length else { return text }
    let total = width - length
    let fillText = String(Character(fill))
    switch align {
    case "<":
      return text + String(repeating: fillText, count: total)
    case "^":
      let left = total / 2
      return String(repeating: fillText, count: left) + text
        + String(repeating: fillText, count: total - left)
    default:
      return String(repeating: fillText, count: total) + text
    }
  }
}
