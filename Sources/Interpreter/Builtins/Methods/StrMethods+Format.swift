/// `str.format` and `str.format_map`: templates with replacement fields.
extension StrMethods {
  static let formatMethods: [BuiltinFunction] = [
    BuiltinFunction(
      "format", signature: "(self, /, *args, **kwargs)",
      doc: "Return a formatted version of the string, using substitutions from args and kwargs."
    ) { arguments, evaluator in
      let template = try receiver(arguments, "format")
      let rest = TypeMethods.rest(arguments)
      let keywords = rest.keywords
      return .str(
        try render(template, evaluator) { name in
          if let index = Int(name), name.allSatisfy(\.isASCII) {
            guard index < rest.positional.count else {
              throw PyError.indexError(
                "Replacement index \(index) out of range for positional args tuple")
            }
            return rest.positional[index]
          }
          guard let value = keywords.last(where: { $0.name == name })?.value else {
            throw PyError.keyError(.str(name))
          }
          return value
        })
    },
    method(
      "format_map", "(self, mapping, /)",
      "Return a formatted version of the string, using substitutions from mapping.", ["mapping"]
    ) { template, bound, evaluator in
      let mapping = bound.values["mapping"] ?? .none
      return .str(
        try render(template, evaluator) { name in
          if Int(name) != nil {
            throw PyError.valueError("Format string contains positional fields")
          }
          return try evaluator.getItem(mapping, .str(name))
        })
    },
  ]

  /// Formats `template`, looking field names (an index or a keyword) up with `lookup`.
  static func render(
    _ template: String, _ evaluator: Evaluator, lookup: (String) throws -> Value
  ) throws -> String {
    let parts: [TemplatePart]
    do {
      parts = try PyFormat.parseTemplate(template)
    } catch let error as FormatError {
      throw pyError(error)
    }
    var result = ""
    for part in parts {
      switch part {
      case .literal(let text):
        result += text
      case .field(let name, let conversion, let rawSpec):
        let (first, accessors) = PyFormat.splitFieldName(name)
        var value = try lookup(first)
        for accessor in accessors {
          switch accessor {
          case .attribute(let attribute):
            value = try evaluator.getAttribute(value, attribute)
          case .index(let key):
            let isNumber = !key.isEmpty && key.allSatisfy { $0.isASCII && $0.isNumber }
            value = try evaluator.getItem(value, isNumber ? .int(Int(key) ?? 0) : .str(key))
          }
        }
        switch conversion {
        case "r": value = .str(evaluator.reprOf(value))
        case "s": value = .str(evaluator.strOf(value))
        case "a": value = .str(PyFormat.asciiEscape(evaluator.reprOf(value)))
        default: break
        }
        let spec =
          rawSpec.contains("{") ? try render(rawSpec, evaluator, lookup: lookup) : rawSpec
        result += try evaluator.format(value, spec: spec)
      }
    }
    return result
  }

  /// The Python exception for a formatting error.
  static func pyError(_ error: FormatError) -> PyError {
    let type = PyType.builtinExceptions.first { $0.name == error.pythonType } ?? .valueError
    return PyError(type, error.message)
  }
}
