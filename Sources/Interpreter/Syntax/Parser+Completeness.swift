/// Whether console input is ready to run, for Jupyter's `is_complete_request`.
extension Parser {
  /// Judges `source` as console input: runnable, waiting for more lines, or hopeless.
  ///
  /// Input is incomplete while a bracket or triple-quoted string is open, after a trailing
  /// backslash, after a block header with no body yet (the hint is the header's indent plus
  /// four spaces), and inside an indented block whose last line is not blank (the hint is the
  /// current indent: a console needs an empty line to end a block).
  public static func completeness(of source: String) -> Completeness {
    let scalars = Lexer.normalizedScalars(source)
    let lines = splitLines(scalars)
    if lines.allSatisfy(isBlank) { return .complete }
    var scanner = Scanner(scalars)
    let tokens: [Token]
    do {
      tokens = try scanner.scanAll()
    } catch let error as SyntaxError {
      let message = error.message
      if message.hasSuffix("was never closed")
        || message.hasPrefix("unterminated triple-quoted string literal")
        || message == "unexpected EOF while parsing"
      {
        let lineNumber = min(max(error.location.line, 1), lines.count)
        return .incomplete(indent: leadingWhitespace(lines[lineNumber - 1]))
      }
      return .invalid
    } catch {
      return .invalid
    }
    var parser = SyntaxParser(tokens: tokens)
    do {
      _ = try parser.parseModule()
    } catch let error as SyntaxError {
      if error.message.hasPrefix("expected an indented block"),
        let header = lines.last(where: { !isBlank($0) }), endsWithColon(header)
      {
        return .incomplete(indent: leadingWhitespace(header) + "    ")
      }
      return .invalid
    } catch {
      return .invalid
    }
    guard let lastLine = lines.last, !isBlank(lastLine),
      let start = lastLogicalLineStart(tokens), start.line <= lines.count
    else { return .complete }
    let indent = leadingWhitespace(lines[start.line - 1])
    return indent.isEmpty ? .complete : .incomplete(indent: indent)
  }

  /// The physical lines of `scalars` (a trailing line break yields a final empty line).
  static func splitLines(_ scalars: [Unicode.Scalar]) -> [ArraySlice<Unicode.Scalar>] {
    scalars.split(separator: "\n", omittingEmptySubsequences: false)
  }

  /// Whether a line holds only whitespace.
  static func isBlank(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
    line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }
  }

  /// The spaces and tabs a line starts with.
  static func leadingWhitespace(_ line: ArraySlice<Unicode.Scalar>) -> String {
    String(String.UnicodeScalarView(line.prefix { $0 == " " || $0 == "\t" }))
  }

  /// Whether a line's code (ignoring a trailing comment and spaces) ends with `:`.
  static func endsWithColon(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
    var code = Array(line)
    if let hash = code.firstIndex(of: "#") { code = Array(code[..<hash]) }
    while let last = code.last, last == " " || last == "\t" { code.removeLast() }
    return code.last == ":"
  }

  /// Where the last logical line starts, when it lies inside an indented block.
  static func lastLogicalLineStart(_ tokens: [Token]) -> SourceLocation? {
    guard let end = tokens.lastIndex(where: { $0.kind == .newline }) else { return nil }
    var start = end
    while start > 0 {
      let kind = tokens[start - 1].kind
      if kind == .newline || kind == .indent || kind == .dedent { break }
      start -= 1
    }
    return start < end ? tokens[start].location : nil
  }
}
