/// The recursive-descent parser's state: the token array, a cursor and context depths.
///
/// The grammar it implements is written out at the top of `Parser.swift`; each rule has
/// one method, in `SyntaxParser+Statements.swift`, `+Compound`, `+Expressions`,
/// `+Primary`, `+Arguments` and `+FString`.
struct SyntaxParser {
  /// The tokens, always ending with `endOfInput`.
  let tokens: [Token]
  /// Index of the current token.
  var index = 0
  /// How many loops enclose the current statement (reset inside `def` and `class`).
  var loopDepth = 0
  /// How many functions enclose the current statement (reset inside `class`).
  var functionDepth = 0

  /// Creates a parser over `tokens`, which must end with `endOfInput`.
  init(tokens: [Token]) {
    self.tokens = tokens
  }

  /// The current token.
  var current: Token { tokens[index] }

  /// The token `ahead` places after the current one (clamped to `endOfInput`).
  func peek(_ ahead: Int) -> Token { tokens[max(0, min(index + ahead, tokens.count - 1))] }

  /// Whether the current token is the operator `symbol`.
  func at(_ symbol: String) -> Bool { current.isOp(symbol) }

  /// Whether the current token is the keyword `word`.
  func atKeyword(_ word: String) -> Bool { current.isKeyword(word) }

  /// Whether the current token ends the input.
  var atEnd: Bool { current.kind == .endOfInput }

  /// Consumes and returns the current token (never moves past `endOfInput`).
  @discardableResult
  mutating func advance() -> Token {
    let token = tokens[index]
    if index < tokens.count - 1 { index += 1 }
    return token
  }

  /// Consumes the operator `symbol` if it is current.
  mutating func accept(_ symbol: String) -> Bool {
    guard at(symbol) else { return false }
    advance()
    return true
  }

  /// Consumes the keyword `word` if it is current.
  mutating func acceptKeyword(_ word: String) -> Bool {
    guard atKeyword(word) else { return false }
    advance()
    return true
  }

  /// Consumes the operator `symbol` or throws.
  @discardableResult
  mutating func expect(_ symbol: String) throws -> Token {
    guard at(symbol) else { throw unexpected() }
    return advance()
  }

  /// Consumes the keyword `word` or throws.
  mutating func expectKeyword(_ word: String) throws {
    guard atKeyword(word) else { throw unexpected() }
    advance()
  }

  /// Consumes an identifier and returns its text, or throws.
  mutating func expectName() throws -> String {
    guard current.kind == .name else { throw unexpected() }
    return advance().text
  }

  /// Consumes the end of a logical line or throws.
  mutating func expectNewline() throws {
    guard current.kind == .newline || atEnd else { throw unexpected() }
    advance()
  }

  /// The error for the current token appearing where it cannot.
  func unexpected() -> SyntaxError {
    unexpected(current)
  }

  /// The error for `token` appearing where it cannot.
  func unexpected(_ token: Token) -> SyntaxError {
    if token.kind == .indent {
      return SyntaxError(.indentation, "unexpected indent", at: token.location)
    }
    if token.kind == .dedent {
      return SyntaxError(
        .indentation, "unindent does not match any outer indentation level", at: token.location)
    }
    return SyntaxError(.syntax, "invalid syntax", at: token.location)
  }

  /// A syntax error with `message` at `location`.
  func error(_ message: String, at location: SourceLocation) -> SyntaxError {
    SyntaxError(.syntax, message, at: location)
  }
}
