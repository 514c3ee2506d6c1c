/// The decimal digits of a finite, non-negative `Double`, either exact or rounded.
///
/// The value is `0.d₀d₁d₂… × 10^pointPosition`; `digits` holds the values 0–9 and has no
/// leading zeros except for the value zero, which is `[0]` with `pointPosition` 1.
struct DecimalDigits {
  /// The decimal digits, most significant first.
  var digits: [UInt8]
  /// Where the decimal point sits, counted in digits from the left of `digits`.
  var pointPosition: Int

  /// Whether every digit is zero.
  var isZero: Bool { digits.allSatisfy { $0 == 0 } }

  /// The exact decimal expansion of `magnitude` (its sign is ignored; it must be finite).
  init(exact magnitude: Double) {
    let value = Swift.abs(magnitude)
    if value == 0 {
      digits = [0]
      pointPosition = 1
      return
    }
    // value = significand × 2^exponent with an integral significand.
    let significand = value.significandBitPattern
      | (value.isNormal ? (UInt64(1) << 52) : 0)
    let exponent = (value.isNormal ? Int(value.exponentBitPattern) : 1) - 1075
    var limbs = DecimalDigits.limbs(of: significand)
    var fractionDigits = 0
    if exponent >= 0 {
      var remaining = exponent
      while remaining > 0 {
        let step = Swift.min(remaining, 29)
        DecimalDigits.multiply(&limbs, by: UInt64(1) << UInt64(step))
        remaining -= step
      }
    } else {
      // m / 2^k == m × 5^k / 10^k
      var remaining = -exponent
      fractionDigits = remaining
      while remaining > 0 {
        let step = Swift.min(remaining, 13)
        var factor: UInt64 = 1
        for _ in 0..<step { factor *= 5 }
        DecimalDigits.multiply(&limbs, by: factor)
        remaining -= step
      }
    }
    var text: [UInt8] = []
    text.reserveCapacity(limbs.count * 9)
    for (index, limb) in limbs.reversed().enumerated() {
      var chunk: [UInt8] = []
      var rest = limb
      for _ in 0..<9 {
        chunk.append(UInt8(rest % 10))
        rest /= 10
      }
      chunk.reverse()
      if index == 0 {
        text.append(contentsOf: chunk.drop { $0 == 0 })
      } else {
        text.append(contentsOf: chunk)
      }
    }
    digits = text
    pointPosition = DecimalDigits.integerDigitCount(limbs) - fractionDigits
    trimTrailingZeros()
  }

  /// Digits given directly, for values assembled from other sources.
  init(digits: [UInt8], pointPosition: Int) {
    self.digits = digits
    self.pointPosition = pointPosition
  }

  /// The number of decimal digits in the big integer held by `limbs`.
  private static func integerDigitCount(_ limbs: [UInt64]) -> Int {
    guard let top = limbs.last else { return 0 }
    var count = (limbs.count - 1) * 9
    var rest = top
    while rest > 0 {
      count += 1
      rest /= 10
    }
    return count
  }

  /// Splits an integer into base-10⁹ limbs, least significant first.
  private static func limbs(of value: UInt64) -> [UInt64] {
    var result: [UInt64] = []
    var rest = value
    while rest > 0 {
      result.append(rest % 1_000_000_000)
      rest /= 1_000_000_000
    }
    return result
  }

  /// Multiplies a base-10⁹ big integer by a factor below 2³¹.
  private static func multiply(_ limbs: inout [UInt64], by factor: UInt64) {
    var carry: UInt64 = 0
    for index in limbs.indices {
      let product = limbs[index] * factor + carry
      limbs[index] = product % 1_000_000_000
      carry = product / 1_000_000_000
    }
    while carry > 0 {
      limbs.append(carry % 1_000_000_000)
      carry /= 1_000_000_000
    }
  }

  /// Drops trailing zero digits (keeping at least one digit).
  mutating func trimTrailingZeros() {
    while digits.count > 1, let last = digits.last, last == 0 {
      digits.removeLast()
    }
  }

  /// Rounds to `keep` significant digits (half to even on exact ties), padding with zeros.
  ///
  /// `keep` may be zero or negative, in which case the result is zero or a single unit
  /// at the rounding position. The result always has exactly `max(keep, 0)` digits,
  /// except that a carry out of the top adds one digit position to `pointPosition`.
  func rounded(keeping keep: Int) -> DecimalDigits {
    if isZero {
      return DecimalDigits(digits: Array(repeating: 0, count: Swift.max(keep, 1)), pointPosition: 1)
    }
    if keep >= digits.count {
      return DecimalDigits(
        digits: digits + Array(repeating: 0, count: keep - digits.count),
        pointPosition: pointPosition)
    }
    let unitPosition = pointPosition - keep
    if keep < 0 {
      return DecimalDigits(digits: [], pointPosition: unitPosition)
    }
    var kept = Array(digits[0..<keep])
    let next = digits[keep]
    let restNonZero = digits[(keep + 1)...].contains { $0 != 0 }
    let lastOdd = (kept.last ?? 0) % 2 == 1
    let roundUp = next > 5 || (next == 5 && (restNonZero || lastOdd))
    var point = pointPosition
    if roundUp {
      var index = kept.count - 1
      var carry = true
      while carry && index >= 0 {
        if kept[index] == 9 {
          kept[index] = 0
          index -= 1
        } else {
          kept[index] += 1
          carry = false
        }
      }
      if carry {
        kept.insert(1, at: 0)
        point += 1
        if kept.count > Swift.max(keep, 1) { kept.removeLast() }
        if keep == 0 { return DecimalDigits(digits: [1], pointPosition: point) }
      }
    }
    return DecimalDigits(digits: kept, pointPosition: point)
  }
}
