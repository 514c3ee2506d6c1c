/// Adjacent string literals, plain and formatted.
extension SyntaxParser {
  /// `strings: STRING+` — adjacent literals joined; any f-string makes the result an f-string.
  mutating func parseStrings() throws -> Expr {
    let location = current.location
    var parts: [FStringPart] = []
    var isFormatted = false
    var sawBytes = false
    var sawText = false
    while current.kind == .string, case .string(let literal) = current.value {
      let token = advance()
      if literal.isBytes { sawBytes = true } else { sawText = true }
      if sawBytes && sawText {
        throw error("cannot mix bytes and nonbytes literals", at: token.location)
      }
      if literal.isFormatted {
        isFormatted = true
        var parser = FStringParser(literal, at: token.location)
        for part in try parser.parseParts(inFormatSpec: false) { append(part, to: &parts) }
      } else {
        append(.literal(literal.value), to: &parts)
      }
    }
    if isFormatted { return Expr(.fstring(parts), at: location) }
    if case .literal(let text)? = parts.first { return Expr(.string(text), at: location) }
    return Expr(.string(""), at: location)
  }

  /// Appends `part`, merging it into a preceding literal piece.
  func append(_ part: FStringPart, to parts: inout [FStringPart]) {
    if case .literal(let text) = part {
      if text.isEmpty { return }
      if case .literal(let previous)? = parts.last {
        parts[parts.count - 1] = .literal(previous + text)
        return
      }
    }
    parts.append(part)
  }
}
