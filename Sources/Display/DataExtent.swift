/// The range of data along one axis plus "sticky" values that margins must not cross
/// (bar bottoms, image edges), in the axis's linear space (log10 for log axes).
struct DataExtent: Equatable {
  /// Smallest value seen (+inf when none).
  var low = Double.infinity
  /// Largest value seen (-inf when none).
  var high = -Double.infinity
  /// Values the margins stop at.
  var sticky: [Double] = []

  /// Whether any value was included.
  var isEmpty: Bool { low > high }

  /// Includes one value (already transformed); non-finite values are skipped.
  mutating func include(_ t: Double?) {
    guard let t, t.isFinite else { return }
    low = min(low, t)
    high = max(high, t)
  }

  /// Merges another extent.
  mutating func merge(_ other: DataExtent) {
    if !other.isEmpty {
      low = min(low, other.low)
      high = max(high, other.high)
    }
    sticky += other.sticky
  }

  /// Limits with matplotlib's 5% margins that stop at sticky values and a widened singular range.
  func autoscaled(margin: Double = 0.05) -> (Double, Double) {
    guard !isEmpty else { return (0, 1) }
    var lo = low, hi = high
    if hi - lo < 1e-12 * max(1, abs(lo)) {
      if lo == 0 {
        lo = -0.05
        hi = 0.05
      } else {
        lo -= 0.05 * abs(lo)
        hi += 0.05 * abs(hi)
      }
    }
    let m = (hi - lo) * margin
    var newLo = lo - m, newHi = hi + m
    for s in sticky {
      if newLo < s, s <= lo { newLo = s }
      if newHi > s, s >= hi { newHi = s }
    }
    return (newLo, newHi)
  }
}
