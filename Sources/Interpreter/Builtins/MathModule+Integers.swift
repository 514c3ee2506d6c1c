/// The integer and summation functions of `math`: factorial, comb, perm, gcd, fsum, prod.
extension MathModule {
  /// `factorial`, `comb`, `perm` and `gcd`.
  static func defineIntegers(_ module: PyModule) {
    module.define(
      "factorial", signature: "(n, /)", doc: "Find n!.\n\nRaise a ValueError if n is negative."
    ) { arguments, _ in
      let n = try Builtins.int(try arguments.bind("factorial", ["n"]).values["n"] ?? .none)
      guard n >= 0 else { throw PyError.valueError("factorial() not defined for negative values") }
      return .int(try product(of: 1...max(1, n)))
    }
    module.define(
      "comb", signature: "(n, k, /)",
      doc: "Number of ways to choose k items from n items without repetition and without order."
    ) { arguments, _ in
      let (n, k) = try counts(arguments, "comb")
      guard k <= n else { return .int(0) }
      let small = min(k, n - k)
      var result = 1
      for step in 0..<small {
        let (scaled, overflow) = result.multipliedReportingOverflow(by: n - step)
        guard !overflow else { throw tooLarge("comb") }
        result = scaled / (step + 1)
      }
      return .int(result)
    }
    module.define(
      "perm", signature: "(n, k=None, /)",
      doc: "Number of ways to choose k items from n items without repetition and with order."
    ) { arguments, _ in
      let (n, k) = try counts(arguments, "perm")
      guard k <= n else { return .int(0) }
      guard k > 0 else { return .int(1) }
      return .int(try product(of: (n - k + 1)...n))
    }
    module.define(
      "gcd", signature: "(*integers)", doc: "Greatest Common Divisor of the integers."
    ) { arguments, _ in
      var result = 0
      for value in try arguments.bind("gcd", ["*integers"]).extraPositional {
        var a = result.magnitude
        var b = try Builtins.int(value).magnitude
        while b != 0 { (a, b) = (b, a % b) }
        guard let int = Int(exactly: a) else { throw tooLarge("gcd") }
        result = int
      }
      return .int(result)
    }
  }

  /// `fsum` and `prod`.
  static func defineSums(_ module: PyModule) {
    module.define(
      "fsum", signature: "(seq, /)",
      doc: "Return an accurate floating point sum of values in the iterable seq.\n\n"
        + "Assumes IEEE-754 floating point arithmetic."
    ) { arguments, evaluator in
      let items = try evaluator.collect(try arguments.bind("fsum", ["seq"]).values["seq"] ?? .none)
      return .float(try exactSum(items.map(Builtins.double)))
    }
    module.define(
      "prod", signature: "(iterable, /, *, start=1)",
      doc: "Calculate the product of all the elements in the input iterable.\n\n"
        + "The default start value for the product is 1.", keywords: ["start"]
    ) { arguments, evaluator in
      let bound = try arguments.bind("prod", ["iterable", "*", "start="])
      var total = bound.values["start"] ?? .int(1)
      for item in try evaluator.collect(bound.values["iterable"] ?? .none) {
        total = try evaluator.binaryOperation(.multiply, total, item)
      }
      return total
    }
  }

  /// The sum of `values` rounded once, from exact partial sums (Shewchuk's algorithm).
  static func exactSum(_ values: [Double]) throws -> Double {
    var partials: [Double] = []
    var special = 0.0
    for value in values {
      guard value.isFinite else {
        special += value
        continue
      }
      var x = value
      var kept: [Double] = []
      for partial in partials {
        var (big, small) = (x, partial)
        if Swift.abs(big) < Swift.abs(small) { swap(&big, &small) }
        let high = big + small
        let low = small - (high - big)
        if low != 0 { kept.append(low) }
        x = high
      }
      guard x.isFinite else { throw PyError.overflow("intermediate overflow in fsum") }
      kept.append(x)
      partials = kept
    }
    if special != 0 || special.isNaN {
      if special.isNaN, values.contains(where: \.isInfinite), !values.contains(where: \.isNaN) {
        throw PyError.valueError("-inf + inf in fsum")
      }
      return special
    }
    guard var high = partials.popLast() else { return 0 }
    var low = 0.0
    while let next = partials.popLast() {
      let x = high
      high = x + next
      low = next - (high - x)
      if low != 0 { break }
    }
    // Round half-even correctly when the remaining partials tip the balance.
    if let next = partials.last, (low < 0 && next < 0) || (low > 0 && next > 0) {
      let y = low * 2
      let x = high + y
      if y == x - high { high = x }
    }
    return high
  }

  /// The product of a range of positive ints, raising OverflowError past 64 bits.
  private static func product(of range: ClosedRange<Int>) throws -> Int {
    var result = 1
    for factor in range {
      let (next, overflow) = result.multipliedReportingOverflow(by: factor)
      guard !overflow else { throw tooLarge("result") }
      result = next
    }
    return result
  }

  /// The `n` and `k` arguments of `comb` and `perm`, checked to be non-negative.
  private static func counts(_ arguments: Arguments, _ name: String) throws -> (Int, Int) {
    let bound = try arguments.bind(name, ["n", "k="])
    let n = try Builtins.int(bound.values["n"] ?? .none)
    let k = try bound["k"].map { try Builtins.int($0) } ?? n
    guard n >= 0 else { throw PyError.valueError("n must be a non-negative integer") }
    guard k >= 0 else { throw PyError.valueError("k must be a non-negative integer") }
    return (n, k)
  }

  /// The OverflowError for results beyond the 64-bit ints of the cell language.
  private static func tooLarge(_ what: String) -> PyError {
    PyError.overflow("\(what) too large for a 64-bit int")
  }
}
