/// Expression rules from tuples down to `**`, in increasing precedence.
extension SyntaxParser {
  /// `star_expressions: star_expression (',' star_expression)* [',']` — a tuple if a comma appears.
  mutating func parseStarExpressions() throws -> Expr {
    let location = current.location
    let first = try parseStarExpression()
    guard at(",") else { return first }
    var elements = [first]
    while accept(",") {
      if !startsExpression(current) { break }
      elements.append(try parseStarExpression())
    }
    return Expr(.tuple(elements), at: location)
  }

  /// `star_expression: '*' bitwise_or | expression`
  mutating func parseStarExpression() throws -> Expr {
    if at("*") {
      let star = advance()
      return Expr(.starred(try parseBitOr()), at: star.location)
    }
    return try parseExpression()
  }

  /// `star_named_expression: '*' bitwise_or | named_expression` (display elements).
  mutating func parseStarNamedExpression() throws -> Expr {
    if at("*") {
      let star = advance()
      return Expr(.starred(try parseBitOr()), at: star.location)
    }
    return try parseNamedExpression()
  }

  /// `named_expression: NAME ':=' expression | expression`
  mutating func parseNamedExpression() throws -> Expr {
    if current.kind == .name && peek(1).isOp(":=") {
      let name = advance()
      advance()
      let value = try parseExpression()
      return Expr(.namedExpr(name.text, value), at: name.location)
    }
    let expression = try parseExpression()
    if at(":=") {
      throw error(
        "cannot use assignment expressions with \(describe(expression))", at: expression.location)
    }
    return expression
  }

  /// `expression: lambdef | disjunction ['if' disjunction 'else' expression]`
  mutating func parseExpression() throws -> Expr {
    if atKeyword("lambda") { return try parseLambda() }
    let body = try parseDisjunction()
    guard atKeyword("if") else { return body }
    advance()
    let test = try parseDisjunction()
    guard acceptKeyword("else") else {
      throw error("expected 'else' after 'if' expression", at: body.location)
    }
    let orelse = try parseExpression()
    return Expr(.conditional(test: test, body: body, orelse: orelse), at: body.location)
  }

  /// `lambdef: 'lambda' [lambda_parameters] ':' expression`
  mutating func parseLambda() throws -> Expr {
    let keyword = advance()
    let parameters = try parseParameters(closing: ":", annotated: false)
    try expect(":")
    let body = try parseExpression()
    return Expr(.lambda(parameters, body), at: keyword.location)
  }

  /// `disjunction: conjunction ('or' conjunction)*`
  mutating func parseDisjunction() throws -> Expr {
    let first = try parseConjunction()
    guard atKeyword("or") else { return first }
    var operands = [first]
    while acceptKeyword("or") { operands.append(try parseConjunction()) }
    return Expr(.boolean(.or, operands), at: first.location)
  }

  /// `conjunction: inversion ('and' inversion)*`
  mutating func parseConjunction() throws -> Expr {
    let first = try parseInversion()
    guard atKeyword("and") else { return first }
    var operands = [first]
    while acceptKeyword("and") { operands.append(try parseInversion()) }
    return Expr(.boolean(.and, operands), at: first.location)
  }

  /// `inversion: 'not' inversion | comparison`
  mutating func parseInversion() throws -> Expr {
    if atKeyword("not") {
      let keyword = advance()
      return Expr(.unary(.not, try parseInversion()), at: keyword.location)
    }
    return try parseComparison()
  }

  /// `comparison: bitwise_or (compare_op bitwise_or)*` with `in`, `not in`, `is`, `is not`.
  mutating func parseComparison() throws -> Expr {
    let first = try parseBitOr()
    var operators: [ComparisonOperator] = []
    var operands: [Expr] = []
    while let op = comparisonOperator() {
      operators.append(op)
      operands.append(try parseBitOr())
    }
    if operators.isEmpty { return first }
    return Expr(.compare(first, operators, operands), at: first.location)
  }

