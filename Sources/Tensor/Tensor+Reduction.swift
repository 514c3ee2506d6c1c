import Glibc

extension Tensor {
  /// The lanes a reduction over `axis` walks: `outer × inner` lanes of `len`
  /// elements with stride `inner`, and the result shape (with `keepdims`).
  func lanes(_ axis: Int?, keepdims: Bool) throws -> (outer: Int, len: Int, inner: Int, shape: [Int]) {
    guard let axis else {
      return (1, size, 1, keepdims ? [Int](repeating: 1, count: ndim) : [])
    }
    let a = try Tensor.normalizeAxis(axis, ndim)
    let outer = shape[..<a].reduce(1, *), inner = shape[(a + 1)...].reduce(1, *)
    var s = shape
    if keepdims { s[a] = 1 } else { s.remove(at: a) }
    // Reducing an empty axis leaves every other one: the result may be too big to allocate.
    _ = try Tensor.checkedCount(s, dtype: .float64)
    return (outer, shape[a], inner, s)
  }

  /// Applies `f(buffer, start, stride, count)` to every lane.
  @inline(__always)
  func reduceLanes<T, R>(
    _ a: [T], _ l: (outer: Int, len: Int, inner: Int, shape: [Int]),
    _ f: (UnsafeBufferPointer<T>, Int, Int, Int) -> R
  ) -> [R] {
    var out: [R] = []
    out.reserveCapacity(l.outer * l.inner)
    a.withUnsafeBufferPointer { p in
      for o in 0..<l.outer {
        for i in 0..<l.inner { out.append(f(p, o * l.len * l.inner + i, l.inner, l.len)) }
      }
    }
    return out
  }

  /// Sum of elements (`np.sum`): pairwise summation for floats along
  /// contiguous lanes like NumPy; ints and bools sum to int64.
  public func sum(axis: Int? = nil, keepdims: Bool = false) throws -> Tensor {
    let l = try lanes(axis, keepdims: keepdims)
    switch data {
    case .float64(let a): return Tensor(unchecked: .float64(reduceLanes(a, l, Tensor.laneSum)), shape: l.shape)
    case .float32(let a): return Tensor(unchecked: .float32(reduceLanes(a, l, Tensor.laneSum)), shape: l.shape)
    case .int64, .bool:
      let a = ints
      return Tensor(unchecked: .int64(reduceLanes(a, l) { p, s, st, n in
        var r = 0
        for k in 0..<n { r = r &+ p[s + k * st] }
        return r
      }), shape: l.shape)
    }
  }

  static func laneSum<T: BinaryFloatingPoint>(_ p: UnsafeBufferPointer<T>, _ s: Int, _ st: Int, _ n: Int) -> T {
    if st == 1 { return pairwiseSum(p, s, n) }
    var r: T = -0.0
    for k in 0..<n { r += p[s + k * st] }
    return r
  }

  /// NumPy's pairwise summation (8 accumulators, blocks of 128).
  static func pairwiseSum<T: BinaryFloatingPoint>(_ p: UnsafeBufferPointer<T>, _ s: Int, _ n: Int) -> T {
    if n < 8 {
      var r: T = -0.0
      for k in 0..<n { r += p[s + k] }
      return r
    }
    if n <= 128 {
      var r0 = p[s], r1 = p[s + 1], r2 = p[s + 2], r3 = p[s + 3]
      var r4 = p[s + 4], r5 = p[s + 5], r6 = p[s + 6], r7 = p[s + 7]
      var i = 8
      let end = n - n % 8
      while i < end {
        r0 += p[s + i]; r1 += p[s + i + 1]; r2 += p[s + i + 2]; r3 += p[s + i + 3]
        r4 += p[s + i + 4]; r5 += p[s + i + 5]; r6 += p[s + i + 6]; r7 += p[s + i + 7]
        i += 8
      }
      var res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
      while i < n {
        res += p[s + i]
        i += 1
      }
      return res
    }
    var n2 = n / 2
    n2 -= n2 % 8
    return pairwiseSum(p, s, n2) + pairwiseSum(p, s + n2, n - n2)
  }

