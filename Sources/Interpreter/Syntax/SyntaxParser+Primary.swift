/// Primaries (calls, attributes, subscripts) and atoms (names, literals, displays).
extension SyntaxParser {
  /// `primary: atom ('.' NAME | '(' [arguments] ')' | '[' slices ']')*`
  mutating func parsePrimary() throws -> Expr {
    var expression = try parseAtom()
    while true {
      if accept(".") {
        let name = try expectName()
        expression = Expr(.attribute(expression, name), at: expression.location)
      } else if accept("(") {
        let arguments = try parseArguments()
        expression = Expr(.call(expression, arguments), at: expression.location)
      } else if at("[") {
        advance()
        let index = try parseSlices()
        try expect("]")
        expression = Expr(.subscript(expression, index), at: expression.location)
      } else {
        return expression
      }
    }
  }

  /// `slices: slice | ','.(slice | starred_expression)+ [',']` — a tuple when a comma appears.
  mutating func parseSlices() throws -> Expr {
    let location = current.location
    let first = try parseSlice()
    guard at(",") else { return first }
    var elements = [first]
    while accept(",") {
      if at("]") { break }
      elements.append(try parseSlice())
    }
    return Expr(.tuple(elements), at: location)
  }

  /// `slice: [expression] ':' [expression] [':' [expression]] | named_expression`
  mutating func parseSlice() throws -> Expr {
    let location = current.location
    if at("*") {
      let star = advance()
      return Expr(.starred(try parseBitOr()), at: star.location)
    }
    var lower: Expr?
    if !at(":") {
      let expression = try parseNamedExpression()
      guard at(":") else { return expression }
      lower = expression
    }
    advance()
    let upper = at(":") || at(",") || at("]") ? nil : try parseExpression()
    var step: Expr?
    if accept(":") {
      step = at(",") || at("]") ? nil : try parseExpression()
    }
    return Expr(.slice(lower: lower, upper: upper, step: step), at: location)
  }

  /// `atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | '...' | tuple | group | genexp | list | listcomp | dict | set | dictcomp | setcomp`
  mutating func parseAtom() throws -> Expr {
    let token = current
    switch token.kind {
    case .name:
      advance()
      return Expr(.name(token.text), at: token.location)
    case .int:
      advance()
      if case .int(let value) = token.value { return Expr(.int(value), at: token.location) }
      throw unexpected(token)
    case .float:
      advance()
      if case .float(let value) = token.value { return Expr(.float(value), at: token.location) }
      throw unexpected(token)
    case .string:
      return try parseStrings()
    case .keyword:
      switch token.text {
      case "True", "False":
        advance()
        return Expr(.bool(token.text == "True"), at: token.location)
      case "None":
        advance()
        return Expr(.none, at: token.location)
      case "yield":
        throw error("'yield' outside function", at: token.location)
      default:
        throw unexpected(token)
      }
    case .op:
      switch token.text {
      case "...":
        advance()
        return Expr(.ellipsis, at: token.location)
      case "(": return try parseParenthesized()
      case "[": return try parseListDisplay()
      case "{": return try parseBraceDisplay()
      default: throw unexpected(token)
      }
    default:
      throw unexpected(token)
    }
  }

  /// `group | tuple | genexp`: `'(' [star_named_expression (',' ...)* | genexp] ')'`
  mutating func parseParenthesized() throws -> Expr {
    let open = advance()
    if accept(")") { return Expr(.tuple([]), at: open.location) }
    let first = try parseStarNamedExpression()
    if atKeyword("for") {
      let clauses = try parseComprehensionClauses()
      try expect(")")
      return Expr(.generator(first, clauses), at: open.location)
    }
    guard at(",") else {
      try expect(")")
      if case .starred = first.kind {
        throw error("cannot use starred expression here", at: first.location)
      }
      return first
    }
    var elements = [first]
    while accept(",") {
      if at(")") { break }
      elements.append(try parseStarNamedExpression())
    }
    try expect(")")
    return Expr(.tuple(elements), at: open.location)
  }

  /// `list: '[' [star_named_expressions] ']'` or `listcomp: '[' named_expression for_if_clauses ']'`
  mutating func parseListDisplay() throws -> Expr {
    let open = advance()
    if accept("]") { return Expr(.list([]), at: open.location) }
    let first = try parseStarNamedExpression()
    if atKeyword("for") {
      let clauses = try parseComprehensionClauses()
      try expect("]")
      return Expr(.listComprehension(first, clauses), at: open.location)
    }
    var elements = [first]
    while accept(",") {
      if at("]") { break }
      elements.append(try parseStarNamedExpression())
    }
    try expect("]")
    return Expr(.list(elements), at: open.location)
  }

  /// `dict | set | dictcomp | setcomp`, all opened by `{`.
  mutating func parseBraceDisplay() throws -> Expr {
    let open = advance()
    if accept("}") { return Expr(.dict([]), at: open.location) }
    if at("**") { return try parseDictDisplay(open: open, first: nil) }
    let first = try parseStarNamedExpression()
    if at(":") {
      advance()
      let value = try parseExpression()
      if atKeyword("for") {
        let clauses = try parseComprehensionClauses()
        try expect("}")
        return Expr(.dictComprehension(key: first, value: value, clauses), at: open.location)
      }
      return try parseDictDisplay(open: open, first: .pair(first, value))
    }
    if atKeyword("for") {
      let clauses = try parseComprehensionClauses()
      try expect("}")
      return Expr(.setComprehension(first, clauses), at: open.location)
    }
    var elements = [first]
    while accept(",") {
      if at("}") { break }
      elements.append(try parseStarNamedExpression())
    }
    try expect("}")
    return Expr(.set(elements), at: open.location)
  }

  /// The rest of `dict: '{' (double_starred_kvpair (',' ...)*) [','] '}'` after `first`.
  mutating func parseDictDisplay(open: Token, first: DictItem?) throws -> Expr {
    var items: [DictItem] = first.map { [$0] } ?? []
    if first != nil && !accept(",") {
      try expect("}")
      return Expr(.dict(items), at: open.location)
    }
    while !at("}") {
      if accept("**") {
        items.append(.unpack(try parseBitOr()))
      } else {
        let key = try parseExpression()
        guard accept(":") else {
          throw error("':' expected after dictionary key", at: key.location)
        }
        items.append(.pair(key, try parseExpression()))
      }
      if !accept(",") { break }
    }
    try expect("}")
    return Expr(.dict(items), at: open.location)
  }

  /// `for_if_clauses: ('for' star_targets 'in' disjunction ('if' disjunction)*)+`
  mutating func parseComprehensionClauses() throws -> [Comprehension] {
    var clauses: [Comprehension] = []
    while acceptKeyword("for") {
      let target = try parseForTarget()
      try expectKeyword("in")
      let iterable = try parseDisjunction()
      var conditions: [Expr] = []
      while acceptKeyword("if") { conditions.append(try parseDisjunction()) }
      clauses.append(Comprehension(target: target, iterable: iterable, conditions: conditions))
    }
    return clauses
  }
}
