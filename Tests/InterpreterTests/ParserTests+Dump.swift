@testable import Interpreter

/// Compact S-expression renderings of AST nodes, so tests can compare whole trees.
enum ASTDump {
  /// Renders an expression, e.g. `(+ 1 (* 2 3))`.
  static func expr(_ expression: Expr) -> String {
    switch expression.kind {
    case .name(let name): return name
    case .int(let value): return String(value)
    case .float(let value): return String(value)
    case .string(let value): return "'\(value)'"
    case .fstring(let parts): return "(f" + parts.map { " " + part($0) }.joined() + ")"
    case .bool(let value): return value ? "True" : "False"
    case .none: return "None"
    case .ellipsis: return "..."
    case .unary(let op, let operand): return "(\(op.rawValue) \(expr(operand)))"
    case .binary(let op, let left, let right): return "(\(op.rawValue) \(expr(left)) \(expr(right)))"
    case .boolean(let op, let operands): return "(\(op.rawValue) \(list(operands)))"
    case .compare(let first, let ops, let rest):
      let tail = zip(ops, rest).map { " \($0.rawValue) \(expr($1))" }.joined()
      return "(cmp \(expr(first))\(tail))"
    case .conditional(let test, let body, let orelse):
      return "(if \(expr(test)) \(expr(body)) \(expr(orelse)))"
    case .lambda(let parameters, let body): return "(lambda \(params(parameters)) \(expr(body)))"
    case .call(let callee, let arguments):
      return "(call \(expr(callee))" + arguments.map { " " + argument($0) }.joined() + ")"
    case .attribute(let value, let name): return "(. \(expr(value)) \(name))"
    case .subscript(let value, let index): return "([] \(expr(value)) \(expr(index)))"
    case .slice(let lower, let upper, let step):
      return "(slice \(optional(lower)) \(optional(upper)) \(optional(step)))"
    case .tuple(let elements): return "(tuple" + elements.map { " " + expr($0) }.joined() + ")"
    case .list(let elements): return "(list" + elements.map { " " + expr($0) }.joined() + ")"
    case .set(let elements): return "(set \(list(elements)))"
    case .dict(let items): return "(dict" + items.map { " " + item($0) }.joined() + ")"
    case .starred(let value): return "(* \(expr(value)))"
    case .listComprehension(let element, let clauses):
      return "(listcomp \(expr(element))\(comprehensions(clauses)))"
    case .setComprehension(let element, let clauses):
      return "(setcomp \(expr(element))\(comprehensions(clauses)))"
    case .dictComprehension(let key, let value, let clauses):
      return "(dictcomp \(expr(key)) \(expr(value))\(comprehensions(clauses)))"
    case .generator(let element, let clauses):
      return "(gen \(expr(element))\(comprehensions(clauses)))"
    case .namedExpr(let name, let value): return "(:= \(name) \(expr(value)))"
    }
  }

  /// Renders a statement list, one statement per entry.
  static func stmts(_ statements: [Stmt]) -> String {
    "[" + statements.map(stmt).joined(separator: "; ") + "]"
  }