  /// Consumes a comparison operator if one is current.
  mutating func comparisonOperator() -> ComparisonOperator? {
    let token = current
    if token.kind == .op, ["==", "!=", "<", "<=", ">", ">="].contains(token.text) {
      advance()
      return ComparisonOperator(rawValue: token.text)
    }
    if token.isKeyword("in") {
      advance()
      return .in
    }
    if token.isKeyword("not") && peek(1).isKeyword("in") {
      advance()
      advance()
      return .notIn
    }
    if token.isKeyword("is") {
      advance()
      return acceptKeyword("not") ? .isNot : .is
    }
    return nil
  }

  /// One left-associative binary level: `next (op next)*` for the operators in `symbols`.
  mutating func parseBinaryLevel(
    _ symbols: Set<String>, next: (inout SyntaxParser) throws -> Expr
  ) throws -> Expr {
    var left = try next(&self)
    while current.kind == .op, symbols.contains(current.text),
      let op = BinaryOperator(rawValue: current.text)
    {
      advance()
      let right = try next(&self)
      left = Expr(.binary(op, left, right), at: left.location)
    }
    return left
  }

  /// `bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor`
  mutating func parseBitOr() throws -> Expr {
    try parseBinaryLevel(["|"]) { try $0.parseBitXor() }
  }

  /// `bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and`
  mutating func parseBitXor() throws -> Expr {
    try parseBinaryLevel(["^"]) { try $0.parseBitAnd() }
  }

  /// `bitwise_and: bitwise_and '&' shift_expr | shift_expr`
  mutating func parseBitAnd() throws -> Expr {
    try parseBinaryLevel(["&"]) { try $0.parseShift() }
  }

  /// `shift_expr: shift_expr ('<<' | '>>') sum | sum`
  mutating func parseShift() throws -> Expr {
    try parseBinaryLevel(["<<", ">>"]) { try $0.parseSum() }
  }

  /// `sum: sum ('+' | '-') term | term`
  mutating func parseSum() throws -> Expr {
    try parseBinaryLevel(["+", "-"]) { try $0.parseTerm() }
  }

  /// `term: term ('*' | '/' | '//' | '%' | '@') factor | factor`
  mutating func parseTerm() throws -> Expr {
    try parseBinaryLevel(["*", "/", "//", "%", "@"]) { try $0.parseFactor() }
  }

  /// `factor: ('+' | '-' | '~') factor | power`
  mutating func parseFactor() throws -> Expr {
    let token = current
    if token.kind == .op, let op = UnaryOperator(rawValue: token.text), op != .not {
      advance()
      return Expr(.unary(op, try parseFactor()), at: token.location)
    }
    return try parsePower()
  }

  /// `power: primary ['**' factor]` (right-associative, binds tighter than unary on its left).
  mutating func parsePower() throws -> Expr {
    let base = try parsePrimary()
    guard accept("**") else { return base }
    let exponent = try parseFactor()
    return Expr(.binary(.power, base, exponent), at: base.location)
  }

  /// `star_targets`-like list: `['*'] bitwise_or (',' ['*'] bitwise_or)* [',']`.
  ///
  /// Returns the elements and whether they form a tuple (a comma appeared).
  mutating func parseTargetList(allowStar: Bool) throws -> ([Expr], Bool) {
    var elements: [Expr] = []
    var isTuple = false
    repeat {
      if !elements.isEmpty {
        isTuple = true
        if !startsExpression(current) { break }
      }
      if allowStar, at("*") {
        let star = advance()
        elements.append(Expr(.starred(try parseBitOr()), at: star.location))
      } else {
        elements.append(try parseBitOr())
      }
    } while accept(",")
    return (elements, isTuple)
  }

  /// Whether `token` can begin an expression (used after a trailing comma).
  func startsExpression(_ token: Token) -> Bool {
    switch token.kind {
    case .name, .int, .float, .string: return true
    case .keyword:
      return ["not", "lambda", "None", "True", "False", "await"].contains(token.text)
    case .op:
      return ["(", "[", "{", "-", "+", "~", "*", "...", "**"].contains(token.text)
    default: return false
    }
  }
}
