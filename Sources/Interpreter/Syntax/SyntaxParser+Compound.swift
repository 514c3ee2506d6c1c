/// Compound statements: blocks, `if`, loops, `try`, `with`, `def`, `class`.
extension SyntaxParser {
  /// `compound_stmt: if_stmt | while_stmt | for_stmt | try_stmt | with_stmt | funcdef | classdef | decorated`
  ///
  /// Returns nil when the current token does not start a compound statement.
  mutating func parseCompoundStatement() throws -> Stmt? {
    if at("@") { return try parseDecorated() }
    guard current.kind == .keyword else { return nil }
    switch current.text {
    case "if": return try parseIf()
    case "while": return try parseWhile()
    case "for": return try parseFor()
    case "try": return try parseTry()
    case "with": return try parseWith()
    case "def": return try parseFunctionDef(decorators: [])
    case "class": return try parseClassDef(decorators: [])
    default: return nil
    }
  }

  /// `block: NEWLINE INDENT statement+ DEDENT | simple_stmts`, after a header's `:`.
  ///
  /// `header` names the statement for the "expected an indented block" message.
  mutating func parseBlock(after header: String, line: Int) throws -> [Stmt] {
    try expect(":")
    guard current.kind == .newline else { return try parseSimpleStatements() }
    let newline = advance()
    guard current.kind == .indent else {
      let location = atEnd ? newline.location : current.location
      throw SyntaxError(
        .indentation, "expected an indented block after \(header) on line \(line)", at: location)
    }
    advance()
    var body: [Stmt] = []
    while current.kind != .dedent && !atEnd {
      if current.kind == .newline {
        advance()
        continue
      }
      body += try parseStatement()
    }
    if current.kind == .dedent { advance() }
    return body
  }

  /// `if_stmt: 'if' named_expression block elif_stmt* [else_block]`
  mutating func parseIf() throws -> Stmt {
    let keyword = advance()
    let test = try parseNamedExpression()
    let body = try parseBlock(after: "'\(keyword.text)' statement", line: keyword.location.line)
    var orelse: [Stmt] = []
    if atKeyword("elif") {
      orelse = [try parseIf()]
    } else if atKeyword("else") {
      let elseToken = advance()
      orelse = try parseBlock(after: "'else' statement", line: elseToken.location.line)
    }
    return Stmt(.if(test: test, body: body, orelse: orelse), at: keyword.location)
  }

  /// `while_stmt: 'while' named_expression block [else_block]`
  mutating func parseWhile() throws -> Stmt {
    let keyword = advance()
    let test = try parseNamedExpression()
    loopDepth += 1
    let body = try parseBlock(after: "'while' statement", line: keyword.location.line)
    loopDepth -= 1
    let orelse = try parseElseBlock()
    return Stmt(.while(test: test, body: body, orelse: orelse), at: keyword.location)
  }

  /// `for_stmt: 'for' star_targets 'in' star_expressions block [else_block]`
  mutating func parseFor() throws -> Stmt {
    let keyword = advance()
    let target = try parseForTarget()
    try expectKeyword("in")
    let iterable = try parseStarExpressions()
    loopDepth += 1
    let body = try parseBlock(after: "'for' statement", line: keyword.location.line)
    loopDepth -= 1
    let orelse = try parseElseBlock()
    return Stmt(
      .for(target: target, iterable: iterable, body: body, orelse: orelse), at: keyword.location)
  }

  /// `star_targets` of a `for` (statement or comprehension), validated as a target.
  mutating func parseForTarget() throws -> Expr {
    let location = current.location
    let (targets, isTuple) = try parseTargetList(allowStar: true)
    let target = isTuple ? Expr(.tuple(targets), at: location) : targets[0]
    try validateTarget(target, context: .plain)
    return target
  }

  /// `else_block: 'else' block`, or nothing.
  mutating func parseElseBlock() throws -> [Stmt] {
    guard atKeyword("else") else { return [] }
    let elseToken = advance()
    return try parseBlock(after: "'else' statement", line: elseToken.location.line)
  }

