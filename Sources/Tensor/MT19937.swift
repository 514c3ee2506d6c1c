/// The Mersenne Twister MT19937 generator, seeded like NumPy's legacy
/// `RandomState` (`init_genrand` for integers, `init_by_array` for arrays).
struct MT19937 {
  private var state = [UInt32](repeating: 0, count: 624)
  private var index = 624

  /// Seeds from one 32-bit integer (`init_genrand`).
  init(seed: UInt32) {
    state[0] = seed
    for i in 1..<624 {
      state[i] = 1_812_433_253 &* (state[i - 1] ^ (state[i - 1] >> 30)) &+ UInt32(i)
    }
    index = 624
  }

  /// Seeds from a key array (`init_by_array`).
  init(key: [UInt32]) {
    self.init(seed: 19_650_218)
    var i = 1, j = 0
    let n = 624
    for _ in 0..<Swift.max(n, key.count) {
      state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(j)
      i += 1
      j += 1
      if i >= n {
        state[0] = state[n - 1]
        i = 1
      }
      if j >= key.count { j = 0 }
    }
    for _ in 0..<(n - 1) {
      state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) &* 1_566_083_941)) &- UInt32(i)
      i += 1
      if i >= n {
        state[0] = state[n - 1]
        i = 1
      }
    }
    state[0] = 0x8000_0000
    index = 624
  }

  /// Regenerates all 624 words in place, in order (later words read the new early ones).
  private mutating func twist() {
    state.withUnsafeMutableBufferPointer { Self.twist($0) }
    index = 0
  }

  /// The twist on a raw state buffer of 624 words.
  private static func twist(_ s: UnsafeMutableBufferPointer<UInt32>) {
    // Word k mixes word k+1 and word k+397 (mod 624): three runs without the modulo.
    func mix(_ k: Int, _ next: Int, _ far: Int) {
      let y = (s[k] & 0x8000_0000) | (s[next] & 0x7fff_ffff)
      // The matrix term without a branch: all ones when y is odd (a coin flip per word,
      // which a branch predictor gets wrong half the time).
      s[k] = s[far] ^ (y >> 1) ^ ((0 &- (y & 1)) & 0x9908_b0df)
    }
    for k in 0..<227 { mix(k, k + 1, k + 397) }
    for k in 227..<623 { mix(k, k + 1, k - 227) }
    mix(623, 0, 396)
  }

  /// MT19937's output function applied to one state word.
  @inline(__always)
  private static func temper(_ word: UInt32) -> UInt32 {
    var y = word
    y ^= y >> 11
    y ^= (y << 7) & 0x9d2c_5680
    y ^= (y << 15) & 0xefc6_0000
    y ^= y >> 18
    return y
  }

  /// The next 32 random bits.
  mutating func next32() -> UInt32 {
    if index >= 624 { twist() }
    let y = state[index]
    index += 1
    return Self.temper(y)
  }

  /// Fisher–Yates over `slots` with NumPy's legacy draws: for i from the end down to 1, slot i
  /// swaps with slot j, j uniform in [0, i] by masked rejection on 32-bit outputs — the same
  /// stream as one `interval(i)` per slot. Slots past 2^32 are left as they are (callers draw
  /// those with `interval`).
  ///
  /// Branch-free per draw: a rejected draw swaps slot i with itself and keeps i. Whether a draw
  /// is rejected is a coin flip no predictor learns, and a mispredicted branch per draw cost
  /// more than the draw. The mask depends only on i's bit length, so the slots run in bands of
  /// one bit length with the mask fixed: each draw then waits only on the one before it through
  /// a compare and a subtraction, not through the mask's leading-zero count.
  mutating func shuffle(_ slots: UnsafeMutableBufferPointer<Int>) {
    guard slots.count > 1, slots.count - 1 <= Int(UInt32.max), let base = slots.baseAddress else { return }
    var position = index
    state.withUnsafeMutableBufferPointer { s in
      var i = slots.count - 1
      while i >= 1 {
        let mask = UInt32.max >> UInt32(truncatingIfNeeded: i).leadingZeroBitCount
        let bandEnd = Int(mask >> 1)  // i keeps this mask while it is above half of it
        while i > bandEnd {
          if position >= 624 {
            Self.twist(s)
            position = 0
          }
          let j = Self.temper(s[position]) & mask
          position += 1
          // accepted = 1 when j ≤ i (the sign of i − j), 0 otherwise; written as arithmetic
          // because the compiler turns a ternary back into a branch.
          let accepted = Int(truncatingIfNeeded: ((UInt64(i) &- UInt64(j)) >> 63) ^ 1)
          let target = i &- ((i &- Int(j)) & (0 &- accepted))
          let held = base[i]
          base[i] = base[target]
          base[target] = held
          i -= accepted
        }
      }
    }
    index = position
  }

  /// The next 64 random bits (high word first, like NumPy).
  mutating func next64() -> UInt64 {
    let hi = UInt64(next32())
    return (hi << 32) | UInt64(next32())
  }

  /// A double in [0, 1) with 53 random bits from two draws.
  mutating func nextDouble() -> Double {
    let a = Double(next32() >> 5), b = Double(next32() >> 6)
    return (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
  }
}
