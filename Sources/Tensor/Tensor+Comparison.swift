extension Tensor {
  /// Sorted unique values, flattened (`np.unique`); NaNs sort last and
  /// collapse into one. `counts` gives how often each occurs.
  public func unique() -> (values: Tensor, counts: Tensor) {
    let order = sortedOrder()
    var keep: [Int] = []
    var counts: [Int] = []
    let d = doubles
    let isInt = dtype == .int64
    let iv = isInt ? ints : []
    for i in order {
      if let last = keep.last {
        let same = isInt ? iv[last] == iv[i] : (d[last] == d[i] || (d[last].isNaN && d[i].isNaN))
        if same {
          counts[counts.count - 1] += 1
          continue
        }
      }
      keep.append(i)
      counts.append(1)
    }
    return (Tensor(unchecked: data.gather(keep), shape: [keep.count]), Tensor(counts))
  }

  /// Flat indices that sort the array ascending (stable; NaN last).
  public func sortedOrder() -> [Int] {
    switch data {
    case .int64(let a): return a.indices.sorted { a[$0] < a[$1] || (a[$0] == a[$1] && $0 < $1) }
    default:
      let a = doubles
      return a.indices.sorted { i, j in
        let x = a[i], y = a[j]
        if x.isNaN || y.isNaN { return !x.isNaN && y.isNaN || (x.isNaN && y.isNaN && i < j) }
        return x < y || (x == y && i < j)
      }
    }
  }

  /// A sorted copy along the last axis (flattened for `axis: nil`).
  public func sorted() -> Tensor {
    if ndim <= 1 { return Tensor(unchecked: data.gather(sortedOrder()), shape: shape) }
    let n = shape[ndim - 1]
    var offsets: [Int] = []
    offsets.reserveCapacity(size)
    for r in 0..<(n == 0 ? 0 : size / n) {
      let row = Tensor(unchecked: data.gather(Array((r * n)..<((r + 1) * n))), shape: [n])
      offsets += row.sortedOrder().map { $0 + r * n }
    }
    return Tensor(unchecked: data.gather(offsets), shape: shape)
  }

  /// Element-wise `|a - b| <= atol + rtol * |b|` with infinities equal to
  /// themselves (`np.isclose`).
  public func isclose(_ other: Tensor, rtol: Double = 1e-5, atol: Double = 1e-8, equalNaN: Bool = false) throws
    -> Tensor
  {
    let shape = try Broadcast.shape([self.shape, other.shape])
    let n = try Tensor.checkedCount(shape, dtype: .bool)
    let r = Broadcast.apply(doubles, self.shape, other.doubles, other.shape, out: shape, count: n) { x, y -> Bool in
      if x.isNaN || y.isNaN { return equalNaN && x.isNaN && y.isNaN }
      if x.isInfinite || y.isInfinite { return x == y }
      return Swift.abs(x - y) <= atol + rtol * Swift.abs(y)
    }
    return Tensor(unchecked: .bool(r), shape: shape)
  }

  /// Whether all elements are close (`np.allclose`).
  public func allclose(_ other: Tensor, rtol: Double = 1e-5, atol: Double = 1e-8, equalNaN: Bool = false) throws
    -> Bool
  {
    try isclose(other, rtol: rtol, atol: atol, equalNaN: equalNaN).bools.allSatisfy { $0 }
  }

  /// Same shape and equal elements (`np.array_equal`).
  public func arrayEqual(_ other: Tensor) -> Bool {
    guard shape == other.shape else { return false }
    return (try? binary(.equal, other).bools.allSatisfy { $0 }) ?? false
  }
}
