/// Finds the names a function body assigns (its locals) and its `global`/`nonlocal` names.
///
/// Python decides at compile time that a name assigned anywhere in a function is local to
/// it; reading it before assignment is an UnboundLocalError rather than a global lookup.
struct LocalNameScanner {
  private(set) var locals: Set<String> = []
  private(set) var globals: Set<String> = []
  private(set) var nonlocals: Set<String> = []

  init(parameters: Parameters, body: PyFunction.Body) {
    for parameter in parameters.positional + parameters.keywordOnly { locals.insert(parameter.name) }
    if let varargs = parameters.varargs { locals.insert(varargs) }
    if let kwargs = parameters.kwargs { locals.insert(kwargs) }
    if case .statements(let statements) = body { scan(statements) }
    locals.subtract(globals)
    locals.subtract(nonlocals)
  }

  private mutating func scan(_ statements: [Stmt]) {
    for statement in statements { scan(statement) }
  }

  private mutating func scan(_ statement: Stmt) {
    switch statement.kind {
    case .assign(let targets, _):
      for target in targets { addTarget(target) }
    case .augmentedAssign(let target, _, _), .annotatedAssign(let target, _, _):
      addTarget(target)
    case .functionDef(let def): locals.insert(def.name)
    case .classDef(let def): locals.insert(def.name)
    case .if(_, let body, let orelse), .while(_, let body, let orelse):
      scan(body)
      scan(orelse)
    case .for(let target, _, let body, let orelse):
      addTarget(target)
      scan(body)
      scan(orelse)
    case .try(let body, let handlers, let orelse, let finally):
      scan(body)
      for handler in handlers {
        if let name = handler.name { locals.insert(name) }
        scan(handler.body)
      }
      scan(orelse)
      scan(finally)
    case .with(let items, let body):
      for item in items { if let target = item.target { addTarget(target) } }
      scan(body)
    case .import(let names):
      for name in names {
        locals.insert(name.alias ?? String(name.name.split(separator: ".").first ?? ""))
      }
    case .importFrom(_, let names):
      for name in names where name.name != "*" { locals.insert(name.alias ?? name.name) }
    case .global(let names): globals.formUnion(names)
    case .nonlocal(let names): nonlocals.formUnion(names)
    case .delete(let targets):
      for target in targets { addTarget(target) }
    default: break
    }
  }

  private mutating func addTarget(_ target: Expr) {
    switch target.kind {
    case .name(let name): locals.insert(name)
    case .tuple(let items), .list(let items):
      for item in items { addTarget(item) }
    case .starred(let inner): addTarget(inner)
    default: break
    }
  }
}
