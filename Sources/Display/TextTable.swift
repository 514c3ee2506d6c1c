/// A plain-text table with aligned columns (for `model.summary()` and classification reports).
public struct TextTable: Equatable, Sendable {
  /// How a column's cells are aligned.
  public enum Alignment: Equatable, Sendable {
    /// Padded on the right.
    case left
    /// Padded on the left (numbers).
    case right
    /// Padded on both sides.
    case center
  }

  /// How rules are drawn.
  public enum Style: Equatable, Sendable {
    /// A header, a line of dashes and the rows.
    case plain
    /// Keras 2 style: `_` rules around the header, `=` after it and at the end.
    case keras
    /// Unicode box drawing around the whole table.
    case box
  }

  /// Column headers.
  public var headers: [String]
  /// Rows of cells (short rows are padded with empty cells).
  public var rows: [[String]]
  /// Per-column alignment (default: left for the first column, right for the others).
  public var alignments: [Alignment]
  /// A line printed above the table.
  public var title: String?

  /// Creates a table.
  public init(headers: [String], rows: [[String]], alignments: [Alignment]? = nil, title: String? = nil) {
    self.headers = headers
    self.rows = rows
    let count = max(headers.count, rows.map(\.count).max() ?? 0)
    self.alignments = alignments ?? (0..<count).map { $0 == 0 ? .left : .right }
    self.title = title
  }

  /// The number of columns.
  public var columnCount: Int { max(headers.count, rows.map(\.count).max() ?? 0) }

  /// Column widths in characters.
  public var widths: [Int] {
    (0..<columnCount).map { c in
      ([headers] + rows).map { c < $0.count ? $0[c].count : 0 }.max() ?? 0
    }
  }

  /// The table as text (lines joined by `\n`, no trailing newline).
  public func render(style: Style = .plain) -> String {
    let w = widths
    let gap = style == .box ? " │ " : "  "
    func line(_ cells: [String]) -> String {
      let parts = (0..<columnCount).map { c in
        TextTable.pad(c < cells.count ? cells[c] : "", w[c], c < alignments.count ? alignments[c] : .left)
      }
      let body = parts.joined(separator: gap)
      return style == .box ? "│ " + body + " │" : TextTable.trimRight(body)
    }
    let total = w.reduce(0, +) + gap.count * max(0, columnCount - 1)
    var out: [String] = []
    if let title { out.append(title) }
    switch style {
    case .plain:
      out.append(line(headers))
      out.append(String(repeating: "-", count: total))
      out += rows.map(line)
    case .keras:
      out.append(String(repeating: "_", count: total))
      out.append(line(headers))
      out.append(String(repeating: "=", count: total))
      for (i, r) in rows.enumerated() {
        out.append(line(r))
        if i < rows.count - 1 { out.append(String(repeating: "_", count: total)) }
      }
      out.append(String(repeating: "=", count: total))
    case .box:
      let segments = w.map { String(repeating: "─", count: $0 + 2) }
      out.append("┌" + segments.joined(separator: "┬") + "┐")
      out.append(line(headers))
      out.append("├" + segments.joined(separator: "┼") + "┤")
      out += rows.map(line)
      out.append("└" + segments.joined(separator: "┴") + "┘")
    }
    return out.joined(separator: "\n")
  }

  static func pad(_ s: String, _ width: Int, _ alignment: Alignment) -> String {
    let extra = max(0, width - s.count)
    switch alignment {
    case .left: return s + String(repeating: " ", count: extra)
    case .right: return String(repeating: " ", count: extra) + s
    case .center:
      return String(repeating: " ", count: extra / 2) + s + String(repeating: " ", count: extra - extra / 2)
    }
  }

  static func trimRight(_ s: String) -> String {
    var t = s
    while t.last == " " { t.removeLast() }
    return t
  }
}
