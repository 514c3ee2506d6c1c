import Foundation

/// Numeric and text builtins: `abs`, `round`, `repr`, `format`, `min`, `max`, `sum`, ...
extension Builtins {
  static let conversionFunctions: [BuiltinFunction] = [
    BuiltinFunction("repr", signature: "(obj, /)", doc: "Return the canonical string representation of the object.") { arguments, evaluator in
      .str(evaluator.reprOf(try arguments.bind("repr", ["obj"]).values["obj"] ?? .none))
    },
    BuiltinFunction("ascii", signature: "(obj, /)") { arguments, evaluator in
      .str(evaluator.reprOf(try arguments.bind("ascii", ["obj"]).values["obj"] ?? .none))
    },
    BuiltinFunction("format", signature: "(value, format_spec='', /)") { arguments, evaluator in
      let bound = try arguments.bind("format", ["value", "format_spec="])
      let spec = try bound["format_spec"].map { try string($0, "format") } ?? ""
      return .str(try evaluator.format(bound.values["value"] ?? .none, spec: spec))
    },
    BuiltinFunction("abs", signature: "(x, /)", doc: "Return the absolute value of the argument.") { arguments, evaluator in
      let value = try arguments.bind("abs", ["x"]).values["x"] ?? .none
      switch value {
      case .int(let int):
        guard int != Int.min else { throw PyError.overflow("integer overflow in abs") }
        return .int(Swift.abs(int))
      case .bool(let flag): return .int(flag ? 1 : 0)
      case .float(let double): return .float(Swift.abs(double))
      case .object(let object):
        if let result = try object.callAbs(evaluator) { return result }
      default: break
      }
      throw PyError.typeError("bad operand type for abs(): '\(value.typeName)'")
    },
    BuiltinFunction("round", signature: "(number, ndigits=None)", doc: "Round a number to a given precision in decimal digits (half to even).") { arguments, evaluator in
      let bound = try arguments.bind("round", ["number", "ndigits="])
      let value = bound.values["number"] ?? .none
      if case .object(let object) = value, object.numericValue() == nil {
        return try evaluator.callMethod(value, "round", bound["ndigits"].map { [$0] } ?? [])
      }
      let digits = try bound["ndigits"].map { try int($0) }
      if case .int(let int) = value { return .int(try IntegerArithmetic.round(int, digits: digits ?? 0)) }
      if case .bool(let flag) = value { return .int(try IntegerArithmetic.round(flag ? 1 : 0, digits: digits ?? 0)) }
      let x = try double(value)
      guard let digits else {
        guard x.isFinite else {
          throw x.isNaN
            ? PyError.valueError("cannot convert float NaN to integer")
            : PyError.overflow("cannot convert float infinity to integer")
        }
        let rounded = x.rounded(.toNearestOrEven)
        guard let result = Int(exactly: rounded) else { throw PyError.overflow("int too large") }
        return .int(result)
      }
      return .float(RoundHalfEven.round(x, digits: digits))
    },
    BuiltinFunction("divmod", signature: "(x, y, /)") { arguments, evaluator in
      let bound = try arguments.bind("divmod", ["x", "y"])
      let x = bound.values["x"] ?? .none
      let y = bound.values["y"] ?? .none
      return .tuple([
        try evaluator.binaryOperation(.floorDivide, x, y), try evaluator.binaryOperation(.modulo, x, y),
      ])
    },
    BuiltinFunction("pow", signature: "(base, exp, mod=None)") { arguments, evaluator in
      let bound = try arguments.bind("pow", ["base", "exp", "mod="])
      let base = bound.values["base"] ?? .none
      let exponent = bound.values["exp"] ?? .none
      guard let mod = bound["mod"] else { return try evaluator.binaryOperation(.power, base, exponent) }
      guard let b = base.intValue, let e = exponent.intValue, let m = mod.intValue else {
        throw PyError.typeError("pow() 3rd argument not allowed unless all arguments are integers")
      }
      return .int(try IntegerArithmetic.power(b, e, modulus: m))
    },
    BuiltinFunction("min", signature: "(iterable, *[, default=obj, key=func]) / (arg1, arg2, *args, *[, key=func])", doc: "Return the smallest item.") { arguments, evaluator in
      try extreme("min", arguments, evaluator, .less)
    },
    BuiltinFunction("max", signature: "(iterable, *[, default=obj, key=func]) / (arg1, arg2, *args, *[, key=func])", doc: "Return the largest item.") { arguments, evaluator in
      try extreme("max", arguments, evaluator, .greater)
    },
    BuiltinFunction("sum", signature: "(iterable, /, start=0)", doc: "Return the sum of a 'start' value (default: 0) plus an iterable of numbers.") { arguments, evaluator in
      let bound = try arguments.bind("sum", ["iterable", "start="])
      var total = bound.values["start"] ?? .int(0)
      if case .str = total { throw PyError.typeError("sum() can't sum strings [use ''.join(seq) instead]") }
      let iterator = try evaluator.iterate(bound.values["iterable"] ?? .none)
      while let item = try iterator.next() { total = try evaluator.binaryOperation(.add, total, item) }
      return total
    },
    BuiltinFunction("chr", signature: "(i, /)") { arguments, _ in
      let code = try int(try arguments.bind("chr", ["i"]).values["i"] ?? .none)
      guard let scalar = Unicode.Scalar(UInt32(clamping: max(0, code))), code >= 0 else {
        throw PyError.valueError("chr() arg not in range(0x110000)")
      }
      return .str(String(Character(scalar)))
    },
    BuiltinFunction("ord", signature: "(c, /)") { arguments, _ in
      let text = try string(try arguments.bind("ord", ["c"]).values["c"] ?? .none, "ord")
      guard text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first else {
        throw PyError.typeError("ord() expected a character, but string of length \(text.count) found")
      }
      return .int(Int(scalar.value))
    },
    BuiltinFunction("hex", signature: "(number, /)") { arguments, _ in
      .str(radixString(try int(try arguments.bind("hex", ["number"]).values["number"] ?? .none), 16, "0x"))
    },
    BuiltinFunction("bin", signature: "(number, /)") { arguments, _ in
      .str(radixString(try int(try arguments.bind("bin", ["number"]).values["number"] ?? .none), 2, "0b"))
    },
    BuiltinFunction("oct", signature: "(number, /)") { arguments, _ in
      .str(radixString(try int(try arguments.bind("oct", ["number"]).values["number"] ?? .none), 8, "0o"))
    },
  ]

