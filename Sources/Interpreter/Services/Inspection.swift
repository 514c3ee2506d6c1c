/// The text shown by `inspect_request` (Shift+Tab) for a value.
enum Inspection {
  static func describe(_ name: String, _ value: Value, _ evaluator: Evaluator, detailLevel: Int) -> String {
    switch value {
    case .object(let function as BuiltinFunction):
      return "Signature: \(name)\(function.signature)\nDocstring: \(function.doc ?? "<no docstring>")"
    case .object(let function as PyFunction):
      return "Signature: \(name)\(function.signatureText)\nDocstring: \(function.doc ?? "<no docstring>")\nType: function"
    case .object(let method as BoundMethod):
      if case .object(let function as BuiltinFunction) = method.function {
        return "Signature: \(name)\(function.signature)\nDocstring: \(function.doc ?? "<no docstring>")"
      }
      return "Type: method\nDocstring: \(method.documentation ?? "<no docstring>")"
    case .object(let module as PyModule):
      return "Type: module\nName: \(module.name)\nDocstring: \(module.doc ?? "<no docstring>")"
    case .object(let type as PyType):
      return "Type: type\nName: \(type.name)\nDocstring: \(type.documentation ?? "<no docstring>")"
    default:
      var lines = ["Type: \(value.typeName)"]
      if case .object(let object) = value, case .some(.some(let shape)) = try? object.getAttribute("shape", evaluator) {
        lines.append("Shape: \(evaluator.reprOf(shape))")
      } else if let count = try? evaluator.length(value) {
        lines.append("Length: \(count)")
      }
      var text = evaluator.reprOf(value)
      if detailLevel == 0, text.count > 2_000 { text = String(text.prefix(2_000)) + "…" }
      lines.append("Value: \(text)")
      if case .object(let object) = value, let doc = object.documentation {
        lines.append("Docstring: \(doc)")
      }
      return lines.joined(separator: "\n")
    }
  }

  /// Keyword argument names a callable accepts, for completion inside its parentheses.
  static func keywordNames(of value: Value) -> [String] {
    switch value {
    case .object(let function as BuiltinFunction): return function.keywordNames
    case .object(let function as PyFunction):
      return (function.parameters.positional + function.parameters.keywordOnly).map(\.name)
    case .object(let method as BoundMethod):
      let names = keywordNames(of: method.function)
      if case .object(_ as PyFunction) = method.function { return Array(names.dropFirst()) }
      return names
    case .object(let type as PyType):
      if let initializer = type.lookup("__init__") { return Array(keywordNames(of: initializer).dropFirst()) }
      if case .object(let function as BuiltinFunction)? = type.attributes["__call_signature__"] {
        return function.keywordNames
      }
      return []
    default: return []
    }
  }
}
