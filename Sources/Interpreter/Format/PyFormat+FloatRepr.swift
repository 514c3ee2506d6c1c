extension PyFormat {
  /// Python's `repr(float)` (which `str(float)` equals): shortest round-trip digits.
  ///
  /// Positional notation is used when the decimal exponent lies in [-4, 16), otherwise
  /// scientific with at least two exponent digits: `1e+16`, `1.5e-05`, `inf`, `-inf`,
  /// `nan`, `-0.0`, `1.0`.
  public static func reprFloat(_ x: Double) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    let sign = x.sign == .minus ? "-" : ""
    return sign + layoutShortest(shortestDigits(x), alternate: false)
  }

  /// The shortest digits that round-trip to `x` (sign ignored; `x` must be finite).
  ///
  /// Swift's `Double.description` already produces the shortest round-trip digits
  /// (closest to the exact value among the shortest); they are re-read here.
  static func shortestDigits(_ x: Double) -> DecimalDigits {
    let magnitude = Swift.abs(x)
    if magnitude == 0 { return DecimalDigits(digits: [0], pointPosition: 1) }
    var digits: [UInt8] = []
    var pointIndex: Int?
    var exponent = 0
    var exponentSign = 1
    var inExponent = false
    for scalar in magnitude.description.unicodeScalars {
      switch scalar {
      case "0"..."9":
        let value = Int(scalar.value) - 48
        if inExponent {
          exponent = exponent * 10 + value
        } else {
          digits.append(UInt8(value))
        }
      case ".":
        pointIndex = digits.count
      case "e", "E":
        inExponent = true
      case "-":
        exponentSign = -1
      default:
        continue
      }
    }
    var point = (pointIndex ?? digits.count) + exponentSign * exponent
    while digits.count > 1, let first = digits.first, first == 0 {
      digits.removeFirst()
      point -= 1
    }
    var result = DecimalDigits(digits: digits, pointPosition: point)
    result.trimTrailingZeros()
    return result
  }

  /// Lays out shortest digits as Python's `repr` does (the `r` mode of float formatting).
  ///
  /// With `alternate` (the `#` flag) a decimal point is always present.
  static func layoutShortest(_ value: DecimalDigits, alternate: Bool) -> String {
    let text = value.digitText
    let point = value.isZero ? 1 : value.pointPosition
    if point <= -4 || point > 16 {
      return mantissaText(text, alternate: alternate) + exponentText(point - 1, upper: false)
    }
    if point <= 0 {
      return "0." + String(repeating: "0", count: -point) + text
    }
    if point >= text.count {
      return text + String(repeating: "0", count: point - text.count) + ".0"
    }
    let splitIndex = text.index(text.startIndex, offsetBy: point)
    return String(text[..<splitIndex]) + "." + String(text[splitIndex...])
  }

  /// `d.ddd` from a digit string: the point only when more digits follow or `alternate`.
  static func mantissaText(_ digits: String, alternate: Bool) -> String {
    guard let first = digits.first else { return "0" }
    let rest = digits.dropFirst()
    if rest.isEmpty { return alternate ? "\(first)." : "\(first)" }
    return "\(first).\(rest)"
  }

  /// `e+05`, `e-123`, `E+16`: an exponent with sign and at least two digits.
  static func exponentText(_ exponent: Int, upper: Bool) -> String {
    let magnitude = String(Swift.abs(exponent))
    let padded = magnitude.count < 2 ? "0" + magnitude : magnitude
    return (upper ? "E" : "e") + (exponent < 0 ? "-" : "+") + padded
  }
}
