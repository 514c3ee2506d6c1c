/// Approximate text extents for a DejaVu-Sans-like sans-serif font (no font files needed).
enum TextMetrics {
  /// Advance widths in em for characters that differ from the default.
  private static let advances: [Character: Double] = [
    " ": 0.318, ".": 0.318, ",": 0.318, ":": 0.337, ";": 0.337, "-": 0.361, "\u{2212}": 0.838,
    "(": 0.39, ")": 0.39, "[": 0.39, "]": 0.39, "/": 0.337, "'": 0.275, "\"": 0.46, "!": 0.4,
    "i": 0.278, "j": 0.278, "l": 0.278, "f": 0.352, "t": 0.392, "r": 0.411, "I": 0.295, "J": 0.295,
    "m": 0.974, "w": 0.818, "M": 0.863, "W": 0.989, "%": 0.95, "_": 0.5, "=": 0.838, "+": 0.838,
  ]

  /// Width in pixels of `text` at `fontSize` pixels.
  static func width(_ text: String, fontSize: Double) -> Double {
    var em = 0.0
    for ch in text {
      if let a = advances[ch] {
        em += a
      } else if ch.isNumber {
        em += 0.636
      } else if ch.isUppercase {
        em += 0.70
      } else if ch.isLowercase {
        em += 0.60
      } else {
        em += 0.65
      }
    }
    return em * fontSize
  }

  /// Height in pixels of one line of text at `fontSize` pixels (ascent plus descent).
  static func height(fontSize: Double) -> Double { fontSize * 1.17 }
}
