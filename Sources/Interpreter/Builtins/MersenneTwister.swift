/// The MT19937 generator, seeded the way CPython's `random` module seeds it.
///
/// `seed(words:)` is the reference `init_by_array`; CPython passes the 32-bit words of
/// the seed's absolute value, least significant first. `nextDouble()` combines two
/// outputs into 53 random bits, as `random.random()` does. A class, because the
/// `random` module's functions share one generator.
final class MersenneTwister {
  /// The second normal deviate `gauss()` produced and has not returned yet.
  var gaussNext: Double?
  private static let size = 624
  private static let shift = 397
  private var state = [UInt32](repeating: 0, count: 624)
  private var index = 625

  /// A generator seeded with `init_by_array(words)`.
  init(words: [UInt32]) { seed(words: words) }

  /// Seeds from an array of 32-bit words (the reference `init_by_array`).
  func seed(words: [UInt32]) {
    gaussNext = nil
    let key = words.isEmpty ? [0] : words
    seed(single: 19_650_218)
    var i = 1
    var j = 0
    for _ in 0..<max(Self.size, key.count) {
      let previous = state[i - 1] ^ (state[i - 1] >> 30)
      state[i] = (state[i] ^ (previous &* 1_664_525)) &+ key[j] &+ UInt32(j)
      i += 1
      j += 1
      if i >= Self.size {
        state[0] = state[Self.size - 1]
        i = 1
      }
      if j >= key.count { j = 0 }
    }
    for _ in 0..<(Self.size - 1) {
      let previous = state[i - 1] ^ (state[i - 1] >> 30)
      state[i] = (state[i] ^ (previous &* 1_566_083_941)) &- UInt32(i)
      i += 1
      if i >= Self.size {
        state[0] = state[Self.size - 1]
        i = 1
      }
    }
    state[0] = 0x8000_0000
    index = Self.size
  }

  /// Seeds from one word (the reference `init_genrand`).
  private func seed(single: UInt32) {
    state[0] = single
    for i in 1..<Self.size {
      state[i] = 1_812_433_253 &* (state[i - 1] ^ (state[i - 1] >> 30)) &+ UInt32(i)
    }
    index = Self.size
  }

  /// The next 32-bit output.
  func next() -> UInt32 {
    if index >= Self.size { twist() }
    var y = state[index]
    index += 1
    y ^= y >> 11
    y ^= (y << 7) & 0x9D2C_5680
    y ^= (y << 15) & 0xEFC6_0000
    y ^= y >> 18
    return y
  }

  /// Regenerates the whole state block.
  private func twist() {
    for i in 0..<Self.size {
      let y = (state[i] & 0x8000_0000) | (state[(i + 1) % Self.size] & 0x7FFF_FFFF)
      var value = state[(i + Self.shift) % Self.size] ^ (y >> 1)
      if y & 1 != 0 { value ^= 0x9908_B0DF }
      state[i] = value
    }
    index = 0
  }

  /// A float in [0, 1) with 53 random bits.
  func nextDouble() -> Double {
    let a = Double(next() >> 5)
    let b = Double(next() >> 6)
    return (a * 67_108_864 + b) * (1.0 / 9_007_199_254_740_992)
  }

  /// A non-negative integer of `bits` random bits (at most 63), filled 32 bits at a time.
  func bits(_ bits: Int) -> Int { Int(truncatingIfNeeded: wideBits(bits)) }

  /// `bits` random bits (at most 64), filled 32 bits at a time from the low end like
  /// CPython's `getrandbits`.
  func wideBits(_ bits: Int) -> UInt64 {
    guard bits > 0 else { return 0 }
    var result: UInt64 = 0
    var remaining = bits
    var offset: UInt64 = 0
    while remaining > 0 {
      var word = UInt64(next())
      if remaining < 32 { word >>= UInt64(32 - remaining) }
      result |= word << offset
      offset += 32
      remaining -= 32
    }
    return result
  }

  /// A uniform integer in `0..<bound` by rejection sampling, as CPython's `_randbelow`.
  func below(_ bound: Int) -> Int {
    guard bound > 0 else { return 0 }
    return Int(truncatingIfNeeded: below(UInt64(bound)))
  }

  /// `below` for any bound up to 2⁶⁴ − 1: the size of a range of 64-bit ints.
  func below(_ bound: UInt64) -> UInt64 {
    guard bound > 0 else { return 0 }
    let width = UInt64.bitWidth - bound.leadingZeroBitCount
    var value = wideBits(width)
    while value >= bound { value = wideBits(width) }
    return value
  }

  /// CPython's `_randbelow(2**64)`: 65 random bits, drawing again while the top one is set.
  func belowTwoToThe64() -> UInt64 {
    while true {
      let low = UInt64(next()) | UInt64(next()) << 32
      if next() >> 31 == 0 { return low }
    }
  }
}
