extension DecimalDigits {
  /// The digit whose place value is `10^place`, or 0 outside the stored digits.
  func digit(atPlace place: Int) -> UInt8 {
    let index = pointPosition - 1 - place
    return index >= 0 && index < digits.count ? digits[index] : 0
  }

  /// Fixed-point text of the exact value rounded to `decimals` fraction digits.
  ///
  /// Returns the integer part (at least `"0"`) and exactly `decimals` fraction digits.
  func fixed(decimals: Int) -> (integer: String, fraction: String) {
    let rounded = self.rounded(keeping: pointPosition + decimals)
    var integer = ""
    let topPlace = Swift.max(rounded.pointPosition - 1, 0)
    for place in stride(from: topPlace, through: 0, by: -1) {
      integer.append(Character(Unicode.Scalar(48 + rounded.digit(atPlace: place))))
    }
    var fraction = ""
    if decimals > 0 {
      for place in 1...decimals {
        fraction.append(Character(Unicode.Scalar(48 + rounded.digit(atPlace: -place))))
      }
    }
    return (integer, fraction)
  }

  /// The value rounded to `significant` digits (at least 1), with its decimal exponent.
  ///
  /// `digits` has exactly `significant` characters and the value is
  /// `d.ddd × 10^exponent`; zero gives exponent 0.
  func scientific(significant: Int) -> (digits: String, exponent: Int) {
    let count = Swift.max(significant, 1)
    let rounded = self.rounded(keeping: count)
    let text = String(rounded.digits.prefix(count).map { Character(Unicode.Scalar(48 + $0)) })
    if rounded.isZero { return (text, 0) }
    return (text, rounded.pointPosition - 1)
  }

  /// The decimal digits as text, most significant first.
  var digitText: String {
    String(digits.map { Character(Unicode.Scalar(48 + $0)) })
  }
}
