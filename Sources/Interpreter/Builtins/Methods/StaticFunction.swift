/// A function stored on a type that does not bind to instances (`dict.fromkeys`).
///
/// Found through an instance or through the type, it is called with the arguments as given,
/// like Python's class and static methods of builtin types.
final class StaticFunction: PyObject {
  /// The wrapped function.
  let function: BuiltinFunction
  /// The owning type's name, for `repr`.
  let owner: String

  /// Wraps `function`, owned by the type named `owner`.
  init(_ function: BuiltinFunction, owner: String) {
    self.function = function
    self.owner = owner
  }

  /// `builtin_function_or_method`.
  var pyType: PyType { .builtinFunction }

  /// `<built-in method fromkeys of type object>`.
  func repr() -> String { "<built-in method \(function.name) of type object>" }

  /// The function's docstring.
  var documentation: String? { function.doc }

  /// Calls the function with the arguments unchanged.
  func call(_ arguments: Arguments, _ evaluator: Evaluator) throws -> Value? {
    try function.call(arguments, evaluator)
  }

  /// `__name__`, `__qualname__` and `__doc__`.
  func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    switch name {
    case "__qualname__": return .str("\(owner).\(function.name)")
    default: return try function.getAttribute(name, evaluator)
    }
  }
}
