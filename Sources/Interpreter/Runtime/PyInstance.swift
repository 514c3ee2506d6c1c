/// An instance of a class defined in a cell.
public final class PyInstance: PyObject {
  /// The instance's class.
  public let type: PyType
  /// The instance's attributes (`self.x = ...`).
  public var attributes: [String: Value] = [:]

  /// Creates an instance with no attributes.
  public init(type: PyType) { self.type = type }

  /// The instance's class.
  public var pyType: PyType { type }

  /// Instance attributes first, then class attributes with methods bound.
  public func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    if let value = attributes[name] { return value }
    if name == "__class__" { return .object(type) }
    if name == "__dict__" {
      return .object(PyDict(attributes.keys.sorted().map { ($0, attributes[$0] ?? .none) }))
    }
    return try type.boundAttribute(name, of: .object(self), evaluator)
  }

  /// Sets an instance attribute.
  public func setAttribute(_ name: String, _ value: Value, _ evaluator: Evaluator) throws -> Bool {
    attributes[name] = value
    return true
  }

  /// Instance and class attribute names.
  public func attributeNames() -> [String] {
    Array(Set(attributes.keys).union(type.allAttributeNames())).sorted()
  }

  /// Calls `__repr__` when the class defines it.
  public func repr() -> String {
    if let result = Evaluator.current?.callSpecial(self, "__repr__", []), case .str(let text) = result {
      return text
    }
    return "<\(type.module).\(type.name) object>"
  }

  /// Calls `__str__` when the class defines it, else `repr`.
  public func str() -> String {
    if let result = Evaluator.current?.callSpecial(self, "__str__", []), case .str(let text) = result {
      return text
    }
    return repr()
  }

  /// `__len__`.
  public func length() throws -> Int? {
    guard let result = Evaluator.current?.callSpecial(self, "__len__", []) else { return nil }
    guard case .int(let count) = result else {
      throw PyError.typeError("'\(result.typeName)' object cannot be interpreted as an integer")
    }
    return count
  }

  /// `__call__`.
  public func call(_ arguments: Arguments, _ evaluator: Evaluator) throws -> Value? {
    guard let method = try type.boundAttribute("__call__", of: .object(self), evaluator) else {
      return nil
    }
    return try evaluator.call(method, arguments)
  }

  /// `__getitem__`.
  public func getItem(_ key: Value, _ evaluator: Evaluator) throws -> Value? {
    guard let method = try type.boundAttribute("__getitem__", of: .object(self), evaluator) else {
      return nil
    }
    return try evaluator.call(method, Arguments([key]))
  }
}
