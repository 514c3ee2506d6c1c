/// A parsed matplotlib format string such as `'r--'`, `'bo-'`, `'g^'`, `'k:'` or `'C2.'`.
public struct FormatString: Equatable, Sendable {
  /// The colour, if the string names one.
  public var color: Color?
  /// The line style; nil means "not given" (solid unless a marker was given, then none).
  public var lineStyle: LineStyle?
  /// The marker, if the string names one.
  public var marker: Marker?

  /// Parses a format string; a whole colour name (`'red'`, `'#ff0000'`, `'C1'`) is accepted too.
  public init(_ text: String) throws {
    color = nil
    lineStyle = nil
    marker = nil
    if text.isEmpty { return }
    if Double(text) == nil, let whole = try? Color(parsing: text) {
      color = whole
      return
    }
    let chars = Array(text)
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if i + 1 < chars.count {
        let pair = String(chars[i...i + 1])
        if pair == "--" || pair == "-." {
          try setLineStyle(try LineStyle(parsing: pair), text)
          i += 2
          continue
        }
        if c == "C", chars[i + 1].isNumber {
          try setColor(Color(parsing: pair), text)
          i += 2
          continue
        }
      }
      let single = String(c)
      if single == "-" || single == ":" {
        try setLineStyle(try LineStyle(parsing: single), text)
      } else if let m = Marker(rawValue: single) {
        guard marker == nil else { throw DisplayError.invalidFormatString(text) }
        marker = m
      } else if "bgrcmykw".contains(c) {
        try setColor(try Color(parsing: single), text)
      } else {
        throw DisplayError.invalidFormatString(text)
      }
      i += 1
    }
  }

  /// The line style to draw with, applying matplotlib's rule that a marker alone means no line.
  public var effectiveLineStyle: LineStyle {
    lineStyle ?? (marker == nil ? .solid : LineStyle.none)
  }

  private mutating func setLineStyle(_ style: LineStyle, _ text: String) throws {
    guard lineStyle == nil else { throw DisplayError.invalidFormatString(text) }
    lineStyle = style
  }

  private mutating func setColor(_ c: Color, _ text: String) throws {
    guard color == nil else { throw DisplayError.invalidFormatString(text) }
    color = c
  }
}
