/// Expression evaluation.
extension Evaluator {
  /// Evaluates an expression.
  public func evaluate(_ expr: Expr) throws -> Value {
    switch expr.kind {
    case .name(let name): return try lookup(name)
    case .int(let value): return .int(value)
    case .float(let value): return .float(value)
    case .string(let value): return .str(value)
    case .fstring(let parts): return .str(try formatFString(parts))
    case .bool(let value): return .bool(value)
    case .none: return .none
    case .ellipsis: return .object(EllipsisObject.shared)
    case .unary(let op, let operand):
      return try unaryOperation(op, evaluate(operand))
    case .binary(let op, let lhs, let rhs):
      return try binaryOperation(op, evaluate(lhs), evaluate(rhs))
    case .boolean(let op, let operands):
      var result: Value = .none
      for operand in operands {
        result = try evaluate(operand)
        let truth = try truthy(result)
        if op == .and ? !truth : truth { return result }
      }
      return result
    case .compare(let first, let ops, let rest):
      var lhs = try evaluate(first)
      var result: Value = .bool(true)
      for (index, (op, operandExpr)) in zip(ops, rest).enumerated() {
        let rhs = try evaluate(operandExpr)
        result = try compare(op, lhs, rhs)
        // Only the links of a chain (`a < b < c`) are tested for truth; the last result is
        // returned as is, so array comparisons give arrays.
        if index == ops.count - 1 { return result }
        if !(try truthy(result)) { return result }
        lhs = rhs
      }
      return result
    case .conditional(let test, let body, let orelse):
      return try evaluate(truthy(evaluate(test)) ? body : orelse)
    case .lambda(let parameters, let body):
      return .object(
        PyFunction(
          name: "<lambda>", parameters: parameters, defaults: try evaluateDefaults(parameters),
          body: .expression(body), closure: closureScope, cell: currentCell))
    case .call(let calleeExpr, let argumentExprs):
      let callee = try evaluate(calleeExpr)
      let arguments = try evaluateArguments(argumentExprs)
      return try call(callee, arguments)
    case .attribute(let objectExpr, let name):
      return try getAttribute(evaluate(objectExpr), name)
    case .subscript(let objectExpr, let indexExpr):
      return try getItem(evaluate(objectExpr), evaluate(indexExpr))
    case .slice(let lower, let upper, let step):
      return .object(
        PySlice(
          start: try lower.map(evaluate) ?? .none, stop: try upper.map(evaluate) ?? .none,
          step: try step.map(evaluate) ?? .none))
    case .tuple(let items): return .tuple(try evaluateItems(items))
    case .list(let items): return .list(try evaluateItems(items))
    case .set(let items): return .object(try PySet(evaluateItems(items)))
    case .dict(let items):
      let dict = PyDict()
      for item in items {
        switch item {
        case .pair(let key, let value): try dict.set(evaluate(key), evaluate(value))
        case .unpack(let mapping):
          for (key, value) in try mappingEntries(evaluate(mapping)) { try dict.set(key, value) }
        }
      }
      return .object(dict)
    case .starred:
      throw PyError(.syntaxError, "can't use starred expression here")
    case .listComprehension(let element, let clauses):
      var items: [Value] = []
      try comprehend(clauses) {
        items.append(try self.evaluate(element))
        if items.count > Sequences.maxItems { throw Sequences.tooManyItems(items.count) }
      }
      return .list(items)
    case .setComprehension(let element, let clauses):
      let set = try PySet()
      try comprehend(clauses) { try set.insert(self.evaluate(element)) }
      return .object(set)
    case .dictComprehension(let key, let value, let clauses):
      let dict = PyDict()
      try comprehend(clauses) { try dict.set(self.evaluate(key), self.evaluate(value)) }
      return .object(dict)
    case .generator(let element, let clauses):
      var items: [Value] = []
      try comprehend(clauses) { items.append(try self.evaluate(element)) }
      return .object(IteratorObject(ArrayIterator(items), name: "generator"))
    case .namedExpr(let name, let valueExpr):
      let value = try evaluate(valueExpr)
      try bind(name, value)
      return value
    }
  }

  /// Evaluates display items, expanding `*iterable`.
  func evaluateItems(_ exprs: [Expr]) throws -> [Value] {
    var values: [Value] = []
    values.reserveCapacity(exprs.count)
    for expr in exprs {
      if case .starred(let inner) = expr.kind {
        values.append(contentsOf: try collect(evaluate(inner)))
      } else {
        values.append(try evaluate(expr))
      }
    }
    return values
  }

