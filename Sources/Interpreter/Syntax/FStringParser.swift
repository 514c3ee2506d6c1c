/// Splits the raw body of an f-string into literal pieces and replacement fields.
///
/// Follows Python 3.11: a field ends at a top-level `!`, `:`, `=` (the debug form) or `}`;
/// format specs may hold nested fields (`{x:{width}.{precision}f}`).
struct FStringParser {
  /// The raw source between the quotes.
  let body: [Unicode.Scalar]
  /// Whether the literal has an `r` prefix.
  let isRaw: Bool
  /// Where `body[0]` is in the cell.
  let start: SourceLocation
  /// Where the whole literal (prefix included) starts, for error messages.
  let literalLocation: SourceLocation
  /// Index of the next scalar to read.
  var index = 0

  /// Creates a parser for the body of `literal`, whose token starts at `location`.
  init(_ literal: StringLiteral, at location: SourceLocation) {
    self.body = literal.body
    self.isRaw = literal.isRaw
    self.start = literal.bodyLocation
    self.literalLocation = location
  }

  /// A syntax error about this f-string.
  func error(_ message: String) -> SyntaxError {
    SyntaxError(.syntax, "f-string: \(message)", at: literalLocation)
  }

  /// Where `body[offset]` is in the cell.
  func location(of offset: Int) -> SourceLocation {
    var line = start.line
    var lineStart = -1
    for position in 0..<min(offset, body.count) where body[position] == "\n" {
      line += 1
      lineStart = position
    }
    let column = lineStart < 0 ? start.column + offset : offset - lineStart
    return SourceLocation(line: line, column: column)
  }

  /// `fstring_middle: (literal | '{{' | '}}' | field)*`, stopping at a lone `}` in a spec.
  mutating func parseParts(inFormatSpec: Bool) throws -> [FStringPart] {
    var parts: [FStringPart] = []
    var literal: [Unicode.Scalar] = []
    func flush() throws {
      guard !literal.isEmpty else { return }
      parts.append(.literal(try Scanner.decode(literal[...], raw: isRaw, location: literalLocation)))
      literal.removeAll()
    }
    while index < body.count {
      let scalar = body[index]
      let next: Unicode.Scalar? = index + 1 < body.count ? body[index + 1] : nil
      if scalar == "{" {
        if !inFormatSpec && next == "{" {
          literal.append("{")
          index += 2
          continue
        }
        try flush()
        index += 1
        parts.append(try parseField())
      } else if scalar == "}" {
        if inFormatSpec { break }
        guard next == "}" else { throw error("single '}' is not allowed") }
        literal.append("}")
        index += 2
      } else if scalar == "\\" && !isRaw, let next, next != "{" && next != "}" {
        literal.append(scalar)
        literal.append(next)
        index += 2
      } else {
        literal.append(scalar)
        index += 1
      }
    }
    try flush()
    return parts
  }

  /// `field: '{' expression ['='] ['!' conversion] [':' format_spec] '}'`, after the `{`.
  mutating func parseField() throws -> FStringPart {
    let expressionStart = index
    let expressionEnd = try findExpressionEnd()
    let source = Array(body[expressionStart..<expressionEnd])
    if source.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" }) {
      throw error("empty expression not allowed")
    }
    index = expressionEnd
    var debugText: String?
    if index < body.count && body[index] == "=" {
      index += 1
      while index < body.count && (body[index] == " " || body[index] == "\t") { index += 1 }
      debugText = String(String.UnicodeScalarView(body[expressionStart..<index]))
    }
    var conversion: Character?
    if index < body.count && body[index] == "!" {
      guard index + 1 < body.count, ["s", "r", "a"].contains(body[index + 1]) else {
        throw error("invalid conversion character: expected 's', 'r', or 'a'")
      }
      conversion = Character(body[index + 1])
      index += 2
    }
    var formatSpec: [FStringPart] = []
    if index < body.count && body[index] == ":" {
      index += 1
      formatSpec = try parseParts(inFormatSpec: true)
    }
    guard index < body.count && body[index] == "}" else { throw error("expecting '}'") }
    index += 1
    if debugText != nil && conversion == nil && formatSpec.isEmpty { conversion = "r" }
    let expression = try Parser.parseFieldExpression(source, at: location(of: expressionStart))
    return .field(
      expression, conversion: conversion, formatSpec: formatSpec, debugText: debugText)
  }

  /// The index where the field's expression ends: a top-level `}`, `:`, `!` or debug `=`.
  func findExpressionEnd() throws -> Int {
    var position = index
    var depth = 0
    var quote: Unicode.Scalar?
    while position < body.count {
      let scalar = body[position]
      let next: Unicode.Scalar? = position + 1 < body.count ? body[position + 1] : nil
      if let open = quote {
        if scalar == open { quote = nil }
        position += 1
        continue
      }
      switch scalar {
      case "'", "\"": quote = scalar
      case "(", "[", "{": depth += 1
      case ")", "]": depth -= 1
      case "}":
        if depth == 0 { return position }
        depth -= 1
      case "#": throw error("expression part cannot include '#'")
      case "\\": throw error("expression part cannot include a backslash")
      case ":" where depth == 0:
        return position
      case "!" where depth == 0 && next != "=":
        return position
      case "=" where depth == 0:
        if next == "=" {
          position += 1
        } else if position > index, ["=", "!", "<", ">"].contains(body[position - 1]) {
          break
        } else {
          return position
        }
      default: break
      }
      position += 1
    }
    throw error("expecting '}'")
  }
}
