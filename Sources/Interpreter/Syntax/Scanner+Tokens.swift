/// Names, keywords, operators and brackets.
extension Scanner {
  /// Operators and delimiters, longest first within each length.
  static let threeCharOperators: Set<String> = ["**=", "//=", ">>=", "<<=", "..."]
  /// Two-scalar operators.
  static let twoCharOperators: Set<String> = [
    "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", ":=", "+=", "-=", "*=", "/=", "%=",
    "&=", "|=", "^=", "@=",
  ]
  /// One-scalar operators and delimiters.
  static let oneCharOperators: Set<Unicode.Scalar> = [
    "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}",
    ",", ":", ".", ";", "=",
  ]

  /// Whether `scalar` can start an identifier.
  static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || scalar == "_"
    }
    return scalar.properties.isXIDStart
  }

  /// Whether `scalar` can continue an identifier.
  static func isIdentifierContinue(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return isIdentifierStart(scalar) || (scalar >= "0" && scalar <= "9")
    }
    return scalar.properties.isXIDContinue
  }

  /// Scans the token starting with `scalar` at `position`.
  mutating func scanToken(_ scalar: Unicode.Scalar) throws {
    if scalar == "\"" || scalar == "'" {
      try scanString(prefixStart: position)
      return
    }
    if Scanner.isIdentifierStart(scalar) {
      let start = position
      while let next = peek(), Scanner.isIdentifierContinue(next) { position += 1 }
      if let quote = peek(), quote == "\"" || quote == "'",
        Scanner.isStringPrefix(source[start..<position])
      {
        position = start
        try scanString(prefixStart: start)
        return
      }
      let text = String(String.UnicodeScalarView(source[start..<position]))
      emit(Token.keywords.contains(text) ? .keyword : .name, from: start)
      return
    }
    if Scanner.isDigit(scalar) || (scalar == "." && peek(1).map(Scanner.isDigit) == true) {
      try scanNumber()
      return
    }
    try scanOperator(scalar)
  }

  /// Scans an operator, delimiter or bracket.
  mutating func scanOperator(_ scalar: Unicode.Scalar) throws {
    let start = position
    if let third = peek(2), let second = peek(1) {
      let text = String(String.UnicodeScalarView([scalar, second, third]))
      if Scanner.threeCharOperators.contains(text) {
        position += 3
        emit(.op, from: start)
        return
      }
    }
    if let second = peek(1) {
      let text = String(String.UnicodeScalarView([scalar, second]))
      if Scanner.twoCharOperators.contains(text) {
        position += 2
        emit(.op, from: start)
        return
      }
    }
    guard Scanner.oneCharOperators.contains(scalar) else {
      throw invalidCharacter(scalar)
    }
    switch scalar {
    case "(", "[", "{":
      brackets.append((scalar, here))
    case ")", "]", "}":
      guard let (open, openLocation) = brackets.popLast() else {
        throw SyntaxError(.syntax, "unmatched '\(scalar)'", at: here)
      }
      let expected: Unicode.Scalar = open == "(" ? ")" : open == "[" ? "]" : "}"
      if expected != scalar {
        let suffix = openLocation.line == line ? "" : " on line \(openLocation.line)"
        throw SyntaxError(
          .syntax,
          "closing parenthesis '\(scalar)' does not match opening parenthesis '\(open)'\(suffix)",
          at: here)
      }
    default:
      break
    }
    position += 1
    emit(.op, from: start)
  }

  /// The error for a scalar that cannot start any token.
  func invalidCharacter(_ scalar: Unicode.Scalar) -> SyntaxError {
    if scalar.isASCII {
      return SyntaxError(.syntax, "invalid syntax", at: here)
    }
    var hex = String(scalar.value, radix: 16, uppercase: true)
    while hex.count < 4 { hex = "0" + hex }
    return SyntaxError(.syntax, "invalid character '\(scalar)' (U+\(hex))", at: here)
  }
}
