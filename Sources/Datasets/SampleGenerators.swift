import Glibc
import Tensor

/// scikit-learn's sample generators (`sklearn.datasets.make_*`), seeded like `check_random_state`.
///
/// `randomState` is an int seed (a fresh NumPy legacy `RandomState(seed)`), an existing
/// `RandomState` to draw from, or nil for `Generators.globalState` (NumPy's global state).
public enum SampleGenerators {
  /// Where generators draw from when no seed is given (NumPy's global `np.random` state).
  nonisolated(unsafe) public static var globalState = RandomState()

  /// A random source like scikit-learn's `check_random_state`.
  public enum Seed {
    /// A new `RandomState(seed)`.
    case seed(Int)
    /// An existing generator, advanced in place.
    case state(RandomState)
  }

  /// Resolves a seed into a generator (`check_random_state`).
  public static func generator(_ seed: Seed?) throws -> RandomState {
    switch seed {
    case .none: return globalState
    case .state(let rs)?: return rs
    case .seed(let s)?:
      let rs = RandomState()
      try rs.seed(s)
      return rs
    }
  }

  /// `make_moons`: two interleaving half circles; returns X (n, 2) float64 and y (n,) int64.
  public static func makeMoons(
    nSamples: Int = 100, shuffle: Bool = true, noise: Double? = nil, randomState: Seed? = nil
  ) throws -> (x: Tensor, y: Tensor) {
    try requirePositive(nSamples, "n_samples")
    let nOut = nSamples / 2
    let nIn = nSamples - nOut
    let rng = try generator(randomState)
    let outT = linspace(0, Double.pi, nOut, endpoint: true)
    let inT = linspace(0, Double.pi, nIn, endpoint: true)
    let xs = outT.map { cos($0) } + inT.map { 1 - cos($0) }
    let ys = outT.map { sin($0) } + inT.map { 1 - sin($0) - 0.5 }
    return try finishTwoClass(xs: xs, ys: ys, nOut: nOut, nIn: nIn, shuffle: shuffle, noise: noise, rng: rng)
  }

  /// `make_circles`: a large circle containing a smaller one (`factor` in [0, 1)).
  public static func makeCircles(
    nSamples: Int = 100, shuffle: Bool = true, noise: Double? = nil, randomState: Seed? = nil,
    factor: Double = 0.8
  ) throws -> (x: Tensor, y: Tensor) {
    try requirePositive(nSamples, "n_samples")
    guard factor >= 0 && factor < 1 else {
      throw DatasetError.invalidParameter(name: "factor", reason: "must be in [0, 1), got \(factor)")
    }
    let nOut = nSamples / 2
    let nIn = nSamples - nOut
    let rng = try generator(randomState)
    let outT = linspace(0, 2 * Double.pi, nOut, endpoint: false)
    let inT = linspace(0, 2 * Double.pi, nIn, endpoint: false)
    let xs = outT.map { cos($0) } + inT.map { cos($0) * factor }
    let ys = outT.map { sin($0) } + inT.map { sin($0) * factor }
    return try finishTwoClass(xs: xs, ys: ys, nOut: nOut, nIn: nIn, shuffle: shuffle, noise: noise, rng: rng)
  }

  /// The blob centres: a count drawn uniformly in `centerBox`, or explicit points.
  public enum Centers {
    /// This many centres drawn uniformly in the box.
    case count(Int)
    /// Explicit centres, one row per centre.
    case points([[Double]])
  }

