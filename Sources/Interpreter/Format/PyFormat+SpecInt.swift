extension PyFormat {
  /// Formats an integer (or a bool, named by `typeName`) with a non-empty spec.
  static func formatInt(_ value: Int, spec: String, typeName: String) throws -> String {
    let parsed = try FormatSpec(spec, typeName: typeName, defaultType: "d")
    let type = parsed.type ?? "d"
    switch type {
    case "e", "E", "f", "F", "g", "G", "%":
      return try formatFloat(Double(value), spec: parsed, typeName: typeName)
    case "d", "n", "b", "o", "x", "X", "c":
      break
    default:
      throw unknownCode(type, typeName: typeName)
    }
    if parsed.precision != nil {
      throw FormatError.value("Precision not allowed in integer format specifier")
    }
    if parsed.coerceNegativeZero {
      throw FormatError.value(
        "Negative zero coercion (z) not allowed in integer format specifier")
    }
    if type == "c" {
      return try formatCharacter(value, spec: parsed)
    }
    let radix: Int
    let prefix: String
    let groupSize: Int
    switch type {
    case "b": (radix, prefix, groupSize) = (2, "0b", 4)
    case "o": (radix, prefix, groupSize) = (8, "0o", 4)
    case "x": (radix, prefix, groupSize) = (16, "0x", 4)
    case "X": (radix, prefix, groupSize) = (16, "0X", 4)
    default: (radix, prefix, groupSize) = (10, "", 3)
    }
    let digits = String(value.magnitude, radix: radix, uppercase: type == "X")
    return assembleNumber(
      sign: signText(negative: value < 0, option: parsed.sign),
      prefix: parsed.alternate ? prefix : "", integer: digits, rest: "",
      spec: parsed, groupSize: groupSize)
  }

  /// The `c` presentation type: the code point `value`, padded like a number.
  ///
  /// Surrogate code points, which Swift strings cannot hold, become U+FFFD.
  private static func formatCharacter(_ value: Int, spec: FormatSpec) throws -> String {
    if spec.sign != nil {
      throw FormatError.value("Sign not allowed with integer format specifier 'c'")
    }
    if spec.alternate {
      throw FormatError.value("Alternate form (#) not allowed with integer format specifier 'c'")
    }
    guard value >= 0 && value < 0x110000 else {
      throw FormatError.overflow("%c arg not in range(0x110000)")
    }
    let scalar = Unicode.Scalar(UInt32(value)) ?? "\u{FFFD}"
    return assembleNumber(
      sign: "", prefix: "", integer: "", rest: String(Character(scalar)),
      spec: spec, groupSize: 3)
  }
}
