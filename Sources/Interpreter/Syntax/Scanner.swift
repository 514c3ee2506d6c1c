/// The lexer's state while it walks an array of Unicode scalars.
struct Scanner {
  /// The source being scanned.
  let source: [Unicode.Scalar]
  /// Index of the next scalar to read.
  var position = 0
  /// 1-based line of `position`.
  var line: Int
  /// Index in `source` where the current line starts (minus the column offset).
  var lineStart: Int
  /// Column added to the first line's columns (for f-string fields inside a line).
  let firstLineColumnOffset: Int
  /// Open brackets, innermost last, with where each was opened.
  var brackets: [(Unicode.Scalar, SourceLocation)] = []
  /// The indentation widths of the open blocks; starts with 0.
  var indents: [Int] = [0]
  /// When true the whole input behaves as if inside brackets (f-string fields).
  let implicitlyJoined: Bool
  /// The tokens produced so far.
  var tokens: [Token] = []

  /// Creates a scanner over `source`; `start` is where its first scalar lies in the cell.
  init(_ source: [Unicode.Scalar], start: SourceLocation = SourceLocation(line: 1, column: 1),
       implicitlyJoined: Bool = false) {
    self.source = source
    self.line = start.line
    self.lineStart = 0
    self.firstLineColumnOffset = start.column - 1
    self.implicitlyJoined = implicitlyJoined
  }

  /// The location of source index `index`, which must be on the current line.
  func location(of index: Int) -> SourceLocation {
    let offset = lineStart == 0 ? firstLineColumnOffset : 0
    return SourceLocation(line: line, column: index - lineStart + 1 + offset)
  }

  /// The location of the next scalar.
  var here: SourceLocation { location(of: position) }

  /// The scalar `ahead` places after the next one, or nil past the end.
  func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
    let index = position + ahead
    return index < source.count ? source[index] : nil
  }

  /// Records that a line break at `position - 1` was consumed.
  mutating func startNewLine() {
    line += 1
    lineStart = position
  }

  /// Whether new lines are currently joined (inside brackets).
  var isJoining: Bool { implicitlyJoined || !brackets.isEmpty }

  /// Appends a token spanning `start..<position`.
  mutating func emit(_ kind: Token.Kind, from start: Int, value: TokenValue = .none) {
    var token = Token(
      kind: kind, text: String(String.UnicodeScalarView(source[start..<position])),
      location: location(of: start))
    token.value = value
    tokens.append(token)
  }

  /// Appends a token with no text (newline, indent, dedent, end of input).
  mutating func emitMarker(_ kind: Token.Kind, at location: SourceLocation) {
    tokens.append(Token(kind: kind, text: "", location: location))
  }

  /// Scans the whole source.
  mutating func scanAll() throws -> [Token] {
    var atLineStart = !implicitlyJoined
    while position < source.count {
      if atLineStart {
        atLineStart = false
        if try scanIndentation() { continue }
      }
      let scalar = source[position]
      switch scalar {
      case " ", "\t", "\u{0C}":
        position += 1
      case "#":
        while position < source.count && source[position] != "\n" { position += 1 }
      case "\n":
        if !isJoining, let last = tokens.last, last.kind != .newline, last.kind != .indent,
          last.kind != .dedent
        {
          emitMarker(.newline, at: here)
        }
        position += 1
        startNewLine()
        atLineStart = !isJoining
      case "\\":
        try scanBackslash()
      default:
        try scanToken(scalar)
      }
    }
    try finish()
    return tokens
  }

  /// Handles a backslash outside a string: a line continuation or an error.
  mutating func scanBackslash() throws {
    let start = here
    position += 1
    guard position < source.count else {
      throw SyntaxError(.syntax, "unexpected EOF while parsing", at: start)
    }
    guard source[position] == "\n" else {
      throw SyntaxError(
        .syntax, "unexpected character after line continuation character",
        at: SourceLocation(line: start.line, column: start.column + 1))
    }
    position += 1
    startNewLine()
  }

  /// Measures a line's indentation and emits indent/dedent tokens.
  ///
  /// Returns true when the line is blank or a comment (and was skipped entirely).
  mutating func scanIndentation() throws -> Bool {
    var width = 0
    while position < source.count {
      switch source[position] {
      case " ": width += 1
      case "\t": width = (width / 8 + 1) * 8
      case "\u{0C}": width = 0
      default: break
      }
      if source[position] != " " && source[position] != "\t" && source[position] != "\u{0C}" {
        break
      }
      position += 1
    }
    guard position < source.count else { return true }
    let next = source[position]
    if next == "\n" || next == "#" { return false }
    if next == "\\" && peek(1) == "\n" { return false }
    let current = indents.last ?? 0
    if width > current {
      indents.append(width)
      emitMarker(.indent, at: here)
    } else if width < current {
      while let top = indents.last, top > width {
        indents.removeLast()
        emitMarker(.dedent, at: here)
      }
      if indents.last != width {
        throw SyntaxError(
          .indentation, "unindent does not match any outer indentation level", at: here)
      }
    }
    return false
  }

  /// Emits the final newline and dedents, or reports an unclosed bracket.
  mutating func finish() throws {
    if let (open, location) = brackets.last {
      throw SyntaxError(.syntax, "'\(open)' was never closed", at: location)
    }
    let end = here
    if !implicitlyJoined, let last = tokens.last, last.kind != .newline, last.kind != .dedent,
      last.kind != .indent
    {
      emitMarker(.newline, at: end)
    }
    while indents.count > 1 {
      indents.removeLast()
      emitMarker(.dedent, at: end)
    }
    emitMarker(.endOfInput, at: end)
  }
}
