/// A styled HTML `<table>` (inline styles, so it survives sanitising frontends that keep `style`).
public struct HTMLTable: Equatable, Sendable {
  /// Column headers.
  public var headers: [String]
  /// Rows of cells (text; escaped when rendered).
  public var rows: [[String]]
  /// Per-column alignment (default: left for the first column, right for the others).
  public var alignments: [TextTable.Alignment]
  /// A caption above the table.
  public var caption: String?
  /// Row indices drawn bold (totals, averages).
  public var emphasizedRows: Set<Int>

  /// Creates a table.
  public init(
    headers: [String], rows: [[String]], alignments: [TextTable.Alignment]? = nil, caption: String? = nil,
    emphasizedRows: Set<Int> = []
  ) {
    self.headers = headers
    self.rows = rows
    let count = max(headers.count, rows.map(\.count).max() ?? 0)
    self.alignments = alignments ?? (0..<count).map { $0 == 0 ? .left : .right }
    self.caption = caption
    self.emphasizedRows = emphasizedRows
  }

  /// The HTML markup.
  public func render() -> String {
    let count = max(headers.count, rows.map(\.count).max() ?? 0)
    func align(_ c: Int) -> String {
      switch c < alignments.count ? alignments[c] : .left {
      case .left: return "left"
      case .right: return "right"
      case .center: return "center"
      }
    }
    var out = "<table class=\"neurona-table\" style=\"border-collapse:collapse;font-family:sans-serif;font-size:13px\">\n"
    if let caption {
      out += "<caption style=\"text-align:left;font-weight:bold;padding:4px 0\">\(HTMLTable.escape(caption))</caption>\n"
    }
    out += "<thead><tr>"
    for c in 0..<count {
      let text = c < headers.count ? headers[c] : ""
      out += "<th style=\"text-align:\(align(c));padding:4px 10px;border-bottom:2px solid #444\">\(HTMLTable.escape(text))</th>"
    }
    out += "</tr></thead>\n<tbody>\n"
    for (i, row) in rows.enumerated() {
      let weight = emphasizedRows.contains(i) ? ";font-weight:bold" : ""
      let shade = i % 2 == 1 ? " style=\"background:#f5f5f5\"" : ""
      out += "<tr\(shade)>"
      for c in 0..<count {
        let text = c < row.count ? row[c] : ""
        out += "<td style=\"text-align:\(align(c));padding:3px 10px;border-bottom:1px solid #ddd\(weight)\">\(HTMLTable.escape(text))</td>"
      }
      out += "</tr>\n"
    }
    out += "</tbody>\n</table>"
    return out
  }

  /// Escapes `&`, `<`, `>` and quotes.
  public static func escape(_ s: String) -> String {
    var out = ""
    for ch in s {
      switch ch {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(ch)
      }
    }
    return out
  }
}
