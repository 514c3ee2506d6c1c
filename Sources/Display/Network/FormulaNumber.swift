import Foundation

/// Number formatting for formulas: at most `digits` decimals, trailing zeros dropped.
public enum FormulaNumber {
  /// The number in LaTeX (`-0.5`, `1.25`, `3 \times 10^{-5}` for tiny values).
  public static func latex(_ v: Double, digits: Int) -> String {
    guard v.isFinite else { return v.isNaN ? "\\text{nan}" : (v > 0 ? "\\infty" : "-\\infty") }
    let text = plain(v, digits: digits)
    if text == "0", v != 0 { return scientific(v, latex: true) }
    return text
  }

  /// The number as plain text (`-0.5`, `1.25`, `3e-05` for tiny values).
  public static func plain(_ v: Double, digits: Int) -> String {
    guard v.isFinite else { return v.isNaN ? "nan" : (v > 0 ? "inf" : "-inf") }
    var s = String(format: "%.\(max(0, digits))f", v)
    if s.contains(".") {
      while s.hasSuffix("0") { s.removeLast() }
      if s.hasSuffix(".") { s.removeLast() }
    }
    if s == "-0" { s = "0" }
    if s == "0", v != 0 { return scientific(v, latex: false) }
    return s
  }

  /// `1.5 \times 10^{-5}` or `1.5e-05`.
  private static func scientific(_ v: Double, latex: Bool) -> String {
    let text = String(format: "%.1e", v)
    guard latex, let e = text.firstIndex(of: "e") else { return text }
    let mantissa = text[..<e]
    let exponent = Int(text[text.index(after: e)...]) ?? 0
    return "\(mantissa) \\times 10^{\(exponent)}"
  }

  /// Unicode subscript digits (`52` → `₅₂`); other characters are kept.
  public static func subscripted(_ text: String) -> String {
    let digits: [Character: Character] = [
      "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
    ]
    return String(text.map { digits[$0] ?? $0 })
  }

  /// Unicode superscript digits (`12` → `¹²`); other characters are kept.
  public static func superscripted(_ text: String) -> String {
    let digits: [Character: Character] = [
      "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
    ]
    return String(text.map { digits[$0] ?? $0 })
  }
}
