/// A function implemented in Swift: builtins, methods of builtin types, library functions.
public final class BuiltinFunction: PyObject, PyCallableBindable {
  /// The body: receives the arguments (the receiver first, for methods).
  public typealias Body = (Arguments, Evaluator) throws -> Value

  /// The function name (`len`, `append`).
  public let name: String
  /// The signature shown by `help()` and inspection, without the name: `(obj, /)`.
  public let signature: String
  /// The docstring.
  public let doc: String?
  /// Names of keyword arguments, offered by completion inside the call's parentheses.
  public let keywordNames: [String]
  private let body: Body

  /// Creates a builtin function.
  public init(
    _ name: String, signature: String = "(...)", doc: String? = nil, keywords: [String] = [],
    _ body: @escaping Body
  ) {
    self.name = name
    self.signature = signature
    self.doc = doc
    self.keywordNames = keywords
    self.body = body
  }

  /// `builtin_function_or_method`.
  public var pyType: PyType { .builtinFunction }

  /// `<built-in function len>`.
  public func repr() -> String { "<built-in function \(name)>" }

  /// The docstring.
  public var documentation: String? { doc }

  /// Runs the body.
  public func call(_ arguments: Arguments, _ evaluator: Evaluator) throws -> Value? {
    try body(arguments, evaluator)
  }

  /// `__name__` and `__doc__`.
  public func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    switch name {
    case "__name__": return .str(self.name)
    case "__doc__": return doc.map(Value.str) ?? Value.none
    default: return nil
    }
  }
}

/// A function bound to its receiver: `model.fit`, `[1, 2].append`.
public final class BoundMethod: PyObject {
  /// The receiver passed as the first argument.
  public let receiver: Value
  /// The unbound function.
  public let function: Value
  /// The attribute name it was found under.
  public let name: String

  /// Binds `function` to `receiver`.
  public init(receiver: Value, function: Value, name: String) {
    self.receiver = receiver
    self.function = function
    self.name = name
  }

  /// `method`.
  public var pyType: PyType { .method }

  /// `<bound method list.append of [1, 2]>`.
  public func repr() -> String {
    "<bound method \(receiver.typeName).\(name) of \(Evaluator.reprOf(receiver))>"
  }

  /// The function's documentation.
  public var documentation: String? { function.object?.documentation }

  /// Calls the function with the receiver first.
  public func call(_ arguments: Arguments, _ evaluator: Evaluator) throws -> Value? {
    try evaluator.call(function, arguments.prepending(receiver))
  }

  /// `__name__`, `__self__`, `__doc__`.
  public func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    switch name {
    case "__name__": return .str(self.name)
    case "__self__": return receiver
    case "__doc__": return documentation.map(Value.str) ?? Value.none
    default: return nil
    }
  }
}