  /// Arithmetic mean (`np.mean`); ints give float64, float32 stays float32.
  public func mean(axis: Int? = nil, keepdims: Bool = false) throws -> Tensor {
    let l = try lanes(axis, keepdims: keepdims)
    let base = dtype.isFloatingPoint ? self : astype(.float64)
    let s = try base.sum(axis: axis, keepdims: keepdims)
    return try s.binary(.divide, scalar: .float(Double(l.len)))
  }

  /// Variance with `ddof` (`np.var`), computed as NumPy does: mean, squared
  /// deviations, pairwise sum, divide by `n - ddof`.
  public func variance(axis: Int? = nil, ddof: Int = 0, keepdims: Bool = false) throws -> Tensor {
    let l = try lanes(axis, keepdims: keepdims)
    let base = dtype.isFloatingPoint ? self : astype(.float64)
    let m = try base.mean(axis: axis, keepdims: true)
    let x = try base.binary(.subtract, m)
    let sq = try x.binary(.multiply, x)
    let s = try sq.sum(axis: axis, keepdims: keepdims)
    return try s.binary(.divide, scalar: .float(Double(Swift.max(l.len - ddof, 0))))
  }

  /// Standard deviation with `ddof` (`np.std`).
  public func std(axis: Int? = nil, ddof: Int = 0, keepdims: Bool = false) throws -> Tensor {
    try variance(axis: axis, ddof: ddof, keepdims: keepdims).unary(.sqrt)
  }

  /// Product of elements (`np.prod`); ints and bools give int64.
  public func prod(axis: Int? = nil, keepdims: Bool = false) throws -> Tensor {
    let l = try lanes(axis, keepdims: keepdims)
    switch data {
    case .float64(let a):
      return Tensor(unchecked: .float64(reduceLanes(a, l) { p, s, st, n in
        var r = 1.0
        for k in 0..<n { r *= p[s + k * st] }
        return r
      }), shape: l.shape)
    case .float32(let a):
      return Tensor(unchecked: .float32(reduceLanes(a, l) { p, s, st, n in
        var r: Float = 1
        for k in 0..<n { r *= p[s + k * st] }
        return r
      }), shape: l.shape)
    case .int64, .bool:
      return Tensor(unchecked: .int64(reduceLanes(ints, l) { p, s, st, n in
        var r = 1
        for k in 0..<n { r = r &* p[s + k * st] }
        return r
      }), shape: l.shape)
    }
  }

  /// Maximum (`np.max`); NaN propagates; empty lanes throw.
  public func max(axis: Int? = nil, keepdims: Bool = false) throws -> Tensor {
    try extremum(axis: axis, keepdims: keepdims, name: "maximum", .maximum)
  }

  /// Minimum (`np.min`); NaN propagates; empty lanes throw.
  public func min(axis: Int? = nil, keepdims: Bool = false) throws -> Tensor {
    try extremum(axis: axis, keepdims: keepdims, name: "minimum", .minimum)
  }

  private func extremum(axis: Int?, keepdims: Bool, name: String, _ op: BinaryOp) throws -> Tensor {
    let l = try lanes(axis, keepdims: keepdims)
    if l.len == 0 && l.outer * l.inner > 0 || size == 0 { throw TensorError.emptyReduction(operation: name) }
    let isMax = op == .maximum
    switch data {
    case .float64(let a): return Tensor(unchecked: .float64(reduceLanes(a, l) { Tensor.laneExtremum($0, $1, $2, $3, isMax) }), shape: l.shape)
    case .float32(let a): return Tensor(unchecked: .float32(reduceLanes(a, l) { Tensor.laneExtremum($0, $1, $2, $3, isMax) }), shape: l.shape)
    case .int64(let a): return Tensor(unchecked: .int64(reduceLanes(a, l) { Tensor.laneExtremum($0, $1, $2, $3, isMax) }), shape: l.shape)
    case .bool(let a):
      return Tensor(unchecked: .bool(reduceLanes(a, l) { p, s, st, n in
        var r = p[s]
        for k in 1..<Swift.max(n, 1) { r = isMax ? (r || p[s + k * st]) : (r && p[s + k * st]) }
        return r
      }), shape: l.shape)
    }
  }

