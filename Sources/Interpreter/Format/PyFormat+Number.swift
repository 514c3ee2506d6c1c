extension PyFormat {
  /// Joins the parts of a formatted number and pads it as the spec asks.
  ///
  /// - Parameters:
  ///   - sign: `"-"`, `"+"`, `" "` or empty.
  ///   - prefix: `0x`-style prefix or empty.
  ///   - integer: the integer digits to group (empty for `inf`/`nan`).
  ///   - rest: everything after the integer digits (fraction, exponent, `%`, `inf`).
  ///   - groupSize: digits per group when the spec asks for grouping.
  static func assembleNumber(
    sign: String, prefix: String, integer: String, rest: String,
    spec: FormatSpec, groupSize: Int
  ) -> String {
    let align = spec.effectiveAlign(fallback: ">")
    var digits = integer
    if let separator = spec.grouping, !integer.isEmpty {
      var minimum = 0
      if spec.fill == "0" && align == "=" {
        minimum = spec.width - sign.unicodeScalars.count - prefix.unicodeScalars.count
          - rest.unicodeScalars.count
      }
      var count = integer.count
      while count + (count - 1) / groupSize < minimum { count += 1 }
      let padded = String(repeating: "0", count: count - integer.count) + integer
      digits = group(padded, size: groupSize, separator: Character(separator))
    }
    let body = digits + rest
    let head = sign + prefix
    let length = head.unicodeScalars.count + body.unicodeScalars.count
    if align == "=" {
      guard spec.width > length else { return head + body }
      let fillText = String(Character(spec.fill))
      return head + String(repeating: fillText, count: spec.width - length) + body
    }
    return pad(head + body, width: spec.width, fill: spec.fill, align: align)
  }

  /// Inserts `separator` between groups of `size` digits, counting from the right.
  static func group(_ digits: String, size: Int, separator: Character) -> String {
    var result: [Character] = []
    let characters = Array(digits)
    for (offset, character) in characters.enumerated() {
      let remaining = characters.count - offset
      if offset > 0 && remaining % size == 0 { result.append(separator) }
      result.append(character)
    }
    return String(result)
  }

  /// The sign text for a number: `-` when negative, else as the spec's sign option says.
  static func signText(negative: Bool, option: Unicode.Scalar?) -> String {
    if negative { return "-" }
    switch option {
    case "+": return "+"
    case " ": return " "
    default: return ""
    }
  }
}
