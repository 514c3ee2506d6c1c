import Glibc

/// Decimal digit generation for printing floats like NumPy's Dragon4.
///
/// Shortest round-trip digits come from Swift's own `description` (which,
/// like Dragon4 in unique mode, yields the shortest digit string closest to
/// the binary value). When more digits than the requested precision would
/// be needed, the exact binary value is rounded with C's `printf`, which is
/// exact and breaks ties to even, as Dragon4 does.
enum FloatDigits {
  /// A decimal `0.d1d2d3… × 10^exponent`; `digits` has no leading or trailing
  /// zeros and is empty for zero.
  struct Decimal {
    var negative: Bool
    var digits: [UInt8]
    var exponent: Int
  }

  /// Parses a plain decimal/scientific string (`-1.25e-05`, `0.001`).
  static func parse(_ text: String) -> Decimal {
    var s = Substring(text)
    var negative = false
    if s.first == "-" {
      negative = true
      s = s.dropFirst()
    }
    var exp10 = 0
    if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      exp10 = Int(s[s.index(after: e)...]) ?? 0
      s = s[..<e]
    }
    let parts = s.split(separator: ".", omittingEmptySubsequences: false)
    let intPart = parts.first.map(String.init) ?? ""
    let fracPart = parts.count > 1 ? String(parts[1]) : ""
    var digits = Array((intPart + fracPart).utf8).map { $0 &- 48 }
    var exponent = intPart.count + exp10
    while let f = digits.first, f == 0 {
      digits.removeFirst()
      exponent -= 1
    }
    while let l = digits.last, l == 0 { digits.removeLast() }
    if digits.isEmpty { exponent = 0 }
    return Decimal(negative: negative, digits: digits, exponent: exponent)
  }

  /// The shortest round-trip digits of `x` (as float32 when `single`).
  static func shortest(_ x: Double, single: Bool) -> Decimal {
    parse(single ? Float(x).description : x.description)
  }

  /// `printf` with one double argument.
  static func printf(_ format: String, _ x: Double) -> String {
    var buffer = [CChar](repeating: 0, count: 400)
    let n = withVaList([x]) { args in
      buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, 400, format, args) }
    }
    guard n > 0 else { return "" }
    return String(decoding: buffer.prefix(Int(n)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Positional digits (int part with sign, fraction part) of `x`, unique
  /// mode with at most `precision` fraction digits, trailing zeros trimmed.
  static func positional(_ x: Double, precision: Int, single: Bool) -> (String, String) {
    var d = shortest(x, single: single)
    if d.digits.count - d.exponent > precision {
      d = parse(printf("%.\(precision)f", x))
      d.negative = x.sign == .minus
    }
    var intPart = d.negative ? "-" : ""
    var frac = ""
    if d.exponent <= 0 {
      intPart += "0"
      if !d.digits.isEmpty {
        frac = String(repeating: "0", count: -d.exponent) + digitString(d.digits[...])
      }
    } else if d.digits.count <= d.exponent {
      intPart += digitString(d.digits[...]) + String(repeating: "0", count: d.exponent - d.digits.count)
    } else {
      intPart += digitString(d.digits[..<d.exponent])
      frac = digitString(d.digits[d.exponent...])
    }
    return (intPart, frac)
  }

  /// Scientific parts (int digit with sign, fraction digits, exponent) of
  /// `x`, unique mode with at most `precision` fraction digits.
  static func scientific(_ x: Double, precision: Int, single: Bool) -> (String, String, Int) {
    var d = shortest(x, single: single)
    if d.digits.count - 1 > precision {
      d = parse(printf("%.\(precision)e", x))
      d.negative = x.sign == .minus
    }
    let sign = d.negative ? "-" : ""
    guard let first = d.digits.first else { return (sign + "0", "", 0) }
    return (sign + String(first), digitString(d.digits.dropFirst()), d.exponent - 1)
  }

  /// Formats an exponent with a sign and at least `width` digits.
  static func exponentString(_ e: Int, width: Int) -> String {
    let body = String(abs(e))
    let padded = String(repeating: "0", count: Swift.max(0, width - body.count)) + body
    return (e < 0 ? "-" : "+") + padded
  }

  static func digitString(_ digits: ArraySlice<UInt8>) -> String {
    String(decoding: digits.map { $0 &+ 48 }, as: UTF8.self)
  }
}
