/// Statement execution.
extension Evaluator {
  /// Runs a block, stopping at the first break/continue/return.
  func execute(_ block: [Stmt]) throws -> Flow {
    for statement in block {
      let flow = try execute(statement)
      if case .normal = flow { continue }
      return flow
    }
    return .normal
  }

  /// Runs one statement.
  func execute(_ statement: Stmt) throws -> Flow {
    frames[frames.count - 1].location = statement.location
    try checkInterrupt()
    switch statement.kind {
    case .expression(let expr):
      _ = try evaluate(expr)
    case .assign(let targets, let valueExpr):
      let value = try evaluate(valueExpr)
      for target in targets { try assign(target, value) }
    case .augmentedAssign(let target, let op, let valueExpr):
      try augmentedAssign(target, op, valueExpr)
    case .annotatedAssign(let target, let annotation, let valueExpr):
      _ = try evaluate(annotation)
      if let valueExpr { try assign(target, try evaluate(valueExpr)) }
    case .functionDef(let def):
      try bind(def.name, try makeFunction(def))
    case .classDef(let def):
      try bind(def.name, try makeClass(def))
    case .return(let expr):
      return .returned(try expr.map(evaluate) ?? .none)
    case .if(let test, let body, let orelse):
      return try execute(truthy(evaluate(test)) ? body : orelse)
    case .for(let target, let iterable, let body, let orelse):
      return try executeFor(target, iterable, body, orelse)
    case .while(let test, let body, let orelse):
      while try truthy(evaluate(test)) {
        try checkInterrupt()
        switch try execute(body) {
        case .breakLoop: return .normal
        case .returned(let value): return .returned(value)
        case .normal, .continueLoop: continue
        }
      }
      return try execute(orelse)
    case .break: return .breakLoop
    case .continue: return .continueLoop
    case .pass: break
    case .delete(let targets):
      for target in targets { try delete(target) }
    case .assert(let test, let message):
      if !(try truthy(evaluate(test))) {
        let args = try message.map { [try evaluate($0)] } ?? []
        throw PyError(ExceptionObject(type: .assertionError, args: args))
      }
    case .raise(let exceptionExpr, let causeExpr):
      try raise(exceptionExpr, causeExpr)
    case .try(let body, let handlers, let orelse, let finally):
      return try executeTry(body, handlers, orelse, finally)
    case .with(let items, let body):
      return try executeWith(items, body)
    case .import(let names):
      for name in names { try importModule(name) }
    case .importFrom(let module, let names):
      try importFrom(module, names)
    case .global, .nonlocal:
      break
    }
    return .normal
  }

  private func executeFor(_ target: Expr, _ iterable: Expr, _ body: [Stmt], _ orelse: [Stmt])
    throws -> Flow
  {
    let iterator = try iterate(evaluate(iterable))
    while let item = try iterator.next() {
      try checkInterrupt()
      try assign(target, item)
      switch try execute(body) {
      case .breakLoop: return .normal
      case .returned(let value): return .returned(value)
      case .normal, .continueLoop: continue
      }
    }
    return try execute(orelse)
  }

  private func raise(_ exceptionExpr: Expr?, _ causeExpr: Expr?) throws {
    guard let exceptionExpr else {
      guard let active = handling.last else {
        throw PyError.runtimeError("No active exception to reraise")
      }
      throw PyError(active)
    }
    let exception = try makeException(evaluate(exceptionExpr))
    if let causeExpr { exception.cause = try makeException(evaluate(causeExpr)) }
    throw PyError(exception)
  }

  /// Turns `ValueError` or `ValueError("x")` into an exception instance.
  func makeException(_ value: Value) throws -> ExceptionObject {
    if let exception = value.as(ExceptionObject.self) { return exception }
    if let type = value.as(PyType.self), type.isSubtype(of: .baseException) {
      if let exception = try call(value, Arguments()).as(ExceptionObject.self) { return exception }
    }
    throw PyError.typeError("exceptions must derive from BaseException")
  }

  private func executeTry(
    _ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt], _ finally: [Stmt]
  ) throws -> Flow {
    let flow: Flow
    do {
      flow = try executeGuarded(body, handlers, orelse)
    } catch {
      _ = try execute(finally)
      throw error
    }
    return try executeFinally(finally, after: flow)
  }

  private func executeGuarded(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt])
    throws -> Flow
  {
    let flow: Flow
    do {
      flow = try execute(body)
    } catch let error as PyError {
      guard let handler = try matchingHandler(handlers, error.exception) else { throw error }
      if let name = handler.name { try bind(name, .object(error.exception)) }
      handling.append(error.exception)
      defer { handling.removeLast() }
      return try execute(handler.body)
    }
    if case .normal = flow { return try execute(orelse) }
    return flow
  }

  private func executeFinally(_ finally: [Stmt], after flow: Flow) throws -> Flow {
    let finalFlow = try execute(finally)
    if case .normal = finalFlow { return flow }
    return finalFlow
  }

  private func matchingHandler(_ handlers: [ExceptHandler], _ exception: ExceptionObject) throws
    -> ExceptHandler?
  {
    for handler in handlers {
      guard let typeExpr = handler.type else { return handler }
      let typeValue = try evaluate(typeExpr)
      let types = typeValue.as(PyTuple.self)?.items ?? [typeValue]
      for candidate in types {
        guard let type = candidate.as(PyType.self) else {
          throw PyError.typeError(
            "catching classes that do not inherit from BaseException is not allowed")
        }
        if exception.type.isSubtype(of: type) { return handler }
      }
    }
    return nil
  }

  private func executeWith(_ items: [WithItem], _ body: [Stmt]) throws -> Flow {
    guard let item = items.first else { return try execute(body) }
    let manager = try evaluate(item.context)
    let entered = try callMethod(manager, "__enter__", [])
    if let target = item.target { try assign(target, entered) }
    let flow: Flow
    do {
      flow = try executeWith(Array(items.dropFirst()), body)
    } catch let error as PyError {
      let exception = error.exception
      let suppress = try callMethod(
        manager, "__exit__", [.object(exception.type), .object(exception), .none])
      if try truthy(suppress) { return .normal }
      throw error
    }
    _ = try callMethod(manager, "__exit__", [.none, .none, .none])
    return flow
  }

  /// Calls `value.name(*arguments)`.
  public func callMethod(_ value: Value, _ name: String, _ arguments: [Value]) throws -> Value {
    try call(getAttribute(value, name), Arguments(arguments))
  }
}

extension PyError {
  /// `RuntimeError(message)`.
  static func runtimeError(_ message: String) -> PyError { PyError(.runtimeError, message) }
}
