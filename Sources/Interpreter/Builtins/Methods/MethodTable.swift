/// Builds the methods of the builtin container types with Python's argument checks.
enum MethodTable {
  /// How a method checks its arguments before its body runs.
  enum Arity {
    /// No arguments: `list.copy() takes no arguments (1 given)`.
    case none
    /// Exactly one positional argument: `list.append() takes exactly one argument (0 given)`.
    case one
    /// Bound to the parameter list, with `Arguments.bind`'s messages.
    case bind
  }

  /// A method of `typeName` whose receiver must be a `T`.
  static func define<T: PyObject>(
    _ typeName: String, _ receiverType: T.Type, _ name: String, signature: String, doc: String,
    _ parameters: [String] = [], arity: Arity = .bind, keywords: [String] = [],
    _ body: @escaping (T, BoundArguments, Evaluator) throws -> Value
  ) -> BuiltinFunction {
    BuiltinFunction(name, signature: signature, doc: doc, keywords: keywords) {
      arguments, evaluator in
      guard let first = arguments.positional.first, let receiver = first.as(T.self) else {
        let type = arguments.positional.first?.typeName ?? "nothing"
        throw PyError.typeError(
          "descriptor '\(name)' for '\(typeName)' objects doesn't apply to a '\(type)' object")
      }
      let rest = TypeMethods.rest(arguments)
      let given = rest.positional.count + rest.keywords.count
      switch arity {
      case .none where given > 0:
        throw PyError.typeError("\(typeName).\(name)() takes no arguments (\(given) given)")
      case .one where given != 1 || !rest.keywords.isEmpty:
        if !rest.keywords.isEmpty && rest.positional.count == 1 {
          throw PyError.typeError("\(typeName).\(name)() takes no keyword arguments")
        }
        throw PyError.typeError(
          "\(typeName).\(name)() takes exactly one argument (\(given) given)")
      default: break
      }
      return try body(receiver, try rest.bind(name, parameters), evaluator)
    }
  }

  /// The single argument of an `.one` method.
  static func argument(_ bound: BoundArguments, _ name: String) -> Value {
    bound.values[name] ?? .none
  }
}
