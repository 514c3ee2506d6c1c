/// A statement node with the location of its first token.
public struct Stmt {
  /// What the statement is.
  public var kind: StmtKind
  /// Where it starts.
  public var location: SourceLocation

  /// Creates a statement node.
  public init(_ kind: StmtKind, at location: SourceLocation) {
    self.kind = kind
    self.location = location
  }
}

/// The kinds of statement the cell language has.
public indirect enum StmtKind {
  /// An expression evaluated for its effect (the last one of a cell is its result).
  case expression(Expr)
  /// `a = b = value`; each target may be a name, tuple/list pattern, attribute or subscript.
  case assign(targets: [Expr], value: Expr)
  /// `target op= value`.
  case augmentedAssign(target: Expr, op: BinaryOperator, value: Expr)
  /// `target: annotation = value` (the annotation is evaluated and ignored).
  case annotatedAssign(target: Expr, annotation: Expr, value: Expr?)
  /// `def name(params): body`.
  case functionDef(FunctionDef)
  /// `class Name(bases): body`.
  case classDef(ClassDef)
  /// `return value`.
  case `return`(Expr?)
  /// `if test: body else: orelse` (`elif` nests in `orelse`).
  case `if`(test: Expr, body: [Stmt], orelse: [Stmt])
  /// `for target in iterable: body else: orelse`.
  case `for`(target: Expr, iterable: Expr, body: [Stmt], orelse: [Stmt])
  /// `while test: body else: orelse`.
  case `while`(test: Expr, body: [Stmt], orelse: [Stmt])
  /// `break`.
  case `break`
  /// `continue`.
  case `continue`
  /// `pass`.
  case pass
  /// `del a, b[0], c.x`.
  case delete([Expr])
  /// `assert test, message`.
  case assert(test: Expr, message: Expr?)
  /// `raise exc from cause`; a bare `raise` re-raises.
  case raise(exception: Expr?, cause: Expr?)
  /// `try: body except...: else: finally:`.
  case `try`(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finally: [Stmt])
  /// `with a as x, b: body`.
  case with(items: [WithItem], body: [Stmt])
  /// `import a.b as c, d`.
  case `import`([ImportName])
  /// `from module import a as b, c` (`*` is the single name `*`).
  case importFrom(module: String, names: [ImportName])
  /// `global a, b`.
  case global([String])
  /// `nonlocal a, b`.
  case nonlocal([String])
}

/// A `def` statement.
public struct FunctionDef {
  /// The function name.
  public var name: String
  /// Its parameter list.
  public var parameters: Parameters
  /// Its body; a leading string expression is the docstring.
  public var body: [Stmt]
  /// Decorator expressions, outermost first.
  public var decorators: [Expr]

  /// Creates a function definition.
  public init(name: String, parameters: Parameters, body: [Stmt], decorators: [Expr] = []) {
    self.name = name
    self.parameters = parameters
    self.body = body
    self.decorators = decorators
  }
}

/// A `class` statement.
public struct ClassDef {
  /// The class name.
  public var name: String
  /// Base class expressions.
  public var bases: [Expr]
  /// The class body.
  public var body: [Stmt]
  /// Decorator expressions, outermost first.
  public var decorators: [Expr]

  /// Creates a class definition.
  public init(name: String, bases: [Expr], body: [Stmt], decorators: [Expr] = []) {
    self.name = name
    self.bases = bases
    self.body = body
    self.decorators = decorators
  }
}

/// One `except Type as name:` clause.
public struct ExceptHandler {
  /// The exception type (or tuple of types); `nil` catches everything.
  public var type: Expr?
  /// The name bound to the caught exception.
  public var name: String?
  /// The handler body.
  public var body: [Stmt]
  /// Where the `except` keyword is.
  public var location: SourceLocation

  /// Creates an except clause.
  public init(type: Expr?, name: String?, body: [Stmt], location: SourceLocation) {
    self.type = type
    self.name = name
    self.body = body
    self.location = location
  }
}

/// One `expr as target` item of a `with` statement.
public struct WithItem {
  /// The context manager expression.
  public var context: Expr
  /// The optional `as` target.
  public var target: Expr?

  /// Creates a with-item.
  public init(context: Expr, target: Expr?) {
    self.context = context
    self.target = target
  }
}

/// One name of an import: `a.b.c as d`.
public struct ImportName {
  /// The dotted name as written (`tensorflow.keras`).
  public var name: String
  /// The `as` alias.
  public var alias: String?

  /// Creates an import name.
  public init(name: String, alias: String?) {
    self.name = name
    self.alias = alias
  }
}
