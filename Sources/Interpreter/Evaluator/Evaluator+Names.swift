/// Name lookup, binding, assignment targets and deletion.
extension Evaluator {
  /// Looks a name up in the local scopes, globals and builtins.
  func lookup(_ name: String) throws -> Value {
    if let scope {
      if scope.function?.globalNames.contains(name) != true {
        if let value = scope.variables[name] { return value }
        if scope.function?.localNames.contains(name) == true {
          throw PyError(
            .unboundLocalError,
            "cannot access local variable '\(name)' where it is not associated with a value")
        }
        var enclosing = scope.parent
        while let current = enclosing {
          if !current.isClassBody, let value = current.variables[name] { return value }
          enclosing = current.parent
        }
      }
    }
    if let value = globals[name] ?? builtins[name] { return value }
    var candidates = Array(globals.keys) + Array(builtins.keys)
    var enclosing = scope
    while let current = enclosing {
      candidates += current.variables.keys
      enclosing = current.parent
    }
    throw PyError.nameError(
      "name '\(name)' is not defined\(Suggestions.didYouMeanColon(name, in: candidates))")
  }

  /// Binds a name in the current scope, honouring `global` and `nonlocal`.
  func bind(_ name: String, _ value: Value) throws {
    guard let scope else {
      globals[name] = value
      return
    }
    if let function = scope.function {
      if function.globalNames.contains(name) {
        globals[name] = value
        return
      }
      if function.nonlocalNames.contains(name) {
        guard let owner = scope.parent?.owner(of: name) else {
          throw PyError(.syntaxError, "no binding for nonlocal '\(name)' found")
        }
        owner.variables[name] = value
        return
      }
    }
    scope.variables[name] = value
  }

  /// Assigns to a target: a name, an attribute, a subscript or an unpacking pattern.
  func assign(_ target: Expr, _ value: Value) throws {
    switch target.kind {
    case .name(let name):
      try bind(name, value)
    case .attribute(let objectExpr, let name):
      try setAttribute(evaluate(objectExpr), name, value)
    case .subscript(let objectExpr, let indexExpr):
      try setItem(evaluate(objectExpr), evaluate(indexExpr), value)
    case .tuple(let targets), .list(let targets):
      try unpack(targets, value)
    default:
      throw PyError(.syntaxError, "cannot assign to expression")
    }
  }

  private func unpack(_ targets: [Expr], _ value: Value) throws {
    let items: [Value]
    do {
      items = try collect(value)
    } catch let error as PyError where error.exception.type === PyType.typeError {
      throw PyError.typeError("cannot unpack non-iterable \(value.typeName) object")
    }
    if let starIndex = targets.firstIndex(where: { if case .starred = $0.kind { return true } else { return false } }) {
      let after = targets.count - starIndex - 1
      guard items.count >= targets.count - 1 else {
        throw PyError.valueError(
          "not enough values to unpack (expected at least \(targets.count - 1), got \(items.count))")
      }
      for index in 0..<starIndex { try assign(targets[index], items[index]) }
      if case .starred(let inner) = targets[starIndex].kind {
        try assign(inner, .list(Array(items[starIndex..<(items.count - after)])))
      }
      for offset in 0..<after {
        try assign(targets[starIndex + 1 + offset], items[items.count - after + offset])
      }
      return
    }
    guard items.count == targets.count else {
      if items.count > targets.count {
        throw PyError.valueError("too many values to unpack (expected \(targets.count))")
      }
      throw PyError.valueError(
        "not enough values to unpack (expected \(targets.count), got \(items.count))")
    }
    for (target, item) in zip(targets, items) { try assign(target, item) }
  }

  /// `target op= value`, evaluating the target's object and index once.
  func augmentedAssign(_ target: Expr, _ op: BinaryOperator, _ valueExpr: Expr) throws {
    switch target.kind {
    case .name(let name):
      let current = try lookup(name)
      try bind(name, try inPlaceOperation(op, current, evaluate(valueExpr)))
    case .attribute(let objectExpr, let name):
      let object = try evaluate(objectExpr)
      let current = try getAttribute(object, name)
      try setAttribute(object, name, try inPlaceOperation(op, current, evaluate(valueExpr)))
    case .subscript(let objectExpr, let indexExpr):
      let object = try evaluate(objectExpr)
      let index = try evaluate(indexExpr)
      let current = try getItem(object, index)
      try setItem(object, index, try inPlaceOperation(op, current, evaluate(valueExpr)))
    default:
      throw PyError(.syntaxError, "'\(target.kind)' is an illegal expression for augmented assignment")
    }
  }

  /// `a += b`: lists extend in place; everything else rebinds to `a + b`.
  func inPlaceOperation(_ op: BinaryOperator, _ current: Value, _ operand: Value) throws -> Value {
    if op == .add, let list = current.as(PyList.self) {
      list.items.append(contentsOf: try collect(operand))
      return current
    }
    if case .object(let object) = current, let inPlace = object as? PyInPlaceOperable,
      try inPlace.inPlaceOperation(op, operand, self)
    {
      return current
    }
    return try binaryOperation(op, current, operand)
  }

  /// `del target`.
  func delete(_ target: Expr) throws {
    switch target.kind {
    case .name(let name):
      if let scope, scope.variables.removeValue(forKey: name) != nil { return }
      guard globals.removeValue(forKey: name) != nil else {
        throw PyError.nameError("name '\(name)' is not defined")
      }
    case .subscript(let objectExpr, let indexExpr):
      let object = try evaluate(objectExpr)
      let index = try evaluate(indexExpr)
      guard case .object(let target) = object, try target.deleteItem(index, self) else {
        throw PyError.typeError("'\(object.typeName)' object doesn't support item deletion")
      }
    case .attribute(let objectExpr, let name):
      let object = try evaluate(objectExpr)
      if let instance = object.as(PyInstance.self), instance.attributes.removeValue(forKey: name) != nil {
        return
      }
      throw PyError.attributeError("'\(object.typeName)' object has no attribute '\(name)'")
    case .tuple(let targets), .list(let targets):
      for target in targets { try delete(target) }
    default:
      throw PyError(.syntaxError, "cannot delete expression")
    }
  }

  /// The scope functions defined now close over (class bodies are skipped, as in Python).
  var closureScope: Scope? {
    var current = scope
    while let candidate = current, candidate.isClassBody { current = candidate.parent }
    return current
  }

  /// The cell now executing.
  var currentCell: CellSource {
    frames.last?.cell ?? CellSource(name: "<unknown>", source: "")
  }
}

/// Host objects that update themselves for `+=` and friends (NumPy arrays do).
public protocol PyInPlaceOperable: PyObject {
  /// Applies `self op= operand` in place; returns `false` to fall back on `self = self op x`.
  func inPlaceOperation(_ op: BinaryOperator, _ operand: Value, _ evaluator: Evaluator) throws
    -> Bool
}
