extension PyFormat {
  /// Formats a float with a parsed spec (also used for ints with float types).
  static func formatFloat(_ x: Double, spec: FormatSpec, typeName: String) throws -> String {
    let type = spec.type
    if let type {
      switch type {
      case "e", "E", "f", "F", "g", "G", "n", "%":
        break
      default:
        throw unknownCode(type, typeName: typeName)
      }
    }
    if let precision = spec.precision {
      if precision > Int(Int32.max) { throw FormatError.value("precision too big") }
      if precision > maxLength { throw FormatError.tooLarge() }
    }
    var magnitude = Swift.abs(x)
    if type == "%" { magnitude *= 100 }
    let body = floatBody(
      magnitude, type: type, precision: spec.precision, alternate: spec.alternate)
    var negative = x.sign == .minus && !x.isNaN
    if negative && spec.coerceNegativeZero && isAllZeros(body.integer + body.rest) {
      negative = false
    }
    return assembleNumber(
      sign: signText(negative: negative, option: spec.sign), prefix: "",
      integer: body.integer, rest: body.rest + (type == "%" ? "%" : ""),
      spec: spec, groupSize: 3)
  }

  /// Whether the digits of a formatted magnitude (before any exponent) are all zero.
  private static func isAllZeros(_ text: String) -> Bool {
    for character in text {
      if character == "e" || character == "E" { break }
      if character.isNumber && character != "0" { return false }
      if character.isLetter { return false }
    }
    return true
  }

  /// The unsigned text of a float: integer digits (to group) and the rest.
  ///
  /// `type` is one of `e E f F g G n %` or nil; `%` expects the magnitude already
  /// multiplied by 100 and does not append the percent sign.
  static func floatBody(
    _ magnitude: Double, type: Unicode.Scalar?, precision: Int?, alternate: Bool
  ) -> (integer: String, rest: String) {
    let upper = type == "E" || type == "F" || type == "G"
    if magnitude.isNaN { return ("", upper ? "NAN" : "nan") }
    if magnitude.isInfinite { return ("", upper ? "INF" : "inf") }
    guard let type else {
      guard let precision else {
        return splitInteger(layoutShortest(shortestDigits(magnitude), alternate: alternate))
      }
      return generalBody(
        DecimalDigits(exact: magnitude), precision: precision, alternate: alternate,
        upper: false, reprStyle: true)
    }
    let exact = DecimalDigits(exact: magnitude)
    switch type {
    case "e", "E":
      let places = precision ?? 6
      let (digits, exponent) = exact.scientific(significant: places + 1)
      let fraction = String(digits.dropFirst())
      let point = places > 0 || alternate ? "." + fraction : ""
      return (String(digits.prefix(1)), point + exponentText(exponent, upper: upper))
    case "f", "F", "%":
      let places = precision ?? 6
      let (integer, fraction) = exact.fixed(decimals: places)
      return (integer, places > 0 || alternate ? "." + fraction : "")
    default:
      return generalBody(
        exact, precision: precision ?? 6, alternate: alternate, upper: upper, reprStyle: false)
    }
  }

  /// The `g` layout; with `reprStyle` (no type but a precision) it switches to scientific
  /// one exponent earlier and adds `.0` to integral positional results.
  private static func generalBody(
    _ exact: DecimalDigits, precision: Int, alternate: Bool, upper: Bool, reprStyle: Bool
  ) -> (integer: String, rest: String) {
    let significant = Swift.max(precision, 1)
    let (digits, exponent) = exact.scientific(significant: significant)
    let limit = reprStyle ? significant - 1 : significant
    var integer: String
    var fraction: String
    let scientific = exponent < -4 || exponent >= limit
    if scientific {
      integer = String(digits.prefix(1))
      fraction = String(digits.dropFirst())
    } else if exponent >= 0 {
      integer = String(digits.prefix(exponent + 1))
      fraction = String(digits.dropFirst(exponent + 1))
    } else {
      integer = "0"
      fraction = String(repeating: "0", count: -exponent - 1) + digits
    }
    if !alternate {
      while fraction.hasSuffix("0") { fraction.removeLast() }
    }
    var rest = fraction.isEmpty ? (alternate ? "." : "") : "." + fraction
    if scientific {
      rest += exponentText(exponent, upper: upper)
    } else if reprStyle && fraction.isEmpty {
      rest = ".0"
    }
    return (integer, rest)
  }

  /// Splits positional or scientific float text at its first `.` or `e`.
  private static func splitInteger(_ text: String) -> (integer: String, rest: String) {
    guard let index = text.firstIndex(where: { $0 == "." || $0 == "e" }) else {
      return (text, "")
    }
    return (String(text[..<index]), String(text[index...]))
  }
}
