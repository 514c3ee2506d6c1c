/// The text `help(obj)` shows in the pager.
enum Help {
  static func text(for value: Value?, _ evaluator: Evaluator) -> String {
    guard let value else {
      return """
        Neurona: a Python subset for neural-network lessons.
        Use help(obj) on a function, a module or a value, e.g. help(len) or help(np.array).
        Modules: \(evaluator.moduleLoaders.keys.filter { !$0.contains(".") }.sorted().joined(separator: ", "))
        """
    }
    switch value {
    case .object(let function as BuiltinFunction):
      return "Help on built-in function \(function.name):\n\n\(function.name)\(function.signature)\n"
        + (function.doc.map { "    \($0)\n" } ?? "")
    case .object(let function as PyFunction):
      return "Help on function \(function.name):\n\n\(function.name)\(function.signatureText)\n"
        + (function.doc.map { "    \($0)\n" } ?? "")
    case .object(let module as PyModule):
      let names = module.attributeNames().joined(separator: ", ")
      return "Help on module \(module.name):\n\n" + (module.doc.map { "\($0)\n\n" } ?? "")
        + "Members: \(names)\n"
    case .object(let type as PyType):
      let methods = type.allAttributeNames().filter { !$0.hasPrefix("_") }.joined(separator: ", ")
      return "Help on class \(type.name):\n\n" + (type.documentation.map { "\($0)\n\n" } ?? "")
        + "Methods: \(methods)\n"
    case .object(let object):
      let doc = object.documentation.map { "\n\n\($0)" } ?? ""
      return "Help on \(object.pyType.name) object:\(doc)\n"
    default:
      return "Help on \(value.typeName) object:\n\n" + (value.type.documentation ?? "") + "\n"
    }
  }
}
