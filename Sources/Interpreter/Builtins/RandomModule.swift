import Foundation

/// The `random` module, reproducing CPython's streams for integer seeds.
///
/// `seed(n)` seeds MT19937 like CPython; `random`, `uniform`, `randrange`, `randint`,
/// `choice`, `shuffle`, `sample`, `gauss` and `normalvariate` consume the generator in the
/// same order as CPython 3.11, so a seeded lesson prints the numbers Python prints.
enum RandomModule {
  /// Builds the module with a generator seeded from the system's entropy.
  static func make() -> PyModule {
    let generator = MersenneTwister(words: systemSeed())
    let module = PyModule(
      "random", doc: "Random variable generators (Mersenne Twister, compatible with CPython).")
    module.define(
      "seed", signature: "(a=None)",
      doc: "Initialize internal state from a seed.\n\n"
        + "With no argument or None, the seed comes from the operating system."
    ) { arguments, _ in
      let value = try arguments.bind("seed", ["a="]).values["a"] ?? .none
      generator.seed(words: try seedWords(value))
      return .none
    }
    module.define("random", signature: "()", doc: "random() -> x in the interval [0, 1).") {
      arguments, _ in
      _ = try arguments.bind("random", [])
      return .float(generator.nextDouble())
    }
    module.define(
      "uniform", signature: "(a, b)",
      doc: "Get a random number in the range [a, b) or [a, b] depending on rounding."
    ) { arguments, _ in
      let bound = try arguments.bind("uniform", ["a", "b"])
      let a = try Builtins.double(bound.values["a"] ?? .none)
      let b = try Builtins.double(bound.values["b"] ?? .none)
      return .float(a + (b - a) * generator.nextDouble())
    }
    module.define(
      "getrandbits", signature: "(k, /)", doc: "getrandbits(k) -> x.  Generates an int with k random bits."
    ) { arguments, _ in
      let k = try Builtins.int(try arguments.bind("getrandbits", ["k"]).values["k"] ?? .none)
      guard k >= 0 else { throw PyError.valueError("number of bits must be non-negative") }
      guard k < 64 else { throw PyError.overflow("getrandbits() supports at most 63 bits here") }
      return .int(generator.bits(k))
    }
    module.define(
      "randrange", signature: "(start, stop=None, step=1)",
      doc: "Choose a random item from range(start, stop[, step])."
    ) { arguments, _ in
      let bound = try arguments.bind("randrange", ["start", "stop=", "step="])
      return .int(
        try randrange(
          generator, bound.values["start"] ?? .none, bound["stop"], bound.values["step"]))
    }
    module.define(
      "randint", signature: "(a, b)",
      doc: "Return random integer in range [a, b], including both end points."
    ) { arguments, _ in
      let bound = try arguments.bind("randint", ["a", "b"])
      let a = try integer(bound.values["a"] ?? .none, position: 1)
      let b = try integer(bound.values["b"] ?? .none, position: 2)
      return .int(try randrange(generator, start: a, last: b))
    }
    defineGaussians(module, generator)
    RandomModule.defineSequences(module, generator)
    return module
  }

  /// `gauss` and `normalvariate`.
  private static func defineGaussians(_ module: PyModule, _ generator: MersenneTwister) {
    module.define(
      "gauss", signature: "(mu=0.0, sigma=1.0)",
      doc: "Gaussian distribution.\n\nmu is the mean, and sigma is the standard deviation. "
        + "This is slightly faster than the normalvariate() function; not thread-safe."
    ) { arguments, _ in
      let (mu, sigma) = try normalParameters(arguments, "gauss")
      let z: Double
      if let pending = generator.gaussNext {
        z = pending
        generator.gaussNext = nil
      } else {
        let angle = generator.nextDouble() * 2 * Double.pi
        let radius = (-2 * Foundation.log(1 - generator.nextDouble())).squareRoot()
        z = Foundation.cos(angle) * radius
        generator.gaussNext = Foundation.sin(angle) * radius
      }
      return .float(mu + z * sigma)
    }
    module.define(
      "normalvariate", signature: "(mu=0.0, sigma=1.0)",
      doc: "Normal distribution.\n\nmu is the mean, and sigma is the standard deviation."
    ) { arguments, _ in
      let (mu, sigma) = try normalParameters(arguments, "normalvariate")
      let magic = 4 * Foundation.exp(-0.5) / 2.0.squareRoot()
      while true {
        let u1 = generator.nextDouble()
        let u2 = 1 - generator.nextDouble()
        let z = magic * (u1 - 0.5) / u2
        if z * z / 4 <= -Foundation.log(u2) { return .float(mu + z * sigma) }
      }
    }
  }

