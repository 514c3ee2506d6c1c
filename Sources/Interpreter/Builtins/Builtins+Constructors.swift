import Foundation

/// Constructors of the builtin types: `int("3")`, `list(range(3))`, `dict(a=1)`, ...
extension Builtins {
  static func installConstructors() {
    PyType.int.constructor = { arguments, evaluator in
      let bound = try arguments.bind("int", ["x=", "base="])
      guard let value = bound.values["x"] else { return .int(0) }
      if let base = bound["base"] {
        return .int(try parseInt(try string(value, "int"), base: try int(base)))
      }
      switch value {
      case .int: return value
      case .bool(let flag): return .int(flag ? 1 : 0)
      case .float(let double): return .int(try truncate(double))
      case .str(let text): return .int(try parseInt(text, base: 10))
      case .object(let object):
        switch object.numericValue() {
        case .int(let int)?: return .int(int)
        case .float(let double)?: return .int(try truncate(double))
        case .bool(let flag)?: return .int(flag ? 1 : 0)
        default:
          throw PyError.typeError(
            "int() argument must be a string, a bytes-like object or a real number, not '\(value.typeName)'")
        }
      default:
        throw PyError.typeError(
          "int() argument must be a string, a bytes-like object or a real number, not '\(value.typeName)'")
      }
    }
    PyType.float.constructor = { arguments, _ in
      let bound = try arguments.bind("float", ["x="])
      guard let value = bound.values["x"] else { return .float(0) }
      if case .str(let text) = value { return .float(try parseFloat(text)) }
      if case .object(let object) = value, object.numericValue() == nil {
        throw PyError.typeError("float() argument must be a string or a real number, not '\(value.typeName)'")
      }
      return .float(try double(value))
    }
    PyType.str.constructor = { arguments, evaluator in
      let bound = try arguments.bind("str", ["object="])
      return .str(bound.values["object"].map(evaluator.strOf) ?? "")
    }
    PyType.bool.constructor = { arguments, evaluator in
      let bound = try arguments.bind("bool", ["x="])
      return .bool(try bound.values["x"].map(evaluator.truthy) ?? false)
    }
    PyType.list.constructor = { arguments, evaluator in
      let bound = try arguments.bind("list", ["iterable="])
      return .list(try bound.values["iterable"].map(evaluator.collect) ?? [])
    }
    PyType.tuple.constructor = { arguments, evaluator in
      let bound = try arguments.bind("tuple", ["iterable="])
      return .tuple(try bound.values["iterable"].map(evaluator.collect) ?? [])
    }
    PyType.set.constructor = { arguments, evaluator in
      let bound = try arguments.bind("set", ["iterable="])
      return .object(try PySet(try bound.values["iterable"].map(evaluator.collect) ?? []))
    }
    PyType.dict.constructor = { arguments, evaluator in
      let bound = try arguments.bind("dict", ["mapping=", "**kwargs"])
      let dict = PyDict()
      if let source = bound.values["mapping"] {
        if let other = source.as(PyDict.self) {
          for (key, value) in other.entries { try dict.set(key, value) }
        } else {
          for pair in try evaluator.collect(source) {
            let items = try evaluator.collect(pair)
            guard items.count == 2 else {
              throw PyError.valueError(
                "dictionary update sequence element has length \(items.count); 2 is required")
            }
            try dict.set(items[0], items[1])
          }
        }
      }
      for (name, value) in bound.extraKeywords { dict.set(name, value) }
      return .object(dict)
    }
    PyType.range.constructor = { arguments, _ in
      let bound = try arguments.bind("range", ["a", "b=", "step="])
      let a = try int(bound.values["a"] ?? .none)
      let step = try bound["step"].map { try int($0) } ?? 1
      guard step != 0 else { throw PyError.valueError("range() arg 3 must not be zero") }
      if let b = bound["b"] { return .object(PyRange(start: a, stop: try int(b), step: step)) }
      return .object(PyRange(start: 0, stop: a, step: 1))
    }
    PyType.type.constructor = { arguments, _ in
      guard arguments.positional.count == 1 else {
        throw PyError.typeError("type() takes 1 argument")
      }
      return .object(arguments.positional[0].type)
    }
    PyType.object.constructor = { _, _ in .object(PyInstance(type: .object)) }
    PyType.slice.constructor = { arguments, _ in
      let values = arguments.positional
      switch values.count {
      case 1: return .object(PySlice(start: .none, stop: values[0], step: .none))
      case 2: return .object(PySlice(start: values[0], stop: values[1], step: .none))
      case 3: return .object(PySlice(start: values[0], stop: values[1], step: values[2]))
      default: throw PyError.typeError("slice expected at least 1 argument, got \(values.count)")
      }
    }
  }

  private static func truncate(_ double: Double) throws -> Int {
    guard double.isFinite else {
      throw double.isNaN
        ? PyError.valueError("cannot convert float NaN to integer")
        : PyError.overflow("cannot convert float infinity to integer")
    }
    guard let value = Int(exactly: double.rounded(.towardZero)) else {
      throw PyError.overflow("int too large to convert")
    }
    return value
  }

  /// Parses an int literal the way `int(text, base)` does.
  static func parseInt(_ text: String, base: Int) throws -> Int {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "_", with: "")
    var digits = Substring(trimmed)
    var negative = false
    if digits.first == "-" || digits.first == "+" {
      negative = digits.first == "-"
      digits = digits.dropFirst()
    }
    var radix = base
    if base == 16 || base == 0, digits.lowercased().hasPrefix("0x") { radix = 16; digits = digits.dropFirst(2) }
    else if base == 2 || base == 0, digits.lowercased().hasPrefix("0b") { radix = 2; digits = digits.dropFirst(2) }
    else if base == 8 || base == 0, digits.lowercased().hasPrefix("0o") { radix = 8; digits = digits.dropFirst(2) }
    else if base == 0 { radix = 10 }
    guard (2...36).contains(radix), !digits.isEmpty, let magnitude = Int(digits, radix: radix) else {
      throw PyError.valueError("invalid literal for int() with base \(base): \(StringRepr.quote(text))")
    }
    return negative ? -magnitude : magnitude
  }

  /// Parses a float the way `float(text)` does (`'1e-3'`, `'inf'`, `' nan '`).
  static func parseFloat(_ text: String) throws -> Double {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "_", with: "")
    switch trimmed.lowercased() {
    case "inf", "+inf", "infinity", "+infinity": return .infinity
    case "-inf", "-infinity": return -.infinity
    case "nan", "+nan", "-nan": return .nan
    default: break
    }
    let allowed = Set("0123456789.eE+-")
    guard !trimmed.isEmpty, trimmed.allSatisfy({ allowed.contains($0) }), let value = Double(trimmed) else {
      throw PyError.valueError("could not convert string to float: \(StringRepr.quote(text))")
    }
    return value
  }
}
