/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
struct FormatSpec {
  /// The fill character; a space unless given (or `0` from the zero flag).
  var fill: Unicode.Scalar = " "
  /// Whether a fill character was written explicitly.
  var fillGiven = false
  /// `<`, `>`, `=` or `^` when given.
  var align: Unicode.Scalar?
  /// `+`, `-` or space when given.
  var sign: Unicode.Scalar?
  /// The `z` flag: negative zero becomes positive after rounding.
  var coerceNegativeZero = false
  /// The `#` flag.
  var alternate = false
  /// The `0` flag was present (fill `0`, alignment `=` for numbers unless given).
  var zeroFlag = false
  /// The minimum width, in code points.
  var width = 0
  /// `,` or `_` when given.
  var grouping: Unicode.Scalar?
  /// The precision when given.
  var precision: Int?
  /// The presentation type when given.
  var type: Unicode.Scalar?

  /// Parses `spec`, naming `typeName` in errors; `defaultType` is what the caller's
  /// `__format__` assumes when no type is written (used for the grouping checks).
  init(_ spec: String, typeName: String, defaultType: Unicode.Scalar?) throws {
    let scalars = Array(spec.unicodeScalars)
    var index = 0
    func isAlign(_ scalar: Unicode.Scalar) -> Bool {
      scalar == "<" || scalar == ">" || scalar == "=" || scalar == "^"
    }
    if scalars.count >= 2 && isAlign(scalars[1]) {
      fill = scalars[0]
      fillGiven = true
      align = scalars[1]
      index = 2
    } else if let first = scalars.first, isAlign(first) {
      align = first
      index = 1
    }
    if index < scalars.count, ["+", "-", " "].contains(scalars[index]) {
      sign = scalars[index]
      index += 1
    }
    if index < scalars.count, scalars[index] == "z" {
      coerceNegativeZero = true
      index += 1
    }
    if index < scalars.count, scalars[index] == "#" {
      alternate = true
      index += 1
    }
    if !fillGiven, index < scalars.count, scalars[index] == "0" {
      zeroFlag = true
      fill = "0"
      index += 1
    }
    if let value = try FormatSpec.readNumber(scalars, &index) { width = value }
    if index < scalars.count, scalars[index] == "," || scalars[index] == "_" {
      grouping = scalars[index]
      index += 1
      if index < scalars.count, scalars[index] == "," || scalars[index] == "_" {
        if scalars[index] == grouping {
          throw FormatError.value("Cannot specify '\(scalars[index])' with '\(scalars[index])'.")
        }
        throw FormatError.value("Cannot specify both ',' and '_'.")
      }
    }
    if index < scalars.count, scalars[index] == "." {
      index += 1
      guard let value = try FormatSpec.readNumber(scalars, &index) else {
        throw FormatError.value("Format specifier missing precision")
      }
      precision = value
    }
    if scalars.count - index > 1 {
      throw FormatError.value(
        "Invalid format specifier '\(spec)' for object of type '\(typeName)'")
    }
    if index < scalars.count { type = scalars[index] }
    try checkGrouping(defaultType: defaultType)
    // Every result is at least `width` long: refuse one no string could hold.
    if width > PyFormat.maxLength { throw FormatError.tooLarge() }
  }

  /// The alignment in effect: the given one, `=` for zero-padded numbers, else `fallback`.
  func effectiveAlign(fallback: Unicode.Scalar) -> Unicode.Scalar {
    if let align { return align }
    if zeroFlag && fallback == ">" { return "=" }
    return fallback
  }

  /// Rejects a grouping option the presentation type does not allow.
  private func checkGrouping(defaultType: Unicode.Scalar?) throws {
    guard let grouping else { return }
    let shown = type ?? defaultType
    guard let shown else { return }
    let allowed: Bool
    switch shown {
    case "d", "e", "E", "f", "F", "g", "G", "%":
      allowed = true
    case "b", "o", "x", "X":
      allowed = grouping == "_"
    default:
      allowed = false
    }
    if !allowed {
      throw FormatError.value("Cannot specify '\(grouping)' with '\(shown)'.")
    }
  }

  /// Reads a run of decimal digits, or returns nil when there is none.
  private static func readNumber(_ scalars: [Unicode.Scalar], _ index: inout Int) throws -> Int? {
    var value = 0
    var sawDigit = false
    while index < scalars.count, ("0"..."9").contains(scalars[index]) {
      let digit = Int(scalars[index].value) - 48
      let (product, overflow1) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = product.addingReportingOverflow(digit)
      if overflow1 || overflow2 {
        throw FormatError.value("Too many decimal digits in format string")
      }
      value = sum
      sawDigit = true
      index += 1
    }
    return sawDigit ? value : nil
  }
}