  /// The `mu` and `sigma` arguments.
  private static func normalParameters(_ arguments: Arguments, _ name: String) throws
    -> (Double, Double)
  {
    let bound = try arguments.bind(name, ["mu=", "sigma="])
    return (
      try bound["mu"].map(Builtins.double) ?? 0, try bound["sigma"].map(Builtins.double) ?? 1
    )
  }

  /// CPython's `randrange`: a uniform choice from `range(start, stop, step)`.
  static func randrange(
    _ generator: MersenneTwister, _ startValue: Value, _ stopValue: Value?, _ stepValue: Value?
  ) throws -> Int {
    let start = try integer(startValue, position: 1)
    guard let stopValue else {
      guard start > 0 else { throw PyError.valueError("empty range for randrange()") }
      return generator.below(start)
    }
    let stop = try integer(stopValue, position: 2)
    let step = try stepValue.map { try integer($0, position: 3) } ?? 1
    if step == 1 {
      guard start < stop else { throw emptyRange(start, stop) }
      return start &+ Int(truncatingIfNeeded: generator.below(UInt64(bitPattern: Int64(stop &- start))))
    }
    guard step != 0 else { throw PyError.valueError("zero step for randrange()") }
    // The count and the pick use wrapping arithmetic: exact, as the result lies in the range.
    let count = PyRange(start: start, stop: stop, step: step).unsignedCount
    guard count > 0 else { throw PyError.valueError("empty range for randrange()") }
    return start &+ step &* Int(truncatingIfNeeded: generator.below(UInt64(count)))
  }

  /// `randint(a, b)`, which CPython runs as `randrange(a, b + 1)`; `b + 1` may not fit in an Int.
  static func randrange(_ generator: MersenneTwister, start: Int, last: Int) throws -> Int {
    guard start <= last else { throw emptyRange(start, last + 1) }
    let span = UInt64(bitPattern: Int64(last &- start))
    let pick = span == UInt64.max ? generator.belowTwoToThe64() : generator.below(span + 1)
    return start &+ Int(truncatingIfNeeded: pick)
  }

  /// CPython's error for `randrange(start, stop)` with `stop <= start`, naming the width.
  private static func emptyRange(_ start: Int, _ stop: Int) -> PyError {
    let width = start == stop ? "0" : "-\(UInt(bitPattern: start &- stop))"
    return PyError.valueError("empty range for randrange() (\(start), \(stop), \(width))")
  }

  /// An int argument of `randrange`; int-valued floats are accepted as in Python 3.11.
  static func integer(_ value: Value, position: Int) throws -> Int {
    if case .float(let double) = value {
      guard let int = Int(exactly: double) else {
        throw PyError.valueError("non-integer arg \(position) for randrange()")
      }
      return int
    }
    return try Builtins.int(value)
  }

  /// The `init_by_array` key CPython uses for a seed value.
  private static func seedWords(_ value: Value) throws -> [UInt32] {
    switch value {
    case .none: return systemSeed()
    case .bool(let flag): return [flag ? 1 : 0]
    case .int(let int):
      let magnitude = int.magnitude
      let low = UInt32(truncatingIfNeeded: magnitude)
      let high = UInt32(truncatingIfNeeded: magnitude >> 32)
      return high == 0 ? [low] : [low, high]
    case .float(let double):
      if let int = Int(exactly: double) { return try seedWords(.int(int)) }
      throw PyError.typeError("random.seed() accepts only integral floats in Neurona")
    default:
      throw PyError.typeError(
        "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
    }
  }

  /// A seed key from the operating system's random source.
  private static func systemSeed() -> [UInt32] {
    var system = SystemRandomNumberGenerator()
    return (0..<4).map { _ in UInt32.random(in: .min ... .max, using: &system) }
  }
}

extension Int {
  /// Python's `//` for ints: the quotient rounded toward negative infinity.
  fileprivate func floorDivided(by divisor: Int) -> Int {
    let quotient = self / divisor
    return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
  }
}
