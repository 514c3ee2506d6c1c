/// Floating-point sums in NumPy's order, so reductions match NumPy bit for bit.
enum NumPySum {
  /// NumPy's pairwise sum of a contiguous 1-D array (8-way unrolled blocks of up to 128).
  static func pairwise(_ a: [Double]) -> Double {
    a.withUnsafeBufferPointer { pairwise($0, 0, $0.count) }
  }

  private static func pairwise(_ a: UnsafeBufferPointer<Double>, _ start: Int, _ n: Int) -> Double {
    if n < 8 {
      var res = -0.0
      for i in 0..<n { res += a[start + i] }
      return res
    }
    if n <= 128 {
      var r = [Double](repeating: 0, count: 8)
      for k in 0..<8 { r[k] = a[start + k] }
      var i = 8
      while i < n - (n % 8) {
        for k in 0..<8 { r[k] += a[start + i + k] }
        i += 8
      }
      var res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
      while i < n {
        res += a[start + i]
        i += 1
      }
      return res
    }
    var n2 = n / 2
    n2 -= n2 % 8
    return pairwise(a, start, n2) + pairwise(a, start + n2, n - n2)
  }

  /// The mean of a 1-D array (`np.mean`).
  static func mean(_ a: [Double]) -> Double {
    pairwise(a) / Double(a.count)
  }

  /// Column sums of a row-major (rows, cols) matrix, accumulated row after row like NumPy's axis-0 sum.
  static func columnSums(_ x: [Double], rows: Int, cols: Int) -> [Double] {
    var s = [Double](repeating: 0, count: cols)
    for r in 0..<rows {
      for c in 0..<cols { s[c] += x[r * cols + c] }
    }
    return s
  }
}
