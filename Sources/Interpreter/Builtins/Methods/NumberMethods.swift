/// The methods of `int` and `float`.
enum NumberMethods {
  /// `int.bit_length` and `int.conjugate`.
  static let intMethods: [BuiltinFunction] = [
    intMethod("bit_length", "Number of bits necessary to represent self in binary.") { value in
      .int(Int.bitWidth - value.magnitude.leadingZeroBitCount)
    },
    intMethod("conjugate", "Returns self, the complex conjugate of any int.") { .int($0) },
  ]

  /// `float.is_integer`, `float.as_integer_ratio` and `float.conjugate`.
  static let floatMethods: [BuiltinFunction] = [
    floatMethod("is_integer", "Return True if the float is an integer.") { value in
      .bool(value.isFinite && value.rounded(.towardZero) == value)
    },
    floatMethod(
      "as_integer_ratio",
      "Return a pair of integers, whose ratio is exactly equal to the original float."
    ) { value in
      let (numerator, denominator) = try ratio(value)
      return .tuple([.int(numerator), .int(denominator)])
    },
    floatMethod("conjugate", "Return self, the complex conjugate of any float.") { .float($0) },
  ]

  /// The exact ratio of a float, in lowest terms with a positive denominator.
  static func ratio(_ value: Double) throws -> (Int, Int) {
    guard !value.isNaN else { throw PyError.valueError("cannot convert NaN to integer ratio") }
    guard value.isFinite else {
      throw PyError.overflow("cannot convert Infinity to integer ratio")
    }
    var scaled = value
    var exponent = 0
    while scaled.rounded(.towardZero) != scaled {
      scaled *= 2
      exponent += 1
    }
    guard exponent < Int.bitWidth - 1, let numerator = Int(exactly: scaled) else {
      throw PyError.overflow("integer ratio too large for a 64-bit int")
    }
    var top = numerator
    var power = exponent
    while power > 0 && top % 2 == 0 {
      top /= 2
      power -= 1
    }
    return (top, 1 << power)
  }

  /// An int method taking no arguments.
  private static func intMethod(_ name: String, _ doc: String, _ body: @escaping (Int) throws -> Value)
    -> BuiltinFunction
  {
    BuiltinFunction(name, signature: "(self, /)", doc: doc) { arguments, _ in
      let value: Int
      switch arguments.positional.first {
      case .int(let int)?: value = int
      case .bool(let flag)?: value = flag ? 1 : 0
      default:
        throw PyError.typeError("descriptor '\(name)' for 'int' objects doesn't apply to this object")
      }
      try checkNoArguments(arguments, "int", name)
      return try body(value)
    }
  }

  /// A float method taking no arguments.
  private static func floatMethod(
    _ name: String, _ doc: String, _ body: @escaping (Double) throws -> Value
  ) -> BuiltinFunction {
    BuiltinFunction(name, signature: "(self, /)", doc: doc) { arguments, _ in
      guard case .float(let value)? = arguments.positional.first else {
        throw PyError.typeError(
          "descriptor '\(name)' for 'float' objects doesn't apply to this object")
      }
      try checkNoArguments(arguments, "float", name)
      return try body(value)
    }
  }

  /// Raises Python's TypeError when a no-argument method gets arguments.
  private static func checkNoArguments(_ arguments: Arguments, _ type: String, _ name: String)
    throws
  {
    let given = arguments.positional.count - 1 + arguments.keywords.count
    guard given == 0 else {
      throw PyError.typeError("\(type).\(name)() takes no arguments (\(given) given)")
    }
  }
}
