/// Defining and calling user functions and classes.
extension Evaluator {
  /// Evaluates default values once, at definition time.
  func evaluateDefaults(_ parameters: Parameters) throws -> [String: Value] {
    var defaults: [String: Value] = [:]
    for parameter in parameters.positional + parameters.keywordOnly {
      if let expr = parameter.defaultValue { defaults[parameter.name] = try evaluate(expr) }
    }
    return defaults
  }

  /// Creates the function object of a `def`, applying decorators.
  func makeFunction(_ def: FunctionDef) throws -> Value {
    var function: Value = .object(
      PyFunction(
        name: def.name, parameters: def.parameters, defaults: try evaluateDefaults(def.parameters),
        body: .statements(def.body), closure: closureScope, cell: currentCell))
    for decorator in def.decorators.reversed() {
      function = try call(evaluate(decorator), Arguments([function]))
    }
    return function
  }

  /// Calls a user function in a new frame.
  func callFunction(_ function: PyFunction, _ arguments: Arguments) throws -> Value {
    guard frames.count < recursionLimit else {
      throw PyError(.recursionError, "maximum recursion depth exceeded")
    }
    let frameScope = Scope(parent: function.closure, function: function)
    try bindParameters(function, arguments, into: frameScope)
    let savedScope = scope
    scope = frameScope
    frames.append(
      Frame(
        function: function.name, cell: function.cell,
        location: SourceLocation(line: 1, column: 1)))
    defer {
      frames.removeLast()
      scope = savedScope
    }
    do {
      switch function.body {
      case .expression(let expr):
        return try evaluate(expr)
      case .statements(let statements):
        if case .returned(let value) = try execute(statements) { return value }
        return .none
      }
    } catch let error as PyError {
      recordFrame(error)
      throw error
    }
  }

  private func bindParameters(_ function: PyFunction, _ arguments: Arguments, into scope: Scope)
    throws
  {
    let parameters = function.parameters
    let name = function.name
    var positional = arguments.positional[...]
    for parameter in parameters.positional {
      guard let value = positional.popFirst() else { break }
      scope.variables[parameter.name] = value
    }
    if let varargs = parameters.varargs {
      scope.variables[varargs] = .tuple(Array(positional))
    } else if !positional.isEmpty {
      let takes = parameters.positional.count
      let given = arguments.positional.count
      throw PyError.typeError(
        "\(name)() takes \(takes) positional argument\(takes == 1 ? "" : "s") but \(given) \(given == 1 ? "was" : "were") given"
      )
    }
    let named = (parameters.positional + parameters.keywordOnly).map(\.name)
    let extra = PyDict()
    for (keyword, value) in arguments.keywords {
      if named.contains(keyword) {
        guard scope.variables[keyword] == nil else {
          throw PyError.typeError("\(name)() got multiple values for argument '\(keyword)'")
        }
        scope.variables[keyword] = value
      } else if parameters.kwargs != nil {
        extra.set(keyword, value)
      } else {
        throw PyError.typeError(
          "\(name)() got an unexpected keyword argument '\(keyword)'\(Suggestions.didYouMean(keyword, in: named))"
        )
      }
    }
    if let kwargs = parameters.kwargs { scope.variables[kwargs] = .object(extra) }
    var missing: [String] = []
    for parameter in parameters.positional where scope.variables[parameter.name] == nil {
      if let value = function.defaults[parameter.name] {
        scope.variables[parameter.name] = value
      } else {
        missing.append(parameter.name)
      }
    }
    try reportMissing(missing, name, kind: "positional")
    var missingKeywords: [String] = []
    for parameter in parameters.keywordOnly where scope.variables[parameter.name] == nil {
      if let value = function.defaults[parameter.name] {
        scope.variables[parameter.name] = value
      } else {
        missingKeywords.append(parameter.name)
      }
    }
    try reportMissing(missingKeywords, name, kind: "keyword-only")
  }

  private func reportMissing(_ missing: [String], _ name: String, kind: String) throws {
    guard !missing.isEmpty else { return }
    let quoted = missing.map { "'\($0)'" }
    let list =
      quoted.count == 1
      ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " and " + quoted[quoted.count - 1]
    throw PyError.typeError(
      "\(name)() missing \(missing.count) required \(kind) argument\(missing.count == 1 ? "" : "s"): \(list)"
    )
  }

  /// Creates the class of a `class` statement.
  func makeClass(_ def: ClassDef) throws -> Value {
    var bases: [PyType] = []
    for baseExpr in def.bases {
      guard let base = try evaluate(baseExpr).as(PyType.self) else {
        throw PyError.typeError("bases must be types")
      }
      bases.append(base)
    }
    let body = Scope(parent: scope, function: nil)
    body.isClassBody = true
    let savedScope = scope
    scope = body
    defer { scope = savedScope }
    _ = try execute(def.body)
    var doc: String?
    if let first = def.body.first, case .expression(let expr) = first.kind,
      case .string(let text) = expr.kind
    {
      doc = text
    }
    let type = PyType(
      name: def.name, module: "__main__", bases: bases.isEmpty ? [.object] : bases,
      attributes: body.variables, documentation: doc, isUserClass: true)
    type.constructor = { [unowned type] arguments, evaluator in
      try evaluator.instantiate(type, arguments)
    }
    var result: Value = .object(type)
    for decorator in def.decorators.reversed() {
      result = try call(evaluate(decorator), Arguments([result]))
    }
    return result
  }

  /// Creates an instance of a user class and runs its `__init__`.
  func instantiate(_ type: PyType, _ arguments: Arguments) throws -> Value {
    let instance: Value
    if type.isSubtype(of: .baseException) {
      instance = .object(ExceptionObject(type: type, args: arguments.positional))
    } else {
      instance = .object(PyInstance(type: type))
    }
    if let initializer = type.lookup("__init__") {
      let result = try call(initializer, arguments.prepending(instance))
      guard result.isNone else {
        throw PyError.typeError("__init__() should return None, not '\(result.typeName)'")
      }
    } else if !arguments.positional.isEmpty, instance.as(PyInstance.self) != nil {
      throw PyError.typeError("\(type.name)() takes no arguments")
    }
    return instance
  }
}
