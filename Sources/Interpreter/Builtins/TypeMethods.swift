/// Installs the methods of the builtin types (`str.split`, `list.append`, `dict.items`, ...).
///
/// Each type's methods live in their own file (`StrMethods.swift`, `ListMethods.swift`, ...);
/// a method is a `BuiltinFunction` whose first argument is the receiver.
enum TypeMethods {
  private static var installed = false

  /// Adds every method table to its type, once per process.
  static func install() {
    guard !installed else { return }
    installed = true
    for (type, methods) in tables {
      for method in methods { type.attributes[method.name] = .object(method) }
    }
  }

  static var tables: [(PyType, [BuiltinFunction])] {
    [
      (.str, StrMethods.all), (.list, ListMethods.all), (.dict, DictMethods.all),
      (.set, SetMethods.all), (.tuple, TupleMethods.all), (.int, NumberMethods.intMethods),
      (.float, NumberMethods.floatMethods),
    ]
  }

  /// The receiver of a method call, checked to be of the expected kind.
  static func receiver<T: PyObject>(_ arguments: Arguments, _ type: T.Type, _ method: String) throws -> T {
    guard let first = arguments.positional.first, let object = first.as(T.self) else {
      throw PyError.typeError("descriptor '\(method)' requires a receiver of the right type")
    }
    return object
  }

  /// The arguments after the receiver.
  static func rest(_ arguments: Arguments) -> Arguments {
    Arguments(Array(arguments.positional.dropFirst()), keywords: arguments.keywords)
  }
}
