/// The flags, width and precision of one `%` conversion in %-formatting.
struct PercentDirective {
  /// The `-` flag: left-justify.
  var leftAlign = false
  /// The `+` flag: always show a sign.
  var plus = false
  /// The space flag: a space before non-negative numbers.
  var space = false
  /// The `#` flag: alternate form.
  var alternate = false
  /// The `0` flag: zero padding for numbers.
  var zeroPad = false
  /// The minimum width.
  var width = 0
  /// The precision when given.
  var precision: Int?

  /// The sign text for a number under these flags.
  func signText(negative: Bool) -> String {
    if negative { return "-" }
    if plus { return "+" }
    if space { return " " }
    return ""
  }

  /// Pads text (a string conversion) to the width with spaces.
  func padText(_ text: String) -> String {
    let missing = width - text.unicodeScalars.count
    guard missing > 0 else { return text }
    let spaces = String(repeating: " ", count: missing)
    return leftAlign ? text + spaces : spaces + text
  }

  /// Pads a number made of a sign, a prefix such as `0x`, and its body to the width.
  func padNumber(sign: String, prefix: String, body: String) -> String {
    let head = sign + prefix
    let missing = width - head.unicodeScalars.count - body.unicodeScalars.count
    guard missing > 0 else { return head + body }
    if leftAlign { return head + body + String(repeating: " ", count: missing) }
    if zeroPad { return head + String(repeating: "0", count: missing) + body }
    return String(repeating: " ", count: missing) + head + body
  }
}
