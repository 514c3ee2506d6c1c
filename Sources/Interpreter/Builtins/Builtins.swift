/// The builtins namespace: functions such as `print` and `len`, the builtin types and the
/// exception classes.
public enum Builtins {
  /// Fills `evaluator.builtins` and gives the builtin types their constructors and methods.
  public static func install(into evaluator: Evaluator) {
    var names: [String: Value] = [:]
    for function in functions + conversionFunctions + iterationFunctions {
      names[function.name] = .object(function)
    }
    for type in PyType.builtinExceptions { names[type.name] = .object(type) }
    for type in [PyType.int, .float, .str, .bool, .list, .tuple, .dict, .set, .range, .object, .type, .slice] {
      names[type.name] = .object(type)
    }
    names["Ellipsis"] = .object(EllipsisObject.shared)
    names["NotImplemented"] = Value.none
    installConstructors()
    TypeMethods.install()
    evaluator.builtins = names
  }

  /// The int value of an integer-like argument, with Python's TypeError otherwise.
  public static func int(_ value: Value, _ what: String = "integer") throws -> Int {
    switch value {
    case .int(let int): return int
    case .bool(let flag): return flag ? 1 : 0
    case .object(let object):
      if let index = Evaluator.indexValue(of: object) { return index }
    default: break
    }
    throw PyError.typeError("'\(value.typeName)' object cannot be interpreted as an \(what)")
  }

  /// The float value of a real-number argument.
  public static func double(_ value: Value) throws -> Double {
    switch value {
    case .int(let int): return Double(int)
    case .float(let double): return double
    case .bool(let flag): return flag ? 1 : 0
    case .object(let object):
      if let number = object.numericValue(), number.object == nil { return try double(number) }
    default: break
    }
    throw PyError.typeError("must be real number, not \(value.typeName)")
  }

  /// The string value of a str argument.
  public static func string(_ value: Value, _ function: String) throws -> String {
    guard case .str(let text) = value else {
      throw PyError.typeError("\(function)() argument must be str, not \(value.typeName)")
    }
    return text
  }
}