  private static func laneExtremum<T: Comparable>(
    _ p: UnsafeBufferPointer<T>, _ s: Int, _ st: Int, _ n: Int, _ isMax: Bool
  ) -> T {
    var r = p[s]
    if r != r { return r }
    for k in 1..<Swift.max(n, 1) {
      let v = p[s + k * st]
      if v != v { return v }
      if isMax ? v > r : v < r { r = v }
    }
    return r
  }

  /// Index of the maximum (`np.argmax`), first occurrence; NaN wins.
  public func argmax(axis: Int? = nil, keepdims: Bool = false) throws -> Tensor {
    try argExtremum(axis: axis, keepdims: keepdims, isMax: true)
  }

  /// Index of the minimum (`np.argmin`), first occurrence; NaN wins.
  public func argmin(axis: Int? = nil, keepdims: Bool = false) throws -> Tensor {
    try argExtremum(axis: axis, keepdims: keepdims, isMax: false)
  }

  private func argExtremum(axis: Int?, keepdims: Bool, isMax: Bool) throws -> Tensor {
    let l = try lanes(axis, keepdims: keepdims)
    if l.len == 0 { throw TensorError.emptyArg(operation: isMax ? "argmax" : "argmin") }
    let f: (UnsafeBufferPointer<Double>, Int, Int, Int) -> Int = { p, s, st, n in
      var best = 0
      var r = p[s]
      if r.isNaN { return 0 }
      for k in 1..<n {
        let v = p[s + k * st]
        if v.isNaN { return k }
        if isMax ? v > r : v < r {
          r = v
          best = k
        }
      }
      return best
    }
    let values = dtype == .int64 ? ints.map(Double.init) : doubles
    if dtype == .int64 {
      let a = ints
      return Tensor(unchecked: .int64(reduceLanes(a, l) { p, s, st, n in
        var best = 0, r = p[s]
        for k in 1..<n where isMax ? p[s + k * st] > r : p[s + k * st] < r {
          r = p[s + k * st]
          best = k
        }
        return best
      }), shape: l.shape)
    }
    return Tensor(unchecked: .int64(reduceLanes(values, l, f)), shape: l.shape)
  }

  /// Whether any element is true (`np.any`).
  public func any(axis: Int? = nil, keepdims: Bool = false) throws -> Tensor {
    let l = try lanes(axis, keepdims: keepdims)
    return Tensor(unchecked: .bool(reduceLanes(bools, l) { p, s, st, n in
      for k in 0..<n where p[s + k * st] { return true }
      return false
    }), shape: l.shape)
  }

  /// Whether all elements are true (`np.all`).
  public func all(axis: Int? = nil, keepdims: Bool = false) throws -> Tensor {
    let l = try lanes(axis, keepdims: keepdims)
    return Tensor(unchecked: .bool(reduceLanes(bools, l) { p, s, st, n in
      for k in 0..<n where !p[s + k * st] { return false }
      return true
    }), shape: l.shape)
  }

  /// Cumulative sum (`np.cumsum`); `axis: nil` flattens first.
  public func cumsum(axis: Int? = nil) throws -> Tensor {
    let src = axis == nil ? flattened() : self
    let l = try src.lanes(axis == nil ? 0 : axis, keepdims: true)
    func scan<T>(_ a: [T], _ zero: T, _ add: (T, T) -> T) -> [T] {
      var out = a
      for o in 0..<l.outer {
        for i in 0..<l.inner {
          var acc = zero
          for k in 0..<l.len {
            let idx = o * l.len * l.inner + k * l.inner + i
            acc = add(acc, a[idx])
            out[idx] = acc
          }
        }
      }
      return out
    }
    switch src.data {
    case .float64(let a): return Tensor(unchecked: .float64(scan(a, 0, +)), shape: src.shape)
    case .float32(let a): return Tensor(unchecked: .float32(scan(a, 0, +)), shape: src.shape)
    case .int64, .bool: return Tensor(unchecked: .int64(scan(src.ints, 0, &+)), shape: src.shape)
    }
  }
}
