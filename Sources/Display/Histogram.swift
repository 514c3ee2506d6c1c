import Tensor

/// Histogram counts and bin edges computed like `numpy.histogram`.
public struct Histogram: Equatable, Sendable {
  /// Count (or density) per bin.
  public var counts: [Double]
  /// Bin edges, one more than the counts.
  public var edges: [Double]

  /// Bins `values` into `bins` equal-width bins over `range` (default: min...max of the data).
  /// Values outside the range and non-finite values are ignored; the last bin includes its
  /// right edge. With `density`, counts are divided by (total × bin width).
  public init(values: [Double], bins: Int = 10, range: (Double, Double)? = nil, density: Bool = false) throws {
    guard bins >= 1 else {
      throw DisplayError.invalidArgument(name: "bins", reason: "`bins` must be positive, when an integer")
    }
    let finite = values.filter { $0.isFinite }
    var lo = range?.0 ?? finite.min() ?? 0
    var hi = range?.1 ?? finite.max() ?? 1
    guard lo <= hi, lo.isFinite, hi.isFinite else {
      throw DisplayError.invalidArgument(name: "range", reason: "max must be larger than min in range parameter.")
    }
    if lo == hi {
      lo -= 0.5
      hi += 0.5
    }
    // Edges and counts are arrays of `bins`: refuse sizes NumPy could not allocate either.
    _ = try Tensor.checkedCount([bins], dtype: .float64)
    let step = (hi - lo) / Double(bins)
    guard (hi - lo).isFinite, step > 0 else {
      throw DisplayError.invalidArgument(
        name: "bins", reason: "Too many bins for data range. Cannot create \(bins) finite-sized bins.")
    }
    var edges = (0...bins).map { lo + Double($0) * step }
    edges[bins] = hi
    var counts = [Double](repeating: 0, count: bins)
    let norm = Double(bins) / (hi - lo)
    for v in finite where v >= lo && v <= hi {
      // `norm` overflows to infinity for subnormal ranges; the quotient stays finite.
      let scaled = (v - lo) * norm
      var i = min(bins - 1, Int(scaled.isFinite ? scaled : (v - lo) / step))
      if v < edges[i] {
        i -= 1
      } else if i + 1 < bins, v >= edges[i + 1] {
        i += 1
      }
      counts[max(0, i)] += 1
    }
    self.edges = edges
    self.counts = density ? Histogram.densities(counts, edges) : counts
  }

  /// Bins `values` with explicit, increasing `edges` (numpy's `bins=[...]`).
  public init(values: [Double], edges: [Double], density: Bool = false) throws {
    guard edges.count >= 2, zip(edges, edges.dropFirst()).allSatisfy({ $0 <= $1 }) else {
      throw DisplayError.invalidArgument(name: "bins", reason: "`bins` must increase monotonically, when an array")
    }
    let n = edges.count - 1
    var counts = [Double](repeating: 0, count: n)
    for v in values where v.isFinite && v >= edges[0] && v <= edges[n] {
      var loIndex = 0, hiIndex = n
      while hiIndex - loIndex > 1 {
        let mid = (loIndex + hiIndex) / 2
        if v >= edges[mid] { loIndex = mid } else { hiIndex = mid }
      }
      counts[loIndex] += 1
    }
    self.edges = edges
    self.counts = density ? Histogram.densities(counts, edges) : counts
  }

  private static func densities(_ counts: [Double], _ edges: [Double]) -> [Double] {
    let total = counts.reduce(0, +)
    guard total > 0 else { return counts }
    return counts.indices.map { counts[$0] / total / (edges[$0 + 1] - edges[$0]) }
  }
}