  static func radixString(_ value: Int, _ radix: Int, _ prefix: String) -> String {
    value < 0 ? "-" + prefix + String(value.magnitude, radix: radix) : prefix + String(value, radix: radix)
  }

  private static func extreme(
    _ name: String, _ arguments: Arguments, _ evaluator: Evaluator, _ op: ComparisonOperator
  ) throws -> Value {
    let bound = try arguments.bind(name, ["*args", "key=", "default="])
    let items: [Value]
    if bound.extraPositional.count == 1 {
      items = try evaluator.collect(bound.extraPositional[0])
    } else if bound.extraPositional.isEmpty {
      throw PyError.typeError("\(name) expected at least 1 argument, got 0")
    } else {
      items = bound.extraPositional
    }
    guard var best = items.first else {
      if let fallback = bound.values["default"] { return fallback }
      throw PyError.valueError("\(name)() iterable argument is empty")
    }
    let key = bound["key"]
    var bestKey = try key.map { try evaluator.call($0, Arguments([best])) } ?? best
    for item in items.dropFirst() {
      let itemKey = try key.map { try evaluator.call($0, Arguments([item])) } ?? item
      if try evaluator.truthy(evaluator.compare(op, itemKey, bestKey)) {
        best = item
        bestKey = itemKey
      }
    }
    return best
  }
}

extension PyObject {
  /// `abs(self)` for host objects: numeric scalars directly, others through `__abs__`.
  func callAbs(_ evaluator: Evaluator) throws -> Value? {
    switch numericValue() {
    case .int(let int)?: return .int(Swift.abs(int))
    case .float(let double)?: return .float(Swift.abs(double))
    case .bool(let flag)?: return .int(flag ? 1 : 0)
    default: break
    }
    guard let method = try? getAttribute("__abs__", evaluator) else { return nil }
    return try evaluator.call(method, Arguments())
  }
}

/// Python's `round(x, n)`: the decimal value nearest to x with n digits, ties to even.
enum RoundHalfEven {
  static func round(_ x: Double, digits: Int) -> Double {
    guard x.isFinite else { return x }
    if digits > 22 { return x }
    if digits < -22 { return 0 * x }
    let text = String(format: "%.\(max(0, digits))f", locale: Locale(identifier: "en_US_POSIX"), x)
    if digits >= 0, let value = Double(text) { return value }
    let scale = Foundation.pow(10.0, Double(-digits))
    return (x / scale).rounded(.toNearestOrEven) * scale
  }
}
