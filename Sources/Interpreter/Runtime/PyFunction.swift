import Foundation

/// A function defined in a cell by `def` or `lambda`.
public final class PyFunction: PyObject, PyCallableBindable {
  /// What the function runs when called.
  public enum Body {
    /// A `def` body.
    case statements([Stmt])
    /// A lambda's expression.
    case expression(Expr)
  }

  /// The function name (`<lambda>` for lambdas).
  public let name: String
  /// The declared parameters.
  public let parameters: Parameters
  /// Default values, evaluated at definition time, by parameter name.
  public let defaults: [String: Value]
  /// The body.
  public let body: Body
  /// The scope the function was defined in (for closures); `nil` at module level.
  public let closure: Scope?
  /// Names assigned in the body, hence local to each call.
  public let localNames: Set<String>
  /// Names declared `global` in the body.
  public let globalNames: Set<String>
  /// Names declared `nonlocal` in the body.
  public let nonlocalNames: Set<String>
  /// The docstring.
  public let doc: String?
  /// The cell the function was defined in, for tracebacks.
  public let cell: CellSource
  /// Attributes set on the function object.
  public var attributes: [String: Value] = [:]

  /// Creates a function object.
  public init(
    name: String, parameters: Parameters, defaults: [String: Value], body: Body,
    closure: Scope?, cell: CellSource
  ) {
    self.name = name
    self.parameters = parameters
    self.defaults = defaults
    self.body = body
    self.closure = closure
    self.cell = cell
    let scan = LocalNameScanner(parameters: parameters, body: body)
    self.localNames = scan.locals
    self.globalNames = scan.globals
    self.nonlocalNames = scan.nonlocals
    if case .statements(let statements) = body, let first = statements.first,
      case .expression(let expr) = first.kind, case .string(let text) = expr.kind
    {
      self.doc = text
    } else {
      self.doc = nil
    }
  }

  /// `function`.
  public var pyType: PyType { .function }

  /// `<function f at 0x...>`.
  public func repr() -> String {
    let address = String(UInt(bitPattern: ObjectIdentifier(self).hashValue), radix: 16)
    return "<function \(name) at 0x\(address)>"
  }

  /// The docstring.
  public var documentation: String? { doc }

  /// `f(a, b=1, *args, **kwargs)` as `help()` shows it.
  public var signatureText: String {
    var parts: [String] = []
    for parameter in parameters.positional {
      if let value = defaults[parameter.name] {
        parts.append("\(parameter.name)=\(Evaluator.reprOf(value))")
      } else {
        parts.append(parameter.name)
      }
    }
    if let varargs = parameters.varargs {
      parts.append("*\(varargs)")
    } else if !parameters.keywordOnly.isEmpty {
      parts.append("*")
    }
    for parameter in parameters.keywordOnly {
      parts.append(defaults[parameter.name].map { "\(parameter.name)=\(Evaluator.reprOf($0))" } ?? parameter.name)
    }
    if let kwargs = parameters.kwargs { parts.append("**\(kwargs)") }
    return "(" + parts.joined(separator: ", ") + ")"
  }

  /// Calls the function in a new frame.
  public func call(_ arguments: Arguments, _ evaluator: Evaluator) throws -> Value? {
    try evaluator.callFunction(self, arguments)
  }

  /// `__name__`, `__doc__` and user attributes.
  public func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    switch name {
    case "__name__": return .str(self.name)
    case "__doc__": return doc.map(Value.str) ?? Value.none
    default: return attributes[name]
    }
  }

  /// Stores a user attribute.
  public func setAttribute(_ name: String, _ value: Value, _ evaluator: Evaluator) throws -> Bool {
    attributes[name] = value
    return true
  }
}

/// The source of one executed cell, kept for tracebacks of functions it defined.
public final class CellSource {
  /// The name tracebacks show (`Cell In[3]`).
  public let name: String
  /// The cell's lines.
  public let lines: [Substring]

  /// Creates a cell source.
  public init(name: String, source: String) {
    self.name = name
    self.lines = source.split(separator: "\n", omittingEmptySubsequences: false)
  }

  /// The text of a 1-based line, trimmed.
  public func line(_ number: Int) -> String {
    guard number >= 1, number <= lines.count else { return "" }
    return lines[number - 1].trimmingCharacters(in: .whitespaces)
  }
}
