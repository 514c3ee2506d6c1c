import Foundation

/// Arithmetic, comparison and unary operators with Python's semantics.
extension Evaluator {
  /// `lhs op rhs`.
  public func binaryOperation(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value) throws -> Value {
    if let result = try numericBinary(op, lhs, rhs) { return result }
    switch (op, lhs, rhs) {
    case (.add, .str(let a), .str(let b)): return .str(a + b)
    case (.multiply, .str(let text), _):
      if let times = rhs.intValue { return .str(try repeatString(text, times)) }
    case (.multiply, _, .str(let text)):
      if let times = lhs.intValue { return .str(try repeatString(text, times)) }
    case (.modulo, .str(let template), _):
      return .str(try percentFormat(template, rhs))
    default: break
    }
    if case .object(let object) = lhs,
      let result = try object.binaryOperation(op, rhs, reflected: false, self)
    {
      return result
    }
    if case .object(let object) = rhs,
      let result = try object.binaryOperation(op, lhs, reflected: true, self)
    {
      return result
    }
    if let instanceResult = try userOperator(op, lhs, rhs) { return instanceResult }
    if op == .add, case .str = lhs {
      throw PyError.typeError("can only concatenate str (not \"\(rhs.typeName)\") to str")
    }
    if op == .add, case .object(let object) = lhs, object is PyList || object is PyTuple {
      throw PyError.typeError(
        "can only concatenate \(lhs.typeName) (not \"\(rhs.typeName)\") to \(lhs.typeName)")
    }
    throw PyError.typeError(
      "unsupported operand type(s) for \(op.rawValue): '\(lhs.typeName)' and '\(rhs.typeName)'")
  }

  private func repeatString(_ text: String, _ times: Int) throws -> String {
    guard times > 0 else { return "" }
    let (total, overflow) = text.utf8.count.multipliedReportingOverflow(by: times)
    guard !overflow, total <= 1 << 30 else { throw PyError(.memoryError, "string too large") }
    return String(repeating: text, count: times)
  }

  private func percentFormat(_ template: String, _ argument: Value) throws -> String {
    do {
      if let dict = argument.as(PyDict.self) {
        var mapping: [String: FormatArgument] = [:]
        for (key, value) in dict.entries {
          if case .str(let name) = key { mapping[name] = formatArgument(value) }
        }
        return try PyFormat.percent(template, [formatArgument(argument)], mapping: mapping)
      }
      let items = argument.as(PyTuple.self)?.items ?? [argument]
      return try PyFormat.percent(template, items.map(formatArgument), mapping: nil)
    } catch let error as FormatError {
      throw PyError(
        PyType.builtinExceptions.first { $0.name == error.pythonType } ?? .valueError,
        error.message)
    }
  }

  private func userOperator(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value) throws -> Value? {
    let names: [BinaryOperator: String] = [
      .add: "add", .subtract: "sub", .multiply: "mul", .divide: "truediv",
      .floorDivide: "floordiv", .modulo: "mod", .power: "pow", .matmul: "matmul",
    ]
    guard let name = names[op] else { return nil }
    if let instance = lhs.as(PyInstance.self), let method = try instance.type.boundAttribute("__\(name)__", of: lhs, self) {
      return try call(method, Arguments([rhs]))
    }
    if let instance = rhs.as(PyInstance.self), let method = try instance.type.boundAttribute("__r\(name)__", of: rhs, self) {
      return try call(method, Arguments([lhs]))
    }
    return nil
  }

  /// The int or float a value stands for in arithmetic, if any.
  func number(_ value: Value) -> Value? {
    switch value {
    case .int, .float: return value
    case .bool(let flag): return .int(flag ? 1 : 0)
    default: return nil
    }
  }

  private func numericBinary(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value) throws -> Value? {
    guard let a = number(lhs), let b = number(rhs) else { return nil }
    if case .bool(let x) = lhs, case .bool(let y) = rhs {
      switch op {
      case .bitAnd: return .bool(x && y)
      case .bitOr: return .bool(x || y)
      case .bitXor: return .bool(x != y)
      default: break
      }
    }
    if case .int(let x) = a, case .int(let y) = b { return try IntegerArithmetic.apply(op, x, y) }
    let x: Double
    let y: Double
    switch (a, b) {
    case (.int(let i), .float(let d)): (x, y) = (Double(i), d)
    case (.float(let d), .int(let i)): (x, y) = (d, Double(i))
    case (.float(let d), .float(let e)): (x, y) = (d, e)
    default: return nil
    }
    return try FloatArithmetic.apply(op, x, y)
  }

  /// `-x`, `+x`, `~x`, `not x`.
  public func unaryOperation(_ op: UnaryOperator, _ value: Value) throws -> Value {
    if op == .not { return .bool(!(try truthy(value))) }
    switch (op, value) {
    case (.negate, .int(let x)):
      let (result, overflow) = (0).subtractingReportingOverflow(x)
      if overflow { throw PyError.overflow("integer overflow in negation") }
      return .int(result)
    case (.negate, .bool(let flag)): return .int(flag ? -1 : 0)
    case (.negate, .float(let x)): return .float(-x)
    case (.plus, .int), (.plus, .float): return value
    case (.plus, .bool(let flag)): return .int(flag ? 1 : 0)
    case (.invert, .int(let x)): return .int(~x)
    case (.invert, .bool(let flag)): return .int(~(flag ? 1 : 0))
    case (_, .object(let object)):
      if let result = try object.unaryOperation(op, self) { return result }
      if let instance = object as? PyInstance {
        let name = op == .negate ? "__neg__" : op == .plus ? "__pos__" : "__invert__"
        if let method = try instance.type.boundAttribute(name, of: value, self) {
          return try call(method, Arguments())
        }
      }
    default: break
    }
    throw PyError.typeError("bad operand type for unary \(op.rawValue): '\(value.typeName)'")
  }
}
