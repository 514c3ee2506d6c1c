/// A module: a named namespace (`numpy`, `tensorflow.keras.layers`).
public final class PyModule: PyObject {
  /// The dotted module name.
  public let name: String
  /// The module's members.
  public var members: [String: Value]
  /// The module docstring.
  public let doc: String?

  /// Creates a module.
  public init(_ name: String, doc: String? = nil, members: [String: Value] = [:]) {
    self.name = name
    self.doc = doc
    self.members = members
  }

  /// Adds a Swift function as a member.
  public func define(
    _ name: String, signature: String = "(...)", doc: String? = nil, keywords: [String] = [],
    _ body: @escaping BuiltinFunction.Body
  ) {
    members[name] = .object(
      BuiltinFunction(name, signature: signature, doc: doc, keywords: keywords, body))
  }

  /// `module`.
  public var pyType: PyType { .module }

  /// `<module 'numpy'>`.
  public func repr() -> String { "<module '\(name)'>" }

  /// The docstring.
  public var documentation: String? { doc }

  /// A member, raising a helpful AttributeError when missing.
  public func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    if let value = members[name] { return value }
    switch name {
    case "__name__": return .str(self.name)
    case "__doc__": return doc.map(Value.str) ?? Value.none
    default:
      let hint = Suggestions.didYouMean(name, in: Array(members.keys))
      throw PyError.attributeError("module '\(self.name)' has no attribute '\(name)'\(hint)")
    }
  }

  /// Sets a member.
  public func setAttribute(_ name: String, _ value: Value, _ evaluator: Evaluator) throws -> Bool {
    members[name] = value
    return true
  }

  /// Member names, sorted, without private ones.
  public func attributeNames() -> [String] {
    members.keys.filter { !$0.hasPrefix("_") }.sorted()
  }
}
