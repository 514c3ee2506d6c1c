/// Formats exceptions and syntax errors the way Python prints them.
public enum Traceback {
  /// `Traceback (most recent call last):` lines, then `Type: message`.
  public static func format(_ exception: ExceptionObject) -> [String] {
    var lines: [String] = []
    if let cause = exception.cause {
      lines += format(cause)
      lines.append("")
      lines.append("The above exception was the direct cause of the following exception:")
      lines.append("")
    }
    if !exception.traceback.isEmpty {
      lines.append("Traceback (most recent call last):")
      for frame in exception.traceback {
        let place = frame.function.map { ", in \($0)" } ?? ""
        lines.append("  \(frame.cellName), line \(frame.location.line)\(place)")
        if !frame.lineText.isEmpty { lines.append("    \(frame.lineText)") }
      }
    }
    let message = exception.str()
    lines.append(message.isEmpty ? exception.type.name : "\(exception.type.name): \(message)")
    return lines
  }

  /// The cell location, the offending line with a caret, then `SyntaxError: message`.
  public static func format(_ error: SyntaxError, cellName: String) -> [String] {
    let line = error.lineText
    let trimmed = line.drop { $0 == " " || $0 == "\t" }
    let indent = line.count - trimmed.count
    let caretColumn = max(0, error.location.column - 1 - indent)
    return [
      "  \(cellName), line \(error.location.line)",
      "    \(trimmed)",
      "    " + String(repeating: " ", count: caretColumn) + "^",
      "\(error.typeName): \(error.message)",
    ]
  }
}
