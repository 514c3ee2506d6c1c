/// One lexical token of a cell: its kind, its source text and where it starts.
public struct Token: Sendable {
  /// The lexical category of a token.
  public enum Kind: Equatable, Sendable {
    /// An identifier such as `model`.
    case name
    /// A reserved word such as `def` or `True`.
    case keyword
    /// An integer literal.
    case int
    /// A floating-point literal.
    case float
    /// A string literal (any prefix, f-strings included).
    case string
    /// An operator or delimiter such as `+=` or `(`.
    case op
    /// The end of a logical line.
    case newline
    /// An increase of the indentation level.
    case indent
    /// A decrease of the indentation level.
    case dedent
    /// The end of the source.
    case endOfInput
  }

  /// The token's category.
  public var kind: Kind
  /// The token's source text (empty for `indent`, `dedent` and `endOfInput`).
  public var text: String
  /// Where the token starts.
  public var location: SourceLocation
  /// The decoded literal value, for number and string tokens.
  var value: TokenValue = .none

  /// Creates a token.
  public init(kind: Kind, text: String, location: SourceLocation) {
    self.kind = kind
    self.text = text
    self.location = location
  }

  /// Whether this is the operator or delimiter `text`.
  func isOp(_ symbol: String) -> Bool { kind == .op && text == symbol }

  /// Whether this is the keyword `word`.
  func isKeyword(_ word: String) -> Bool { kind == .keyword && text == word }

  /// The reserved words of the cell language (Python 3's hard keywords).
  static let keywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield",
  ]
}

/// The decoded value a literal token carries.
enum TokenValue: Sendable {
  /// Not a literal.
  case none
  /// An integer literal's value.
  case int(Int)
  /// A float literal's value.
  case float(Double)
  /// A string literal, decoded or (for f-strings) still raw.
  case string(StringLiteral)
}

/// A scanned string literal.
struct StringLiteral: Sendable {
  /// Whether it has an `f` prefix; then `body` holds the raw source between the quotes.
  var isFormatted: Bool
  /// Whether it has an `r` prefix (escapes are kept as written).
  var isRaw: Bool
  /// Whether it has a `b` prefix.
  var isBytes: Bool
  /// The decoded value (plain strings) or empty (f-strings).
  var value: String
  /// The raw source between the quotes.
  var body: [Unicode.Scalar]
  /// Where the first scalar of `body` is.
  var bodyLocation: SourceLocation
}
