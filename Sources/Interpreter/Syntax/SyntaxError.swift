/// A cell that cannot be parsed: Python's `SyntaxError` or its subclass `IndentationError`.
public struct SyntaxError: Error, Equatable, CustomStringConvertible {
  /// Which of Python's two syntax exception types this is.
  public enum Kind: Equatable, Sendable {
    /// A `SyntaxError`.
    case syntax
    /// An `IndentationError`.
    case indentation
  }

  /// Which exception type this is.
  public var kind: Kind
  /// The message, worded as CPython 3.11 words it (`invalid syntax`).
  public var message: String
  /// Where the error was detected.
  public var location: SourceLocation
  /// The text of the offending source line, without its line break.
  public var lineText: String

  /// The Python exception type name: `SyntaxError` or `IndentationError`.
  public var typeName: String {
    switch kind {
    case .syntax: return "SyntaxError"
    case .indentation: return "IndentationError"
    }
  }

  /// Creates a syntax error; `lineText` is filled in by the public entry points when empty.
  public init(_ kind: Kind = .syntax, _ message: String, at location: SourceLocation, lineText: String = "") {
    self.kind = kind
    self.message = message
    self.location = location
    self.lineText = lineText
  }

  /// `SyntaxError: message (line L, column C)`.
  public var description: String { "\(typeName): \(message) (\(location))" }

  /// This error with `lineText` taken from `source` when it is still empty.
  func withLineText(from source: [Unicode.Scalar]) -> SyntaxError {
    guard lineText.isEmpty else { return self }
    var copy = self
    copy.lineText = SyntaxError.line(location.line, of: source)
    return copy
  }

  /// The text of 1-based line `number` of `source`, without its line break.
  static func line(_ number: Int, of source: [Unicode.Scalar]) -> String {
    var line = 1
    var index = 0
    while index < source.count && line < number {
      if source[index] == "\n" { line += 1 }
      index += 1
    }
    var text = String.UnicodeScalarView()
    while index < source.count && source[index] != "\n" && source[index] != "\r" {
      text.append(source[index])
      index += 1
    }
    return String(text)
  }
}
