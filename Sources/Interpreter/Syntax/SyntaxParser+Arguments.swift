/// Call arguments and `def`/`lambda` parameter lists.
extension SyntaxParser {
  /// `arguments: ','.(starred | kwarg | double_starred | named_expression [for_if_clauses])+ [','] ')'`
  ///
  /// Called after `(`; consumes the closing `)`.
  mutating func parseArguments() throws -> [Argument] {
    var arguments: [Argument] = []
    var sawKeyword = false
    var sawMappingUnpack = false
    var keywords = Set<String>()
    while !at(")") {
      let start = current
      if accept("**") {
        arguments.append(Argument(.unpackMapping, try parseExpression()))
        sawMappingUnpack = true
      } else if accept("*") {
        if sawMappingUnpack {
          throw error(
            "iterable argument unpacking follows keyword argument unpacking", at: start.location)
        }
        arguments.append(Argument(.unpackIterable, try parseExpression()))
      } else if start.kind == .name && peek(1).isOp("=") {
        if !keywords.insert(start.text).inserted {
          throw error("keyword argument repeated: \(start.text)", at: start.location)
        }
        advance()
        advance()
        arguments.append(Argument(.keyword(start.text), try parseExpression()))
        sawKeyword = true
      } else {
        var value = try parseNamedExpression()
        if at("=") {
          throw error(
            "expression cannot contain assignment, perhaps you meant \"==\"?", at: value.location)
        }
        if atKeyword("for") {
          let clauses = try parseComprehensionClauses()
          value = Expr(.generator(value, clauses), at: value.location)
          if !arguments.isEmpty || !at(")") {
            throw error("Generator expression must be parenthesized", at: value.location)
          }
        }
        if sawMappingUnpack {
          throw error(
            "positional argument follows keyword argument unpacking", at: value.location)
        }
        if sawKeyword {
          throw error("positional argument follows keyword argument", at: value.location)
        }
        arguments.append(Argument(.positional, value))
      }
      if !accept(",") { break }
    }
    try expect(")")
    return arguments
  }

  /// `parameters: param_list` for `def` (annotations allowed) or `lambda` (not), up to `closing`.
  ///
  /// `param: NAME [':' expression] ['=' expression] | '*' [NAME] | '**' NAME | '/'`
  mutating func parseParameters(closing: String, annotated: Bool) throws -> Parameters {
    var parameters = Parameters()
    var afterStar = false
    var sawDefault = false
    while !at(closing) {
      let start = current
      if accept("**") {
        parameters.kwargs = try parseParameterName(annotated: annotated)
        _ = accept(",")
        guard at(closing) else {
          throw error("arguments cannot follow var-keyword argument", at: current.location)
        }
        break
      } else if accept("*") {
        if afterStar { throw error("* argument may appear only once", at: start.location) }
        afterStar = true
        if current.kind == .name {
          parameters.varargs = try parseParameterName(annotated: annotated)
        } else if at(closing) || (at(",") && peek(1).isOp(closing)) {
          throw error("named arguments must follow bare *", at: start.location)
        }
      } else if accept("/") {
        if afterStar {
          throw error("/ must be ahead of *", at: start.location)
        }
      } else {
        let name = try parseParameterName(annotated: annotated)
        var defaultValue: Expr?
        if accept("=") {
          defaultValue = try parseExpression()
        }
        if afterStar {
          parameters.keywordOnly.append(.init(name: name, defaultValue: defaultValue))
        } else {
          if defaultValue != nil {
            sawDefault = true
          } else if sawDefault {
            throw error("non-default argument follows default argument", at: start.location)
          }
          parameters.positional.append(.init(name: name, defaultValue: defaultValue))
        }
      }
      if !accept(",") { break }
    }
    try checkDuplicates(parameters)
    return parameters
  }

  /// A parameter name with its optional (ignored) annotation.
  mutating func parseParameterName(annotated: Bool) throws -> String {
    let name = try expectName()
    if annotated && accept(":") { _ = try parseExpression() }
    return name
  }

  /// Rejects a parameter list that names the same parameter twice.
  func checkDuplicates(_ parameters: Parameters) throws {
    var seen = Set<String>()
    var names = parameters.positional.map(\.name) + parameters.keywordOnly.map(\.name)
    names += [parameters.varargs, parameters.kwargs].compactMap { $0 }
    for name in names where !seen.insert(name).inserted {
      throw error("duplicate argument '\(name)' in function definition", at: current.location)
    }
  }
}
