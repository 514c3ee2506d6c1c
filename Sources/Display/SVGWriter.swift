import Foundation

/// Accumulates SVG markup with escaping and compact, NaN-free number formatting.
struct SVGWriter {
  /// The markup written so far.
  private(set) var text = ""

  /// Appends raw markup followed by a newline.
  mutating func line(_ markup: String) {
    text += markup
    text += "\n"
  }

  /// Appends an element `<name attrs/>`; attributes with nil values are left out.
  mutating func element(_ name: String, _ attributes: [(String, String?)], content: String? = nil) {
    var s = "<" + name
    for (key, value) in attributes {
      guard let value else { continue }
      s += " \(key)=\"\(SVGWriter.escape(value))\""
    }
    if let content {
      s += ">" + content + "</" + name + ">"
    } else {
      s += "/>"
    }
    line(s)
  }

  /// Escapes text for XML content and attribute values.
  static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.count)
    for ch in s {
      switch ch {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(ch)
      }
    }
    return out
  }

  /// Formats a coordinate with at most two decimals; non-finite values become 0.
  static func number(_ v: Double) -> String {
    guard v.isFinite else { return "0" }
    let r = (v * 100).rounded() / 100
    if r == r.rounded(), abs(r) < 1e15 {
      return String(Int(r))
    }
    var s = String(format: "%.2f", r)
    while s.hasSuffix("0") { s.removeLast() }
    if s.hasSuffix(".") { s.removeLast() }
    return s == "-0" ? "0" : s
  }

  /// Fill or stroke attributes for a colour: the hex value plus an opacity when not opaque.
  static func paint(_ kind: String, _ color: Color?) -> [(String, String?)] {
    guard let color else { return [(kind, "none")] }
    return [(kind, color.hex), ("\(kind)-opacity", color.alpha < 1 ? number2(color.alpha) : nil)]
  }

  /// Formats a value in 0...1 with three decimals.
  static func number2(_ v: Double) -> String {
    guard v.isFinite else { return "1" }
    var s = String(format: "%.3f", v)
    while s.hasSuffix("0") { s.removeLast() }
    if s.hasSuffix(".") { s.removeLast() }
    return s
  }
}
