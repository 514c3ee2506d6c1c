/// A tick label: plain text, optionally followed by a superscript (for `10^k` on log axes).
struct TickLabel: Equatable {
  /// The main text.
  var text: String
  /// A superscript drawn after the text, if any.
  var superscript: String?

  /// The whole label as plain text (`10^-2` is written `10−2`).
  var plain: String { text + (superscript ?? "") }

  /// Approximate width in pixels at `fontSize` pixels.
  func width(fontSize: Double) -> Double {
    TextMetrics.width(text, fontSize: fontSize)
      + (superscript.map { TextMetrics.width($0, fontSize: fontSize * 0.7) } ?? 0)
  }
}