  /// Renders a statement, e.g. `(= x 1)`.
  static func stmt(_ statement: Stmt) -> String {
    switch statement.kind {
    case .expression(let value): return expr(value)
    case .assign(let targets, let value): return "(= \(list(targets)) \(expr(value)))"
    case .augmentedAssign(let target, let op, let value):
      return "(\(op.rawValue)= \(expr(target)) \(expr(value)))"
    case .annotatedAssign(let target, let annotation, let value):
      return "(: \(expr(target)) \(expr(annotation)) \(optional(value)))"
    case .functionDef(let def):
      let decorators = def.decorators.map { "@\(expr($0)) " }.joined()
      return "(\(decorators)def \(def.name) \(params(def.parameters)) \(stmts(def.body)))"
    case .classDef(let def):
      let decorators = def.decorators.map { "@\(expr($0)) " }.joined()
      return "(\(decorators)class \(def.name) (\(list(def.bases))) \(stmts(def.body)))"
    case .return(let value): return "(return \(optional(value)))"
    case .if(let test, let body, let orelse):
      return "(if \(expr(test)) \(stmts(body)) \(stmts(orelse)))"
    case .for(let target, let iterable, let body, let orelse):
      return "(for \(expr(target)) \(expr(iterable)) \(stmts(body)) \(stmts(orelse)))"
    case .while(let test, let body, let orelse):
      return "(while \(expr(test)) \(stmts(body)) \(stmts(orelse)))"
    case .break: return "break"
    case .continue: return "continue"
    case .pass: return "pass"
    case .delete(let targets): return "(del \(list(targets)))"
    case .assert(let test, let message): return "(assert \(expr(test)) \(optional(message)))"
    case .raise(let exception, let cause): return "(raise \(optional(exception)) \(optional(cause)))"
    case .try(let body, let handlers, let orelse, let final):
      let except = handlers.map {
        " (except \(optional($0.type)) \($0.name ?? "_") \(stmts($0.body)))"
      }.joined()
      return "(try \(stmts(body))\(except) \(stmts(orelse)) \(stmts(final)))"
    case .with(let items, let body):
      let rendered = items.map { "(\(expr($0.context)) \(optional($0.target)))" }
      return "(with \(rendered.joined(separator: " ")) \(stmts(body)))"
    case .import(let names): return "(import \(importNames(names)))"
    case .importFrom(let module, let names): return "(from \(module) \(importNames(names)))"
    case .global(let names): return "(global \(names.joined(separator: " ")))"
    case .nonlocal(let names): return "(nonlocal \(names.joined(separator: " ")))"
    }
  }

  static func list(_ expressions: [Expr]) -> String { expressions.map(expr).joined(separator: " ") }
  static func optional(_ expression: Expr?) -> String { expression.map(expr) ?? "_" }

  static func part(_ piece: FStringPart) -> String {
    switch piece {
    case .literal(let text): return "'\(text)'"
    case .field(let value, let conversion, let spec, let debug):
      let conv = conversion.map { "!\($0)" } ?? ""
      let specText = spec.isEmpty ? "" : ":" + spec.map(part).joined(separator: "+")
      let debugText = debug.map { " debug='\($0)'" } ?? ""
      return "{\(expr(value))\(conv)\(specText)\(debugText)}"
    }
  }

  static func argument(_ argument: Argument) -> String {
    switch argument.kind {
    case .positional: return expr(argument.value)
    case .keyword(let name): return "\(name)=\(expr(argument.value))"
    case .unpackIterable: return "*\(expr(argument.value))"
    case .unpackMapping: return "**\(expr(argument.value))"
    }
  }

  static func item(_ item: DictItem) -> String {
    switch item {
    case .pair(let key, let value): return "(\(expr(key)) \(expr(value)))"
    case .unpack(let value): return "**\(expr(value))"
    }
  }

  static func comprehensions(_ clauses: [Comprehension]) -> String {
    clauses.map { clause in
      " (for \(expr(clause.target)) in \(expr(clause.iterable))"
        + clause.conditions.map { " if \(expr($0))" }.joined() + ")"
    }.joined()
  }

  static func params(_ parameters: Parameters) -> String {
    func one(_ parameter: Parameters.Parameter) -> String {
      parameter.name + (parameter.defaultValue.map { "=\(expr($0))" } ?? "")
    }
    var parts = parameters.positional.map(one)
    if let varargs = parameters.varargs {
      parts.append("*\(varargs)")
    } else if !parameters.keywordOnly.isEmpty {
      parts.append("*")
    }
    parts += parameters.keywordOnly.map(one)
    if let kwargs = parameters.kwargs { parts.append("**\(kwargs)") }
    return "(" + parts.joined(separator: " ") + ")"
  }

  static func importNames(_ names: [ImportName]) -> String {
    names.map { $0.name + ($0.alias.map { " as \($0)" } ?? "") }.joined(separator: ", ")
  }
}