  /// `try_stmt: 'try' block (except_block+ [else_block] [finally_block] | finally_block)`
  mutating func parseTry() throws -> Stmt {
    let keyword = advance()
    let body = try parseBlock(after: "'try' statement", line: keyword.location.line)
    var handlers: [ExceptHandler] = []
    while atKeyword("except") {
      let exceptToken = advance()
      var type: Expr?
      var name: String?
      if !at(":") {
        type = try parseExpression()
        if at(",") {
          let location = type?.location ?? exceptToken.location
          throw error("multiple exception types must be parenthesized", at: location)
        }
        if acceptKeyword("as") { name = try expectName() }
      }
      let handlerBody = try parseBlock(after: "'except' statement", line: exceptToken.location.line)
      handlers.append(
        ExceptHandler(type: type, name: name, body: handlerBody, location: exceptToken.location))
    }
    let orelse = handlers.isEmpty ? [] : try parseElseBlock()
    var finalBody: [Stmt] = []
    if atKeyword("finally") {
      let finallyToken = advance()
      finalBody = try parseBlock(after: "'finally' statement", line: finallyToken.location.line)
    } else if handlers.isEmpty {
      var previous = max(index - 1, 0)
      while previous > 0 && tokens[previous].kind == .dedent { previous -= 1 }
      let location = atEnd || current.kind == .dedent ? tokens[previous].location : current.location
      throw error("expected 'except' or 'finally' block", at: location)
    }
    return Stmt(
      .try(body: body, handlers: handlers, orelse: orelse, finally: finalBody),
      at: keyword.location)
  }

  /// `with_stmt: 'with' with_item (',' with_item)* block`, items optionally parenthesized.
  mutating func parseWith() throws -> Stmt {
    let keyword = advance()
    var items: [WithItem] = []
    repeat {
      let context = try parseExpression()
      var target: Expr?
      if acceptKeyword("as") {
        let built = try parseBitOr()
        try validateTarget(built, context: .plain)
        target = built
      }
      items.append(WithItem(context: context, target: target))
    } while accept(",")
    let body = try parseBlock(after: "'with' statement", line: keyword.location.line)
    return Stmt(.with(items: items, body: body), at: keyword.location)
  }

  /// `decorated: ('@' named_expression NEWLINE)+ (funcdef | classdef)`
  mutating func parseDecorated() throws -> Stmt {
    var decorators: [Expr] = []
    while accept("@") {
      decorators.append(try parseNamedExpression())
      try expectNewline()
    }
    if atKeyword("def") { return try parseFunctionDef(decorators: decorators) }
    if atKeyword("class") { return try parseClassDef(decorators: decorators) }
    throw unexpected()
  }

  /// `funcdef: 'def' NAME '(' [parameters] ')' ['->' expression] block`
  mutating func parseFunctionDef(decorators: [Expr]) throws -> Stmt {
    let keyword = advance()
    let name = try expectName()
    try expect("(")
    let parameters = try parseParameters(closing: ")", annotated: true)
    try expect(")")
    if accept("->") { _ = try parseExpression() }
    let (savedLoops, savedFunctions) = (loopDepth, functionDepth)
    (loopDepth, functionDepth) = (0, functionDepth + 1)
    defer { (loopDepth, functionDepth) = (savedLoops, savedFunctions) }
    let body = try parseBlock(after: "function definition", line: keyword.location.line)
    let definition = FunctionDef(
      name: name, parameters: parameters, body: body, decorators: decorators)
    return Stmt(.functionDef(definition), at: keyword.location)
  }

  /// `classdef: 'class' NAME ['(' [arguments] ')'] block`
  mutating func parseClassDef(decorators: [Expr]) throws -> Stmt {
    let keyword = advance()
    let name = try expectName()
    var bases: [Expr] = []
    if accept("(") {
      for argument in try parseArguments() {
        if case .positional = argument.kind {
          bases.append(argument.value)
        } else {
          throw error("class keywords and unpacking are not supported", at: argument.value.location)
        }
      }
    }
    let (savedLoops, savedFunctions) = (loopDepth, functionDepth)
    (loopDepth, functionDepth) = (0, 0)
    defer { (loopDepth, functionDepth) = (savedLoops, savedFunctions) }
    let body = try parseBlock(after: "class definition", line: keyword.location.line)
    let definition = ClassDef(name: name, bases: bases, body: body, decorators: decorators)
    return Stmt(.classDef(definition), at: keyword.location)
  }
}
