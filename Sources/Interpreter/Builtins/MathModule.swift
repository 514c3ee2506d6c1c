import Foundation

/// The `math` module: constants and float functions with Python's errors.
///
/// Functions of one float raise `ValueError: math domain error` when Python does (a NaN
/// from a non-NaN argument, or a pole) and `OverflowError: math range error` for overflow.
/// The integer and summation functions live in `MathModule+Integers`.
enum MathModule {
  /// What an infinite result from a finite argument means for a function.
  enum Infinity {
    /// A pole: `ValueError: math domain error` (`log(0)`).
    case domain
    /// Overflow: `OverflowError: math range error` (`exp(1000)`).
    case range
  }

  /// Builds the module.
  static func make() -> PyModule {
    let module = PyModule(
      "math", doc: "Mathematical functions defined by the C standard, as in Python's math module.")
    module.members["pi"] = .float(Double.pi)
    module.members["e"] = .float(M_E)
    module.members["tau"] = .float(2 * Double.pi)
    module.members["inf"] = .float(Double.infinity)
    module.members["nan"] = .float(Double.nan)
    defineUnary(module)
    defineRounding(module)
    defineBinary(module)
    defineIntegers(module)
    defineSums(module)
    return module
  }

  /// The float functions of one argument.
  private static func defineUnary(_ module: PyModule) {
    let functions: [(String, String, (Double) -> Double, Infinity)] = [
      ("sqrt", "Return the square root of x.", { $0.squareRoot() }, .domain),
      ("exp", "Return e raised to the power of x.", { Foundation.exp($0) }, .range),
      ("expm1", "Return exp(x)-1, accurate for small x.", { Foundation.expm1($0) }, .range),
      ("log2", "Return the base 2 logarithm of x.", { Foundation.log2($0) }, .domain),
      ("log10", "Return the base 10 logarithm of x.", { Foundation.log10($0) }, .domain),
      ("log1p", "Return the natural logarithm of 1+x (base e), accurate for x near zero.",
        { Foundation.log1p($0) }, .domain),
      ("sin", "Return the sine of x (measured in radians).", { Foundation.sin($0) }, .domain),
      ("cos", "Return the cosine of x (measured in radians).", { Foundation.cos($0) }, .domain),
      ("tan", "Return the tangent of x (measured in radians).", { Foundation.tan($0) }, .domain),
      ("asin", "Return the arc sine (measured in radians) of x.", { Foundation.asin($0) }, .domain),
      ("acos", "Return the arc cosine (measured in radians) of x.", { Foundation.acos($0) }, .domain),
      ("atan", "Return the arc tangent (measured in radians) of x.", { Foundation.atan($0) }, .domain),
      ("sinh", "Return the hyperbolic sine of x.", { Foundation.sinh($0) }, .range),
      ("cosh", "Return the hyperbolic cosine of x.", { Foundation.cosh($0) }, .range),
      ("tanh", "Return the hyperbolic tangent of x.", { Foundation.tanh($0) }, .domain),
      ("fabs", "Return the absolute value of the float x.", { Swift.abs($0) }, .domain),
      ("erf", "Error function at x.", { Foundation.erf($0) }, .domain),
      ("erfc", "Complementary error function at x.", { Foundation.erfc($0) }, .domain),
      ("degrees", "Convert angle x from radians to degrees.", { $0 * 180 / Double.pi }, .range),
      ("radians", "Convert angle x from degrees to radians.", { $0 * Double.pi / 180 }, .range),
    ]
    for (name, doc, function, infinity) in functions {
      module.define(name, signature: "(x, /)", doc: doc) { arguments, _ in
        let x = try real(arguments, name)
        return .float(try checked(function(x), x, infinity))
      }
    }
    module.define("gamma", signature: "(x, /)", doc: "Gamma function at x.") { arguments, _ in
      let x = try real(arguments, "gamma")
      if x <= 0, x.rounded() == x { throw domainError }
      return .float(try checked(Foundation.tgamma(x), x, .range))
    }
    module.define(
      "lgamma", signature: "(x, /)",
      doc: "Natural logarithm of absolute value of Gamma function at x."
    ) { arguments, _ in
      let x = try real(arguments, "lgamma")
      if x <= 0, x.rounded() == x { throw domainError }
      return .float(try checked(Foundation.lgamma(x), x, .range))
    }
    module.define(
      "log", signature: "(x, [base=math.e])",
      doc: "Return the logarithm of x to the given base.\n\n"
        + "If the base not specified, returns the natural logarithm (base e) of x."
    ) { arguments, _ in
      let bound = try arguments.bind("log", ["x", "base="])
      let x = try Builtins.double(bound.values["x"] ?? .none)
      let numerator = try checked(Foundation.log(x), x, .domain)
      guard let baseValue = bound.values["base"] else { return .float(numerator) }
      let base = try Builtins.double(baseValue)
      let denominator = try checked(Foundation.log(base), base, .domain)
      guard denominator != 0 else { throw PyError.zeroDivision("float division by zero") }
      return .float(numerator / denominator)
    }
    for (name, doc, test) in [
      ("isnan", "Return True if x is a NaN (not a number), and False otherwise.", { (x: Double) in x.isNaN }),
      ("isinf", "Return True if x is a positive or negative infinity, and False otherwise.", { $0.isInfinite }),
      ("isfinite", "Return True if x is neither an infinity nor a NaN, and False otherwise.", { $0.isFinite }),
    ] {
      module.define(name, signature: "(x, /)", doc: doc) { arguments, _ in
        .bool(test(try real(arguments, name)))
      }
    }
  }

