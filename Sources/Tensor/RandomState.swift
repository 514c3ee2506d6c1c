import Glibc

/// NumPy's legacy `RandomState` (and the `np.random.*` module functions),
/// reproducing its streams bit for bit.
public final class RandomState {
  private var mt: MT19937
  private var cachedGauss: Double?

  /// A generator seeded like `np.random.RandomState(seed)`.
  public init(seed: UInt32 = 0) {
    mt = MT19937(seed: seed)
  }

  /// Re-seeds like `np.random.seed(seed)` (seed must be in [0, 2**32)).
  public func seed(_ seed: Int) throws {
    guard seed >= 0 && seed <= Int(UInt32.max) else {
      throw TensorError.value("Seed must be between 0 and 2**32 - 1")
    }
    mt = MT19937(seed: UInt32(seed))
    cachedGauss = nil
  }

  /// Re-seeds from an array of 32-bit words (`init_by_array`).
  public func seed(array: [UInt32]) {
    mt = MT19937(key: array.isEmpty ? [0] : array)
    cachedGauss = nil
  }

  /// One double in [0, 1) (`random_sample`).
  public func nextDouble() -> Double { mt.nextDouble() }

  /// One standard normal value (legacy polar method with a cached pair).
  public func nextGauss() -> Double {
    if let g = cachedGauss {
      cachedGauss = nil
      return g
    }
    var x1 = 0.0, x2 = 0.0, r2 = 0.0
    repeat {
      x1 = 2.0 * mt.nextDouble() - 1.0
      x2 = 2.0 * mt.nextDouble() - 1.0
      r2 = x1 * x1 + x2 * x2
    } while r2 >= 1.0 || r2 == 0.0
    let f = Glibc.sqrt(-2.0 * Glibc.log(r2) / r2)
    cachedGauss = f * x1
    return f * x2
  }

  /// A uniform integer in `[0, max]` by masked rejection (legacy).
  public func interval(_ max: UInt64) -> UInt64 {
    if max == 0 { return 0 }
    var mask = max
    mask |= mask >> 1
    mask |= mask >> 2
    mask |= mask >> 4
    mask |= mask >> 8
    mask |= mask >> 16
    mask |= mask >> 32
    if max <= 0xffff_ffff {
      while true {
        let v = UInt64(mt.next32()) & mask
        if v <= max { return v }
      }
    }
    while true {
      let v = mt.next64() & mask
      if v <= max { return v }
    }
  }

  private func make(_ shape: [Int], _ f: () -> Double) throws -> Tensor {
    let n = try Tensor.checkedCount(shape, dtype: .float64)
    var values = [Double](repeating: 0, count: n)
    for i in 0..<n { values[i] = f() }
    return Tensor(unchecked: .float64(values), shape: shape)
  }

  /// Uniform [0, 1) samples (`random_sample` / `rand`).
  public func randomSample(_ shape: [Int]) throws -> Tensor { try make(shape) { mt.nextDouble() } }

  /// Standard normal samples (`standard_normal` / `randn`).
  public func standardNormal(_ shape: [Int]) throws -> Tensor { try make(shape) { nextGauss() } }

  /// Uniform samples in [low, high) (`uniform`).
  public func uniform(low: Double = 0, high: Double = 1, shape: [Int]) throws -> Tensor {
    let range = high - low
    return try make(shape) { low + range * mt.nextDouble() }
  }

  /// Normal samples (`normal(loc, scale)`).
  public func normal(loc: Double = 0, scale: Double = 1, shape: [Int]) throws -> Tensor {
    guard scale >= 0 else { throw TensorError.value("scale < 0") }
    return try make(shape) { loc + scale * nextGauss() }
  }

  /// Integers in [low, high) (`randint`), int64.
  public func randint(low: Int, high: Int, shape: [Int]) throws -> Tensor {
    guard high > low else { throw TensorError.value("low >= high") }
    let n = try Tensor.checkedCount(shape, dtype: .int64)
    let rng = UInt64(bitPattern: Int64(high &- low &- 1))
    var values = [Int](repeating: low, count: n)
    for i in 0..<n { values[i] = low &+ Int(truncatingIfNeeded: interval(rng)) }
    return Tensor(unchecked: .int64(values), shape: shape)
  }

