/// Module, statement and simple-statement rules.
extension SyntaxParser {
  /// `module: statement* ENDMARKER`
  mutating func parseModule() throws -> [Stmt] {
    var body: [Stmt] = []
    while !atEnd {
      if current.kind == .newline {
        advance()
        continue
      }
      body += try parseStatement()
    }
    return body
  }

  /// `statement: compound_stmt | simple_stmts`
  mutating func parseStatement() throws -> [Stmt] {
    if let compound = try parseCompoundStatement() { return [compound] }
    return try parseSimpleStatements()
  }

  /// `simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE`
  mutating func parseSimpleStatements() throws -> [Stmt] {
    var statements = [try parseSimpleStatement()]
    while accept(";") {
      if current.kind == .newline || atEnd { break }
      statements.append(try parseSimpleStatement())
    }
    try expectNewline()
    return statements
  }

  /// `simple_stmt: assignment | star_expressions | return | raise | pass | break | ...`
  mutating func parseSimpleStatement() throws -> Stmt {
    let token = current
    let location = token.location
    guard token.kind == .keyword else { return try parseExpressionStatement() }
    switch token.text {
    case "pass":
      advance()
      return Stmt(.pass, at: location)
    case "break", "continue":
      advance()
      if loopDepth == 0 {
        let message = token.text == "break" ? "'break' outside loop" : "'continue' not properly in loop"
        throw error(message, at: location)
      }
      return Stmt(token.text == "break" ? .break : .continue, at: location)
    case "return":
      advance()
      if functionDepth == 0 { throw error("'return' outside function", at: location) }
      let value = atStatementEnd ? nil : try parseStarExpressions()
      return Stmt(.return(value), at: location)
    case "raise":
      advance()
      if atStatementEnd { return Stmt(.raise(exception: nil, cause: nil), at: location) }
      let exception = try parseExpression()
      let cause = acceptKeyword("from") ? try parseExpression() : nil
      return Stmt(.raise(exception: exception, cause: cause), at: location)
    case "global", "nonlocal":
      advance()
      var names = [try expectName()]
      while accept(",") { names.append(try expectName()) }
      return Stmt(token.text == "global" ? .global(names) : .nonlocal(names), at: location)
    case "del":
      advance()
      let (targets, _) = try parseTargetList(allowStar: true)
      for target in targets { try validateTarget(target, context: .delete) }
      return Stmt(.delete(targets), at: location)
    case "assert":
      advance()
      let test = try parseExpression()
      let message = accept(",") ? try parseExpression() : nil
      return Stmt(.assert(test: test, message: message), at: location)
    case "import":
      return try parseImport()
    case "from":
      return try parseFromImport()
    case "yield":
      throw error("'yield' outside function", at: location)
    default:
      return try parseExpressionStatement()
    }
  }

  /// Whether the current token ends a simple statement.
  var atStatementEnd: Bool { current.kind == .newline || atEnd || at(";") }

  /// `expression_stmt: star_expressions (('=' star_expressions)+ | augassign ... | ':' ...)?`
  mutating func parseExpressionStatement() throws -> Stmt {
    let location = current.location
    let first = try parseStarExpressions()
    if at("=") {
      var chain = [first]
      while accept("=") { chain.append(try parseStarExpressions()) }
      let value = chain.removeLast()
      for target in chain {
        try validateTarget(target, context: .assign(suggestEquality: chain.count == 1))
      }
      try checkStarredValue(value)
      return Stmt(.assign(targets: chain, value: value), at: location)
    }
    if current.kind == .op, current.text.count >= 2, current.text.hasSuffix("="),
      let op = BinaryOperator(rawValue: String(current.text.dropLast()))
    {
      try validateAugmentedTarget(first)
      advance()
      let value = try parseStarExpressions()
      return Stmt(.augmentedAssign(target: first, op: op, value: value), at: location)
    }
    if at(":") {
      try validateAnnotatedTarget(first)
      advance()
      let annotation = try parseExpression()
      let value = accept("=") ? try parseStarExpressions() : nil
      return Stmt(.annotatedAssign(target: first, annotation: annotation, value: value), at: location)
    }
    if !atStatementEnd, case .name("print") = first.kind {
      throw error("Missing parentheses in call to 'print'. Did you mean print(...)?", at: location)
    }
    try checkStarredValue(first)
    return Stmt(.expression(first), at: location)
  }

  /// `import_name: 'import' dotted_as_name (',' dotted_as_name)*`
  mutating func parseImport() throws -> Stmt {
    let location = advance().location
    var names: [ImportName] = []
    repeat {
      let name = try parseDottedName()
      let alias = acceptKeyword("as") ? try expectName() : nil
      names.append(ImportName(name: name, alias: alias))
    } while accept(",")
    return Stmt(.import(names), at: location)
  }

  /// `import_from: 'from' dotted_name 'import' ('*' | '(' import_as_names ')' | import_as_names)`
  mutating func parseFromImport() throws -> Stmt {
    let location = advance().location
    if at(".") || at("...") {
      throw error("relative imports are not supported in notebook cells", at: current.location)
    }
    let module = try parseDottedName()
    try expectKeyword("import")
    if accept("*") {
      return Stmt(.importFrom(module: module, names: [ImportName(name: "*", alias: nil)]), at: location)
    }
    let parenthesized = accept("(")
    var names: [ImportName] = []
    repeat {
      if parenthesized && at(")") { break }
      let name = try expectName()
      let alias = acceptKeyword("as") ? try expectName() : nil
      names.append(ImportName(name: name, alias: alias))
    } while accept(",")
    if parenthesized {
      try expect(")")
    } else if names.isEmpty {
      throw unexpected()
    }
    return Stmt(.importFrom(module: module, names: names), at: location)
  }

  /// `dotted_name: NAME ('.' NAME)*`
  mutating func parseDottedName() throws -> String {
    var name = try expectName()
    while accept(".") { name += "." + (try expectName()) }
    return name
  }
}
