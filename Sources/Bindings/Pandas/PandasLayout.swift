import Interpreter

/// The text layout pandas uses for small DataFrames and Series (60 rows at most before the
/// middle rows are elided as `..`).
enum PandasLayout {
  /// Frames and Series longer than this show their first and last five rows only.
  static let maxRows = 60

  /// The rows shown for `count` rows, and whether some were left out.
  static func shownRows(_ count: Int) -> (rows: [Int], truncated: Bool) {
    guard count > maxRows else { return (Array(0..<count), false) }
    return (Array(0..<5) + Array((count - 5)..<count), true)
  }

  /// `text` padded with spaces on the left to `width`.
  static func right(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
  }

  /// `text` padded with spaces on the right to `width`.
  static func left(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
  }

  /// `text` centred in `width` the way Python's `str.center` does.
  static func center(_ text: String, _ width: Int) -> String {
    let padding = max(0, width - text.count)
    let leftPad = padding / 2 + (padding & width & 1)
    return String(repeating: " ", count: leftPad) + text + String(repeating: " ", count: padding - leftPad)
  }

  /// The printed text of a DataFrame.
  static func frame(labels: [Value], columns: [PandasColumn], index: [Value]) -> String {
    let names = labels.map(Evaluator.strOf)
    if index.isEmpty || columns.isEmpty {
      return "Empty DataFrame\nColumns: [\(names.joined(separator: ", "))]\nIndex: []"
    }
    let (rows, truncated) = shownRows(index.count)
    let indexTexts = rows.map { Evaluator.strOf(index[$0]) }
    let indexWidth = indexTexts.map(\.count).max() ?? 0
    var lines = [String(repeating: " ", count: indexWidth)]
    var body = indexTexts.map { left($0, indexWidth) }
    var dotLine = left(indexWidth > 3 ? "..." : "..", indexWidth)
    for (label, column) in zip(names, columns) {
      let name = column.hasNumericHeader ? " " + label : label
      let texts = column.select(rows).formatted
      let width = max(name.count, texts.map(\.count).max() ?? 0)
      lines[0] += " " + right(name, width)
      for row in body.indices { body[row] += " " + right(texts[row], width) }
      dotLine += " " + right(width > 3 ? "..." : "..", width)
    }
    if truncated { body.insert(dotLine, at: 5) }
    lines += body
    if truncated { lines += ["", "[\(index.count) rows x \(columns.count) columns]"] }
    return lines.joined(separator: "\n")
  }

  /// The printed text of a Series: index, values, then `Name: ..., dtype: ...`.
  static func series(_ column: PandasColumn, index: [Value], name: Value) -> String {
    var footer: [String] = []
    if !name.isNone { footer.append("Name: " + Evaluator.strOf(name)) }
    let (rows, truncated) = shownRows(index.count)
    if truncated { footer.append("Length: \(index.count)") }
    footer.append("dtype: " + column.dtypeName)
    guard !index.isEmpty else { return "Series([], " + footer.joined(separator: ", ") + ")" }
    let indexTexts = rows.map { Evaluator.strOf(index[$0]) }
    let indexWidth = indexTexts.map(\.count).max() ?? 0
    let texts = column.select(rows).formatted
    let width = texts.map(\.count).max() ?? 0
    var lines = zip(indexTexts, texts).map { left($0.0, indexWidth) + "   " + right($0.1, width) }
    if truncated {
      lines.insert(String(repeating: " ", count: indexWidth + 3) + center(width > 3 ? "..." : "..", width), at: 5)
    }
    return (lines + [footer.joined(separator: ", ")]).joined(separator: "\n")
  }
}
