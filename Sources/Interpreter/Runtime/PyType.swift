/// A Python type object: a builtin type, an exception class, a host type or a user class.
///
/// Types hold their methods in `attributes`; functions found there bind to the instance on
/// attribute access. Calling a type constructs an instance through `constructor`.
public final class PyType: PyObject {
  /// Builds an instance from call arguments.
  public typealias Constructor = (Arguments, Evaluator) throws -> Value

  /// The type name (`int`, `Dense`).
  public let name: String
  /// The module the type is reported under (`builtins`, `numpy`).
  public let module: String
  /// The base types, in method resolution order after this one.
  public private(set) var bases: [PyType]
  /// Class attributes and methods.
  public var attributes: [String: Value]
  /// The constructor, when the type can be called.
  public var constructor: Constructor?
  /// The class docstring.
  public var typeDocumentation: String?
  /// Whether the class was defined by a `class` statement in a cell.
  public let isUserClass: Bool

  /// Creates a type.
  public init(
    name: String, module: String = "builtins", bases: [PyType] = [],
    attributes: [String: Value] = [:], documentation: String? = nil, isUserClass: Bool = false,
    constructor: Constructor? = nil
  ) {
    self.name = name
    self.module = module
    self.bases = bases
    self.attributes = attributes
    self.typeDocumentation = documentation
    self.isUserClass = isUserClass
    self.constructor = constructor
  }

  /// The type of type objects.
  public var pyType: PyType { .type }

  /// `<class 'int'>` or `<class '__main__.Net'>`.
  public func repr() -> String {
    module == "builtins" ? "<class '\(name)'>" : "<class '\(module).\(name)'>"
  }

  /// The docstring.
  public var documentation: String? { typeDocumentation }

  /// This type followed by its bases, depth first, without repeats.
  public var resolutionOrder: [PyType] {
    var order: [PyType] = [self]
    for base in bases {
      for type in base.resolutionOrder where !order.contains(where: { $0 === type }) {
        order.append(type)
      }
    }
    return order
  }

  /// Whether this type is `other` or derives from it.
  public func isSubtype(of other: PyType) -> Bool {
    if self === other || other === PyType.object { return true }
    return bases.contains { $0.isSubtype(of: other) }
  }

  /// Looks up a class attribute along the resolution order.
  public func lookup(_ name: String) -> Value? {
    for type in resolutionOrder {
      if let value = type.attributes[name] { return value }
    }
    return nil
  }

  /// Every attribute name along the resolution order, sorted.
  public func allAttributeNames() -> [String] {
    var names = Set<String>()
    for type in resolutionOrder { names.formUnion(type.attributes.keys) }
    return names.sorted()
  }

  /// A class attribute looked up for `instance`, with functions bound to it.
  public func boundAttribute(_ name: String, of instance: Value, _ evaluator: Evaluator) throws
    -> Value?
  {
    guard let value = lookup(name) else { return nil }
    if case .object(let object) = value, object is PyCallableBindable {
      return .object(BoundMethod(receiver: instance, function: value, name: name))
    }
    return value
  }

  /// Type attributes: `__name__`, `__doc__`, methods as plain functions.
  public func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    switch name {
    case "__name__": return .str(self.name)
    case "__doc__": return typeDocumentation.map(Value.str) ?? Value.none
    case "__module__": return .str(module)
    default: return lookup(name)
    }
  }

  /// Sets a class attribute.
  public func setAttribute(_ name: String, _ value: Value, _ evaluator: Evaluator) throws -> Bool {
    attributes[name] = value
    return true
  }

  /// Constructs an instance.
  public func call(_ arguments: Arguments, _ evaluator: Evaluator) throws -> Value? {
    for type in resolutionOrder {
      if let constructor = type.constructor {
        return try constructor(arguments, evaluator)
      }
    }
    throw PyError.typeError("cannot create '\(name)' instances")
  }

  /// Types hash by identity.
  public func hashValue() throws -> Int? { ObjectIdentifier(self).hashValue }
}

/// Marks callables that bind to their receiver when found as class attributes.
public protocol PyCallableBindable: PyObject {}

extension PyType {
  /// `object`, the root of every type.
  public static let object = PyType(name: "object")
  /// `type`, the type of types.
  public static let type = PyType(name: "type", bases: [.object])
  /// The type of `None`.
  public static let noneType = PyType(name: "NoneType", bases: [.object])
  /// `int`.
  public static let int = PyType(name: "int", bases: [.object])
  /// `bool`, a subtype of `int` as in Python.
  public static let bool = PyType(name: "bool", bases: [.int])
  /// `float`.
  public static let float = PyType(name: "float", bases: [.object])
  /// `str`.
  public static let str = PyType(name: "str", bases: [.object])
  /// `list`.
  public static let list = PyType(name: "list", bases: [.object])
  /// `tuple`.
  public static let tuple = PyType(name: "tuple", bases: [.object])
  /// `dict`.
  public static let dict = PyType(name: "dict", bases: [.object])
  /// `set`.
  public static let set = PyType(name: "set", bases: [.object])
  /// `range`.
  public static let range = PyType(name: "range", bases: [.object])
  /// `slice`.
  public static let slice = PyType(name: "slice", bases: [.object])
  /// User-defined functions and lambdas.
  public static let function = PyType(name: "function", bases: [.object])
  /// Functions implemented in Swift.
  public static let builtinFunction = PyType(
    name: "builtin_function_or_method", bases: [.object])
  /// Bound methods.
  public static let method = PyType(name: "method", bases: [.object])
  /// Modules.
  public static let module = PyType(name: "module", bases: [.object])
  /// Iterators returned by `iter()`, `map()`, `zip()`, generator expressions.
  public static let iterator = PyType(name: "iterator", bases: [.object])
}
