/// A position in a cell's source: 1-based line, 1-based column counted in Unicode code points.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  /// The 1-based line number.
  public var line: Int
  /// The 1-based column, in Unicode code points.
  public var column: Int

  /// Creates a location from a 1-based line and column.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// The location `line L, column C`.
  public var description: String { "line \(line), column \(column)" }
}

/// An expression node with the location of its first token.
public struct Expr {
  /// What the expression is.
  public var kind: ExprKind
  /// Where it starts.
  public var location: SourceLocation

  /// Creates an expression node.
  public init(_ kind: ExprKind, at location: SourceLocation) {
    self.kind = kind
    self.location = location
  }
}

/// The kinds of expression the cell language has.
public indirect enum ExprKind {
  /// A variable reference such as `model`.
  case name(String)
  /// An integer literal (`1_000`); literals beyond 64 bits are a syntax error.
  case int(Int)
  /// A float literal (`1e-7`, `0.5`).
  case float(Double)
  /// A string literal, adjacent literals already joined.
  case string(String)
  /// An f-string: literal pieces and replacement fields.
  case fstring([FStringPart])
  /// `True` or `False`.
  case bool(Bool)
  /// `None`.
  case none
  /// `...`.
  case ellipsis
  /// `-x`, `+x`, `~x`, `not x`.
  case unary(UnaryOperator, Expr)
  /// `a + b` and every other binary arithmetic operator.
  case binary(BinaryOperator, Expr, Expr)
  /// `a and b and c` / `a or b`: short-circuit, yields the deciding operand.
  case boolean(BooleanOperator, [Expr])
  /// A comparison chain `a < b <= c`: the first operand, then operator/operand pairs.
  case compare(Expr, [ComparisonOperator], [Expr])
  /// `body if test else orelse`.
  case conditional(test: Expr, body: Expr, orelse: Expr)
  /// `lambda params: body`.
  case lambda(Parameters, Expr)
  /// `f(args)`.
  case call(Expr, [Argument])
  /// `value.name`.
  case attribute(Expr, String)
  /// `value[index]`; a multi-dimensional index is a `.tuple`, slices are `.slice`.
  case `subscript`(Expr, Expr)
  /// `lower:upper:step` inside a subscript.
  case slice(lower: Expr?, upper: Expr?, step: Expr?)
  /// `(a, b)` or `a, b`.
  case tuple([Expr])
  /// `[a, b]`.
  case list([Expr])
  /// `{a, b}`.
  case set([Expr])
  /// `{k: v, **other}`.
  case dict([DictItem])
  /// `*xs` in a display, call target list or assignment target.
  case starred(Expr)
  /// `[elt for ... if ...]`.
  case listComprehension(Expr, [Comprehension])
  /// `{elt for ...}`.
  case setComprehension(Expr, [Comprehension])
  /// `{k: v for ...}`.
  case dictComprehension(key: Expr, value: Expr, [Comprehension])
  /// `(elt for ...)`, evaluated eagerly into an iterator.
  case generator(Expr, [Comprehension])
  /// `name := value`.
  case namedExpr(String, Expr)
}

/// One piece of an f-string.
public enum FStringPart {
  /// Literal text, with `{{`/`}}` already unescaped.
  case literal(String)
  /// `{expr!conv:spec}`; `debugText` is the `expr=` prefix for the self-documenting form.
  case field(Expr, conversion: Character?, formatSpec: [FStringPart], debugText: String?)
}

/// One item of a dict display.
public enum DictItem {
  /// `key: value`.
  case pair(Expr, Expr)
  /// `**mapping`.
  case unpack(Expr)
}

/// One `for target in iter if cond...` clause of a comprehension.
public struct Comprehension {
  /// The loop target (a name or a tuple of targets).
  public var target: Expr
  /// The iterable.
  public var iterable: Expr
  /// The `if` filters, all of which must hold.
  public var conditions: [Expr]

  /// Creates a comprehension clause.
  public init(target: Expr, iterable: Expr, conditions: [Expr]) {
    self.target = target
    self.iterable = iterable
    self.conditions = conditions
  }
}

/// An argument in a call.
public struct Argument {
  /// How the argument is passed.
  public enum Kind {
    /// `f(x)`.
    case positional
    /// `f(name=x)`.
    case keyword(String)
    /// `f(*xs)`.
    case unpackIterable
    /// `f(**kw)`.
    case unpackMapping
  }
  /// How it is passed.
  public var kind: Kind
  /// The argument expression.
  public var value: Expr

  /// Creates a call argument.
  public init(_ kind: Kind, _ value: Expr) {
    self.kind = kind
    self.value = value
  }
}

/// A parameter list of a `def` or `lambda`.
public struct Parameters {
  /// One named parameter with an optional default.
  public struct Parameter {
    /// The parameter name.
    public var name: String
    /// The default value expression, evaluated once at definition time.
    public var defaultValue: Expr?
    /// Creates a parameter.
    public init(name: String, defaultValue: Expr? = nil) {
      self.name = name
      self.defaultValue = defaultValue
    }
  }
  /// Parameters before `*`/`*args` (positional-or-keyword).
  public var positional: [Parameter] = []
  /// The name after `*`, if any (`*args`).
  public var varargs: String?
  /// Parameters after `*` or `*args` (keyword-only).
  public var keywordOnly: [Parameter] = []
  /// The name after `**`, if any (`**kwargs`).
  public var kwargs: String?

  /// Creates an empty parameter list.
  public init() {}
}

/// Unary operators.
public enum UnaryOperator: String {
  case negate = "-", plus = "+", invert = "~", not = "not"
}

/// Binary arithmetic operators, spelled as in source.
public enum BinaryOperator: String {
  case add = "+", subtract = "-", multiply = "*", divide = "/", floorDivide = "//"
  case modulo = "%", power = "**", matmul = "@"
  case leftShift = "<<", rightShift = ">>", bitAnd = "&", bitOr = "|", bitXor = "^"
}

/// `and` / `or`.
public enum BooleanOperator: String {
  case and, or
}

/// Comparison operators, spelled as in source.
public enum ComparisonOperator: String {
  case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">"
  case greaterEqual = ">=", `in` = "in", notIn = "not in", `is` = "is", isNot = "is not"
}