  /// `floor`, `ceil` and `trunc`, which return ints.
  private static func defineRounding(_ module: PyModule) {
    let functions: [(String, String, FloatingPointRoundingRule)] = [
      ("floor", "Return the floor of x as an Integral: the largest integer <= x.", .down),
      ("ceil", "Return the ceiling of x as an Integral: the smallest integer >= x.", .up),
      ("trunc", "Truncates the Real x to the nearest Integral toward 0.", .towardZero),
    ]
    for (name, doc, rule) in functions {
      module.define(name, signature: "(x, /)", doc: doc) { arguments, _ in
        let value = try arguments.bind(name, ["x"]).values["x"] ?? .none
        switch value {
        case .int: return value
        case .bool(let flag): return .int(flag ? 1 : 0)
        default: return .int(try integer(try Builtins.double(value).rounded(rule)))
        }
      }
    }
  }

  /// The float functions of two or more arguments.
  private static func defineBinary(_ module: PyModule) {
    module.define("pow", signature: "(x, y, /)", doc: "Return x**y (x to the power of y).") {
      arguments, _ in
      let bound = try arguments.bind("pow", ["x", "y"])
      let x = try Builtins.double(bound.values["x"] ?? .none)
      let y = try Builtins.double(bound.values["y"] ?? .none)
      let result = Foundation.pow(x, y)
      if result.isNaN && !x.isNaN && !y.isNaN { throw domainError }
      if result.isInfinite && x.isFinite && y.isFinite {
        throw x == 0 ? domainError : rangeError
      }
      return .float(result)
    }
    module.define(
      "atan2", signature: "(y, x, /)",
      doc: "Return the arc tangent (measured in radians) of y/x.\n\n"
        + "Unlike atan(y/x), the signs of both x and y are considered."
    ) { arguments, _ in
      let bound = try arguments.bind("atan2", ["y", "x"])
      return .float(
        Foundation.atan2(
          try Builtins.double(bound.values["y"] ?? .none),
          try Builtins.double(bound.values["x"] ?? .none)))
    }
    module.define(
      "copysign", signature: "(x, y, /)",
      doc: "Return a float with the magnitude (absolute value) of x but the sign of y."
    ) { arguments, _ in
      let bound = try arguments.bind("copysign", ["x", "y"])
      let x = try Builtins.double(bound.values["x"] ?? .none)
      let y = try Builtins.double(bound.values["y"] ?? .none)
      return .float(Foundation.copysign(x, y))
    }
    module.define(
      "hypot", signature: "(*coordinates)",
      doc: "Multidimensional Euclidean distance from the origin to a point."
    ) { arguments, _ in
      let values = try arguments.bind("hypot", ["*coordinates"]).extraPositional.map(Builtins.double)
      if values.contains(where: \.isInfinite) { return .float(Double.infinity) }
      if values.contains(where: \.isNaN) { return .float(Double.nan) }
      let scale = values.map(Swift.abs).max() ?? 0
      guard scale > 0 else { return .float(0) }
      if values.count == 2 { return .float(Foundation.hypot(values[0], values[1])) }
      let sum = values.reduce(0) { $0 + ($1 / scale) * ($1 / scale) }
      return .float(scale * sum.squareRoot())
    }
    module.define(
      "isclose", signature: "(a, b, *, rel_tol=1e-09, abs_tol=0.0)",
      doc: "Determine whether two floating point numbers are close in value.",
      keywords: ["rel_tol", "abs_tol"]
    ) { arguments, _ in
      let bound = try arguments.bind("isclose", ["a", "b", "*", "rel_tol=", "abs_tol="])
      let a = try Builtins.double(bound.values["a"] ?? .none)
      let b = try Builtins.double(bound.values["b"] ?? .none)
      let relative = try bound.values["rel_tol"].map(Builtins.double) ?? 1e-9
      let absolute = try bound.values["abs_tol"].map(Builtins.double) ?? 0
      guard relative >= 0, absolute >= 0 else {
        throw PyError.valueError("tolerances must be non-negative")
      }
      if a == b { return .bool(true) }
      if a.isInfinite || b.isInfinite { return .bool(false) }
      let difference = Swift.abs(b - a)
      return .bool(
        difference <= Swift.abs(relative * b) || difference <= Swift.abs(relative * a)
          || difference <= absolute)
    }
  }

  /// The single real argument `x` of a one-argument function.
  static func real(_ arguments: Arguments, _ name: String) throws -> Double {
    try Builtins.double(try arguments.bind(name, ["x"]).values["x"] ?? .none)
  }

  /// `result`, or the error Python raises for it given the argument `x`.
  static func checked(_ result: Double, _ x: Double, _ infinity: Infinity) throws -> Double {
    if result.isNaN && !x.isNaN { throw domainError }
    if result.isInfinite && x.isFinite { throw infinity == .domain ? domainError : rangeError }
    return result
  }

  /// A float rounded to an integer value, as an int.
  static func integer(_ value: Double) throws -> Int {
    if value.isNaN { throw PyError.valueError("cannot convert float NaN to integer") }
    if value.isInfinite { throw PyError.overflow("cannot convert float infinity to integer") }
    guard let int = Int(exactly: value) else {
      throw PyError.overflow("int too large to convert to a 64-bit int")
    }
    return int
  }

  /// `ValueError: math domain error`.
  static var domainError: PyError { PyError.valueError("math domain error") }

  /// `OverflowError: math range error`.
  static var rangeError: PyError { PyError.overflow("math range error") }
}