  /// Evaluates call arguments, expanding `*` and `**`.
  func evaluateArguments(_ arguments: [Argument]) throws -> Arguments {
    var result = Arguments()
    for argument in arguments {
      switch argument.kind {
      case .positional: result.positional.append(try evaluate(argument.value))
      case .keyword(let name): result.keywords.append((name, try evaluate(argument.value)))
      case .unpackIterable: result.positional.append(contentsOf: try collect(evaluate(argument.value)))
      case .unpackMapping:
        for (key, value) in try mappingEntries(evaluate(argument.value)) {
          guard case .str(let name) = key else {
            throw PyError.typeError("keywords must be strings")
          }
          result.keywords.append((name, value))
        }
      }
    }
    return result
  }

  /// The key/value pairs of a dict for `**` unpacking.
  func mappingEntries(_ value: Value) throws -> [(key: Value, value: Value)] {
    guard let dict = value.as(PyDict.self) else {
      throw PyError.typeError("argument after ** must be a mapping, not \(value.typeName)")
    }
    return dict.entries
  }

  /// Runs the nested loops of a comprehension in its own scope, calling `body` per item.
  func comprehend(_ clauses: [Comprehension], _ body: () throws -> Void) throws {
    let comprehensionScope = Scope(parent: scope, function: nil)
    comprehensionScope.isComprehension = true
    let saved = scope
    scope = comprehensionScope
    defer { scope = saved }
    try comprehendClause(clauses[...], body)
  }

  private func comprehendClause(_ clauses: ArraySlice<Comprehension>, _ body: () throws -> Void)
    throws
  {
    guard let clause = clauses.first else { return try body() }
    let iterator = try iterate(evaluate(clause.iterable))
    outer: while let item = try iterator.next() {
      try checkInterrupt()
      try assign(clause.target, item)
      for condition in clause.conditions where !(try truthy(evaluate(condition))) {
        continue outer
      }
      try comprehendClause(clauses.dropFirst(), body)
    }
  }

  /// Builds the text of an f-string.
  func formatFString(_ parts: [FStringPart]) throws -> String {
    var text = ""
    for part in parts {
      switch part {
      case .literal(let literal): text += literal
      case .field(let expr, let conversion, let specParts, let debugText):
        let value = try evaluate(expr)
        let spec = try formatFString(specParts)
        if let debugText { text += debugText }
        switch conversion {
        case "r": text += try PyFormat.format(.string(reprOf(value)), spec: spec)
        case "s": text += try PyFormat.format(.string(strOf(value)), spec: spec)
        case "a": text += try PyFormat.format(.string(PyFormat.asciiEscape(reprOf(value))), spec: spec)
        default:
          if debugText != nil, spec.isEmpty {
            text += reprOf(value)
          } else {
            text += try format(value, spec: spec)
          }
        }
      }
    }
    return text
  }

  /// `format(value, spec)`.
  public func format(_ value: Value, spec: String) throws -> String {
    do {
      return try PyFormat.format(formatArgument(value), spec: spec)
    } catch let error as FormatError {
      throw PyError(PyType.builtinExceptions.first { $0.name == error.pythonType } ?? .valueError,
        error.message)
    }
  }

  /// The formatting view of a value.
  func formatArgument(_ value: Value) -> FormatArgument {
    switch value {
    case .int(let int): return .int(int)
    case .float(let double): return .float(double)
    case .bool(let flag): return .bool(flag)
    case .str(let text): return .string(text)
    case .none: return .other(str: "None", repr: "None", typeName: "NoneType")
    case .object(let object):
      if let number = object.numericValue(), !(number.object != nil) {
        return formatArgument(number)
      }
      return .other(str: object.str(), repr: object.repr(), typeName: object.pyType.name)
    }
  }
}

/// The `...` singleton.
public final class EllipsisObject: PyObject {
  /// The only instance.
  public static let shared = EllipsisObject()
  private static let type = PyType(name: "ellipsis", bases: [.object])
  /// `ellipsis`.
  public var pyType: PyType { Self.type }
  /// `Ellipsis`.
  public func repr() -> String { "Ellipsis" }
}

/// An iterator value (`iter(x)`, `map`, `zip`, generator expressions).
public final class IteratorObject: PyObject {
  /// The underlying iterator.
  public let iterator: PyIterator
  private let name: String

  /// Wraps an iterator under a type name shown by `repr`.
  public init(_ iterator: PyIterator, name: String) {
    self.iterator = iterator
    self.name = name
  }

  /// `iterator`.
  public var pyType: PyType { .iterator }

  /// `<map object>`.
  public func repr() -> String { "<\(name) object>" }

  /// Iterates itself.
  public func makeIterator(_ evaluator: Evaluator) throws -> PyIterator? { iterator }
}