  /// Shuffles along the first axis in place (legacy Fisher–Yates).
  public func shuffle(_ t: inout Tensor) {
    guard t.ndim > 0, t.shape[0] > 1 else { return }
    let n = t.shape[0]
    let order = shuffledIndices(n)
    let row = t.size / n
    var offsets: [Int] = []
    offsets.reserveCapacity(t.size)
    for r in order { offsets += (r * row)..<((r + 1) * row) }
    t.data = t.data.gather(offsets)
  }

  /// `permutation(n)` as plain indices: the same draws and result, without building a tensor.
  public func shuffledIndices(_ n: Int) -> [Int] {
    var order = [Int](repeating: 0, count: max(n, 0))
    reshuffle(&order)
    return order
  }

  /// Refills `order` with `0..<order.count` shuffled exactly as `shuffledIndices(order.count)`
  /// would, in place (a training loop's order, reused every epoch).
  public func reshuffle(_ order: inout [Int]) {
    let n = order.count
    order.withUnsafeMutableBufferPointer { slots in
      for i in 0..<n { slots[i] = i }
      if n - 1 <= Int(UInt32.max) {
        mt.shuffle(slots)
      } else {
        for i in stride(from: n - 1, through: 1, by: -1) { slots.swapAt(i, Int(interval(UInt64(i)))) }
      }
    }
  }

  /// A shuffled `arange(n)` (`permutation(n)`).
  public func permutation(_ n: Int) throws -> Tensor {
    var t = try Tensor.arange(.int(n))
    shuffle(&t)
    return t
  }

  /// A shuffled copy along the first axis (`permutation(array)`).
  public func permutation(_ array: Tensor) -> Tensor {
    var t = array
    shuffle(&t)
    return t
  }

  /// Indices sampled from `range(populationSize)` (`choice`), with or
  /// without replacement and optional probabilities `p`.
  public func choice(_ populationSize: Int, count: Int, replace: Bool = true, p: [Double]? = nil) throws -> Tensor {
    guard populationSize > 0 else { throw TensorError.value("a must be greater than 0 unless no samples are taken") }
    if let p {
      guard p.count == populationSize else { throw TensorError.value("'a' and 'p' must have same size") }
      guard p.allSatisfy({ $0 >= 0 }) else { throw TensorError.value("probabilities are not non-negative") }
      let total = p.reduce(0, +)
      guard Swift.abs(total - 1) <= 1.4901161193847656e-08 else { throw TensorError.value("probabilities do not sum to 1") }
    }
    if !replace && count > populationSize {
      throw TensorError.value("Cannot take a larger sample than population when 'replace=False'")
    }
    if replace {
      guard let p else { return try randint(low: 0, high: populationSize, shape: [count]) }
      let cdf = cumulative(p)
      let u = try randomSample([count]).doubles
      return Tensor(u.map { searchRight(cdf, $0) })
    }
    guard var p else {
      let perm = try permutation(populationSize).ints
      return Tensor(Array(perm.prefix(count)))
    }
    var found: [Int] = []
    while found.count < count {
      let x = try randomSample([count - found.count]).doubles
      for f in found { p[f] = 0 }
      let cdf = cumulative(p)
      var seen = Set<Int>()
      var new: [(Int, Int)] = []
      for (k, v) in x.enumerated() {
        let idx = searchRight(cdf, v)
        if seen.insert(idx).inserted { new.append((k, idx)) }
      }
      found += new.sorted { $0.0 < $1.0 }.map(\.1)
    }
    return Tensor(found)
  }

  private func cumulative(_ p: [Double]) -> [Double] {
    var acc = 0.0
    var cdf = p.map { v -> Double in
      acc += v
      return acc
    }
    let last = cdf.last ?? 1
    for i in cdf.indices { cdf[i] /= last }
    return cdf
  }

  private func searchRight(_ cdf: [Double], _ v: Double) -> Int {
    var lo = 0, hi = cdf.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if cdf[mid] <= v { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }
}
