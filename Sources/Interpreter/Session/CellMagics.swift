import Foundation

/// The IPython magics a cell may use (`%matplotlib inline`, `%time`, `%timeit`, `%%time`) and
/// shell lines (`!pip install ...`), split from the Python around them.
///
/// Notebooks copied from IPython and Colab carry these lines; they are not Python, so a cell
/// is only searched for them when it does not parse. A magic or shell line starts at column 0
/// (`%name args`, `!command`); the Python between such lines runs as separate pieces, in order,
/// with their line numbers kept. `%%name` on a cell's first line applies to the whole cell.
enum CellMagics {
  /// One piece of a cell, in order.
  enum Piece: Equatable {
    /// Python source, starting at line `line` (1-based) of the cell.
    case code(String, line: Int)
    /// `%name argument` on line `line`.
    case line(name: String, argument: String, line: Int)
    /// `%%name argument` on the first line, applied to `body` (from line 2).
    case cell(name: String, argument: String, body: String)
    /// `!command` on line `line`.
    case shell(String, line: Int)
  }

  /// The pieces of `code`, or nil when it has no magic or shell line.
  static func pieces(_ code: String) -> [Piece]? {
    let lines = code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if let first = lines.first, first.hasPrefix("%%") {
      let (name, argument) = nameAndArgument(first.dropFirst(2))
      return [.cell(name: name, argument: argument, body: lines.dropFirst().joined(separator: "\n"))]
    }
    guard lines.contains(where: { $0.hasPrefix("%") || $0.hasPrefix("!") }) else { return nil }
    var pieces: [Piece] = []
    var pending: [String] = []
    var pendingStart = 1
    func flush(next line: Int) {
      if pending.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
        pieces.append(.code(pending.joined(separator: "\n"), line: pendingStart))
      }
      pending = []
      pendingStart = line
    }
    for (index, text) in lines.enumerated() {
      let number = index + 1
      if text.hasPrefix("%") {
        flush(next: number + 1)
        let (name, argument) = nameAndArgument(text.dropFirst())
        pieces.append(.line(name: name, argument: argument, line: number))
      } else if text.hasPrefix("!") {
        flush(next: number + 1)
        pieces.append(.shell(String(text.dropFirst()).trimmingCharacters(in: .whitespaces), line: number))
      } else {
        pending.append(text)
      }
    }
    flush(next: lines.count + 1)
    return pieces
  }

  /// `name rest` → (`name`, `rest` trimmed).
  private static func nameAndArgument(_ text: Substring) -> (String, String) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard let space = trimmed.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return (trimmed, "") }
    return (String(trimmed[..<space]), trimmed[space...].trimmingCharacters(in: .whitespaces))
  }

  /// A duration as IPython prints it: three significant digits in s, ms, μs or ns, or
  /// `1min 5s` from a minute up.
  static func formatTime(_ seconds: Double) -> String {
    if seconds >= 60 {
      var rest = seconds.rounded()
      var parts: [String] = []
      for (suffix, length) in [("d", 86_400.0), ("h", 3_600.0), ("min", 60.0), ("s", 1.0)] {
        let count = (rest / length).rounded(.down)
        if count > 0 {
          parts.append("\(Int(count))\(suffix)")
          rest -= count * length
        }
      }
      return parts.joined(separator: " ")
    }
    let units = ["s", "ms", "\u{3BC}s", "ns"]
    var order = 3
    if seconds > 0 {
      // IPython: min(-(floor(log10(t)) // 3), 3), with Python's flooring division.
      let exponent = Int(log10(seconds).rounded(.down))
      let thousands = exponent >= 0 ? exponent / 3 : -((2 - exponent) / 3)
      order = min(max(-thousands, 0), 3)
    }
    let value = seconds * [1, 1e3, 1e6, 1e9][order]
    return String(format: "%.3g ", value) + units[order]
  }
}
