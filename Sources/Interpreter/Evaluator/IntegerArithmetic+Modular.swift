/// Python's integer-only forms of `pow` and `round`, on 64-bit ints.
extension IntegerArithmetic {
  /// `pow(base, exponent, modulus)`: base^exponent reduced modulo `modulus` by repeated squaring
  /// (never the full power), with the result's sign following the modulus as `%` does. A
  /// negative exponent raises the modular inverse of `base` (Python 3.8), which must exist.
  static func power(_ base: Int, _ exponent: Int, modulus: Int) throws -> Int {
    guard modulus != 0 else { throw PyError.valueError("pow() 3rd argument cannot be 0") }
    let m = modulus.magnitude
    var b = reduce(base, m)
    if exponent < 0 {
      guard let inverse = inverse(b, m) else {
        throw PyError.valueError("base is not invertible for the given modulus")
      }
      b = inverse
    }
    var e = exponent.magnitude
    var result: UInt = m == 1 ? 0 : 1
    while e > 0 {
      if e & 1 == 1 { result = multiply(result, b, m) }
      b = multiply(b, b, m)
      e >>= 1
    }
    // Python's sign convention: a negative modulus gives a result in (modulus, 0].
    if modulus < 0 && result != 0 { return Int(result) - Int(m) }
    return Int(result)
  }

  /// `round(x, digits)` for an int and a negative `digits`: the nearest multiple of 10^-digits,
  /// ties to the even multiple, as an int.
  static func round(_ x: Int, digits: Int) throws -> Int {
    guard digits < 0 else { return x }
    // 10^19 is past Int.max: every int rounds to 0 but those beyond ±5·10^18, whose nearest
    // multiple (±10^19) does not fit.
    guard -digits <= 18 else {
      if x.magnitude > 5_000_000_000_000_000_000 { throw PyError.overflow("integer result too large for a 64-bit int") }
      return 0
    }
    var p = 1
    for _ in 0..<(-digits) { p *= 10 }
    var q = x / p
    var r = x - q * p
    if r < 0 {  // floor division, so that 0 ≤ r < p
      q -= 1
      r += p
    }
    if 2 * r > p || (2 * r == p && q & 1 == 1) { q += 1 }
    let (result, overflow) = q.multipliedReportingOverflow(by: p)
    guard !overflow else { throw PyError.overflow("integer result too large for a 64-bit int") }
    return result
  }

  /// x mod m in [0, m).
  private static func reduce(_ x: Int, _ m: UInt) -> UInt {
    let r = x.magnitude % m
    return x < 0 && r != 0 ? m - r : r
  }

  /// a·b mod m without overflow (a, b < m).
  private static func multiply(_ a: UInt, _ b: UInt, _ m: UInt) -> UInt {
    let product = a.multipliedFullWidth(by: b)
    return m.dividingFullWidth((product.high, product.low)).remainder
  }

  /// The inverse of a modulo m (a < m), by the extended Euclidean algorithm; nil when
  /// gcd(a, m) ≠ 1.
  private static func inverse(_ a: UInt, _ m: UInt) -> UInt? {
    if m == 1 { return 0 }
    // Coefficients of a kept modulo m, so they never overflow.
    var (oldR, r) = (a, m)
    var (oldS, s): (UInt, UInt) = (1, 0)
    while r != 0 {
      let q = oldR / r
      (oldR, r) = (r, oldR - q * r)
      (oldS, s) = (s, subtract(oldS, multiply(q % m, s, m), m))
    }
    return oldR == 1 ? oldS % m : nil
  }

  /// (a − b) mod m for a, b < m.
  private static func subtract(_ a: UInt, _ b: UInt, _ m: UInt) -> UInt {
    a >= b ? a - b : m - (b - a)
  }
}