  /// `make_blobs`: isotropic Gaussian blobs; returns X (n, n_features) and y (n,) int64.
  public static func makeBlobs(
    nSamples: Int = 100, nFeatures: Int = 2, centers: Centers? = nil, clusterStd: [Double] = [1.0],
    centerBox: (Double, Double) = (-10, 10), shuffle: Bool = true, randomState: Seed? = nil
  ) throws -> (x: Tensor, y: Tensor, centers: Tensor) {
    try requirePositive(nSamples, "n_samples")
    let rng = try generator(randomState)
    var nFeatures = nFeatures
    var centerRows: [[Double]]
    switch centers ?? .count(3) {
    case .count(let k):
      try requirePositive(k, "centers")
      let flat = try rng.uniform(low: centerBox.0, high: centerBox.1, shape: [k, nFeatures]).doubles
      centerRows = (0..<k).map { Array(flat[($0 * nFeatures)..<(($0 + 1) * nFeatures)]) }
    case .points(let rows):
      guard let first = rows.first, rows.allSatisfy({ $0.count == first.count }), !first.isEmpty else {
        throw DatasetError.invalidParameter(name: "centers", reason: "must be a non-empty 2-D array of centres")
      }
      centerRows = rows
      nFeatures = first.count
    }
    let k = centerRows.count
    let stds: [Double]
    if clusterStd.count == 1 {
      stds = [Double](repeating: clusterStd[0], count: k)
    } else if clusterStd.count == k {
      stds = clusterStd
    } else {
      throw DatasetError.invalidParameter(
        name: "cluster_std", reason: "length of cluster_std (\(clusterStd.count)) must equal the number of centers (\(k))")
    }
    var perCenter = [Int](repeating: nSamples / k, count: k)
    for i in 0..<(nSamples % k) { perCenter[i] += 1 }
    var x: [Double] = []
    x.reserveCapacity(nSamples * nFeatures)
    var y: [Int] = []
    for (i, n) in perCenter.enumerated() {
      for _ in 0..<n {
        for f in 0..<nFeatures { x.append(centerRows[i][f] + stds[i] * rng.nextGauss()) }
        y.append(i)
      }
    }
    if shuffle { (x, y) = shuffleRows(x, y, cols: nFeatures, rng: rng) }
    let centerTensor = try Tensor(centerRows.flatMap { $0 }, shape: [k, nFeatures])
    return (try Tensor(x, shape: [nSamples, nFeatures]), Tensor(y), centerTensor)
  }

  // MARK: - Shared helpers

  /// NumPy's `linspace`: `i * step + start`, the last point set to `stop` when `endpoint`.
  static func linspace(_ start: Double, _ stop: Double, _ num: Int, endpoint: Bool) -> [Double] {
    guard num > 0 else { return [] }
    let div = endpoint ? num - 1 : num
    let delta = stop - start
    var out = [Double](repeating: start, count: num)
    if div > 0 {
      let step = delta / Double(div)
      for i in 0..<num { out[i] = step == 0 ? Double(i) / Double(div) * delta + start : Double(i) * step + start }
    }
    if endpoint && num > 1 { out[num - 1] = stop }
    return out
  }

  /// `sklearn.utils.shuffle` of a row-major matrix and its labels (one `shuffle` of `arange(n)`).
  static func shuffleRows<T>(_ x: [Double], _ y: [T], cols: Int, rng: RandomState) -> ([Double], [T]) {
    let order = shuffledIndices(y.count, rng: rng)
    var nx: [Double] = []
    nx.reserveCapacity(x.count)
    for r in order { nx += x[(r * cols)..<((r + 1) * cols)] }
    return (nx, order.map { y[$0] })
  }

  /// `arange(n)` shuffled in place by the legacy Fisher–Yates pass.
  static func shuffledIndices(_ n: Int, rng: RandomState) -> [Int] {
    var order = Array(0..<n)
    if n > 1 {
      for i in stride(from: n - 1, through: 1, by: -1) { order.swapAt(i, Int(rng.interval(UInt64(i)))) }
    }
    return order
  }

  static func requirePositive(_ value: Int, _ name: String) throws {
    guard value >= 1 else {
      throw DatasetError.invalidParameter(name: name, reason: "must be an int in the range [1, inf), got \(value)")
    }
  }

  private static func finishTwoClass(
    xs: [Double], ys: [Double], nOut: Int, nIn: Int, shuffle: Bool, noise: Double?, rng: RandomState
  ) throws -> (x: Tensor, y: Tensor) {
    var x: [Double] = []
    x.reserveCapacity(xs.count * 2)
    for i in xs.indices { x += [xs[i], ys[i]] }
    var y = [Int](repeating: 0, count: nOut) + [Int](repeating: 1, count: nIn)
    if shuffle { (x, y) = shuffleRows(x, y, cols: 2, rng: rng) }
    if let noise {
      guard noise >= 0 else { throw DatasetError.invalidParameter(name: "noise", reason: "must be >= 0, got \(noise)") }
      for i in x.indices { x[i] += noise * rng.nextGauss() }
    }
    return (try Tensor(x, shape: [y.count, 2]), Tensor(y))
  }
}
