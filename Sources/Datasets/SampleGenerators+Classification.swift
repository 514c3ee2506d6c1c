import Glibc
import Tensor

extension SampleGenerators {
  /// Parameters of `make_classification` (scikit-learn's defaults).
  public struct ClassificationOptions {
    /// Number of samples.
    public var nSamples = 100
    /// Total number of features.
    public var nFeatures = 20
    /// Informative features.
    public var nInformative = 2
    /// Linear combinations of the informative features.
    public var nRedundant = 2
    /// Copies of informative/redundant features.
    public var nRepeated = 0
    /// Number of classes.
    public var nClasses = 2
    /// Gaussian clusters per class.
    public var nClustersPerClass = 2
    /// Class proportions (nil: balanced); may omit the last class.
    public var weights: [Double]? = nil
    /// Fraction of labels flipped at random.
    public var flipY = 0.01
    /// Hypercube side factor.
    public var classSep = 1.0
    /// Centroids on hypercube vertices (false: random polytope).
    public var hypercube = true
    /// Added to every feature.
    public var shift = 0.0
    /// Every feature multiplied by this.
    public var scale = 1.0
    /// Shuffle samples and features.
    public var shuffle = true
    /// Seed or generator.
    public var randomState: Seed? = nil

    /// scikit-learn's defaults.
    public init() {}
  }

  /// `make_classification`: a random n-class problem; returns X (n, n_features) and y (n,) int64.
  ///
  /// Same draws and labels as scikit-learn; the matrix products scikit-learn does with `np.dot`
  /// (BLAS, FMA and blocked summation) are plain left-to-right sums here, so a few values differ
  /// in the last bit or two (relative difference below 1e-12).
  public static func makeClassification(_ o: ClassificationOptions) throws -> (x: Tensor, y: Tensor) {
    let rng = try generator(o.randomState)
    try requirePositive(o.nSamples, "n_samples")
    try requirePositive(o.nInformative, "n_informative")
    try requirePositive(o.nClasses, "n_classes")
    try requirePositive(o.nClustersPerClass, "n_clusters_per_class")
    guard o.nInformative + o.nRedundant + o.nRepeated <= o.nFeatures else {
      throw DatasetError.invalidParameter(
        name: "n_features",
        reason: "Number of informative, redundant and repeated features must sum to less than the number of total features")
    }
    guard Double(o.nInformative) >= log2(Double(o.nClasses * o.nClustersPerClass)) else {
      throw DatasetError.invalidParameter(
        name: "n_informative",
        reason: "n_classes(\(o.nClasses)) * n_clusters_per_class(\(o.nClustersPerClass)) must be smaller or equal 2**n_informative(\(o.nInformative))")
    }
    var weights = [Double](repeating: 1.0 / Double(o.nClasses), count: o.nClasses)
    if let w = o.weights {
      guard w.count == o.nClasses || w.count == o.nClasses - 1 else {
        throw DatasetError.invalidParameter(name: "weights", reason: "Weights specified but incompatible with number of classes.")
      }
      weights = w.count == o.nClasses ? w : w + [1.0 - w.reduce(0, +)]
    }
    let nInf = o.nInformative, nF = o.nFeatures, n = o.nSamples
    let nRandom = nF - nInf - o.nRedundant - o.nRepeated
    let nClusters = o.nClasses * o.nClustersPerClass
    // Samples per cluster, truncated like scikit-learn's int(); weights that give no finite,
    // non-negative count (NaN, infinite, negative, huge) are refused.
    var perCluster = try (0..<nClusters).map { k in
      let share = Double(n) * weights[k % o.nClasses] / Double(o.nClustersPerClass)
      guard let count = Int(exactly: share.rounded(.towardZero)), count >= 0, count <= n else {
        throw DatasetError.invalidParameter(
          name: "weights", reason: "each class weight must be a number from 0 to 1, got \(weights[k % o.nClasses])")
      }
      return count
    }
    let missing = n - perCluster.reduce(0, +)
    if missing > 0 { for i in 0..<missing { perCluster[i % nClusters] += 1 } }

    var x = [Double](repeating: 0, count: try Tensor.checkedCount([n, nF], dtype: .float64))
    var y = [Int](repeating: 0, count: n)
    var centroids = try hypercube(samples: nClusters, dimensions: nInf, rng: rng).map { row in
      row.map { Double($0) * 2 * o.classSep - o.classSep }
    }
    if !o.hypercube {
      let a = try rng.uniform(shape: [nClusters, 1]).doubles
      for k in 0..<nClusters { for j in 0..<nInf { centroids[k][j] *= a[k] } }
      let b = try rng.uniform(shape: [1, nInf]).doubles
      for k in 0..<nClusters { for j in 0..<nInf { centroids[k][j] *= b[j] } }
    }
    for r in 0..<n { for j in 0..<nInf { x[r * nF + j] = rng.nextGauss() } }
    var stop = 0
    for k in 0..<nClusters {
      let start = stop
      // Weights summing past 1 ask for more rows than there are: NumPy's slices stop at the end.
      stop = min(n, stop + perCluster[k])
      let a = try rng.uniform(shape: [nInf, nInf]).doubles.map { 2 * $0 - 1 }
      for r in start..<stop {
        y[r] = k % o.nClasses
        let row = (0..<nInf).map { x[r * nF + $0] }
        for j in 0..<nInf {
          var s = 0.0
          for t in 0..<nInf { s += row[t] * a[t * nInf + j] }
          x[r * nF + j] = s + centroids[k][j]
        }
      }
    }
    if o.nRedundant > 0 {
      let b = try rng.uniform(shape: [nInf, o.nRedundant]).doubles.map { 2 * $0 - 1 }
      for r in 0..<n {
        for j in 0..<o.nRedundant {
          var s = 0.0
          for t in 0..<nInf { s += x[r * nF + t] * b[t * o.nRedundant + j] }
          x[r * nF + nInf + j] = s
        }
      }
    }
    let nUsed = nInf + o.nRedundant
    if o.nRepeated > 0 {
      let picks = try rng.uniform(shape: [o.nRepeated]).doubles.map { Int(Double(nUsed - 1) * $0 + 0.5) }
      for r in 0..<n { for (j, p) in picks.enumerated() { x[r * nF + nUsed + j] = x[r * nF + p] } }
    }
    if nRandom > 0 {
      for r in 0..<n { for j in (nF - nRandom)..<nF { x[r * nF + j] = rng.nextGauss() } }
    }
    if o.flipY >= 0 {
      let u = try rng.uniform(shape: [n]).doubles
      let flipped = u.indices.filter { u[$0] < o.flipY }
      if !flipped.isEmpty {
        let newLabels = try rng.randint(low: 0, high: o.nClasses, shape: [flipped.count]).ints
        for (i, r) in flipped.enumerated() { y[r] = newLabels[i] }
      }
    }
    for i in x.indices { x[i] = (x[i] + o.shift) * o.scale }
    if o.shuffle {
      (x, y) = shuffleRows(x, y, cols: nF, rng: rng)
      let order = shuffledIndices(nF, rng: rng)
      for r in 0..<n {
        let row = Array(x[(r * nF)..<((r + 1) * nF)])
        for j in 0..<nF { x[r * nF + j] = row[order[j]] }
      }
    }
    return (try Tensor(x, shape: [n, nF]), Tensor(y))
  }

  /// `make_regression` (no `effective_rank`): returns X (n, n_features), y (n,) or (n, n_targets), and coef.
  ///
  /// X and coef are bit-identical to scikit-learn; y is a plain left-to-right dot product where
  /// scikit-learn uses BLAS, so it may differ in the last bit (relative difference below 1e-12).
  public static func makeRegression(
    nSamples: Int = 100, nFeatures: Int = 100, nInformative: Int = 10, nTargets: Int = 1, bias: Double = 0,
    noise: Double = 0, shuffle: Bool = true, randomState: Seed? = nil
  ) throws -> (x: Tensor, y: Tensor, coef: Tensor) {
    try requirePositive(nSamples, "n_samples")
    try requirePositive(nFeatures, "n_features")
    try requirePositive(nTargets, "n_targets")
    let rng = try generator(randomState)
    let nInf = min(nFeatures, max(0, nInformative))
    var x = try rng.standardNormal([nSamples, nFeatures]).doubles
    var truth = [Double](repeating: 0, count: try Tensor.checkedCount([nFeatures, nTargets], dtype: .float64))
    let drawn = try rng.uniform(shape: [nInf, nTargets]).doubles
    for i in drawn.indices { truth[i] = 100 * drawn[i] }
    var y = [Double](repeating: 0, count: try Tensor.checkedCount([nSamples, nTargets], dtype: .float64))
    for r in 0..<nSamples {
      for t in 0..<nTargets {
        var s = 0.0
        for f in 0..<nFeatures { s += x[r * nFeatures + f] * truth[f * nTargets + t] }
        y[r * nTargets + t] = s + bias
      }
    }
    if noise > 0 { for i in y.indices { y[i] += noise * rng.nextGauss() } }
    if shuffle {
      let order = shuffledIndices(nSamples, rng: rng)
      let (ox, oy) = (x, y)
      for (newRow, r) in order.enumerated() {
        for f in 0..<nFeatures { x[newRow * nFeatures + f] = ox[r * nFeatures + f] }
        for t in 0..<nTargets { y[newRow * nTargets + t] = oy[r * nTargets + t] }
      }
      let features = shuffledIndices(nFeatures, rng: rng)
      let (sx, st) = (x, truth)
      for r in 0..<nSamples { for j in 0..<nFeatures { x[r * nFeatures + j] = sx[r * nFeatures + features[j]] } }
      for j in 0..<nFeatures { for t in 0..<nTargets { truth[j * nTargets + t] = st[features[j] * nTargets + t] } }
    }
    let yShape = nTargets == 1 ? [nSamples] : [nSamples, nTargets]
    let coefShape = nTargets == 1 ? [nFeatures] : [nFeatures, nTargets]
    return (try Tensor(x, shape: [nSamples, nFeatures]), try Tensor(y, shape: yShape), try Tensor(truth, shape: coefShape))
  }

  /// `_generate_hypercube`: distinct vertices of the unit hypercube, as bit rows (MSB first).
  static func hypercube(samples: Int, dimensions: Int, rng: RandomState) throws -> [[Int]] {
    if dimensions > 30 {
      let extra = try rng.randint(low: 0, high: 2, shape: [samples, dimensions - 30]).ints
      let rest = try hypercube(samples: samples, dimensions: 30, rng: rng)
      return (0..<samples).map { Array(extra[($0 * (dimensions - 30))..<(($0 + 1) * (dimensions - 30))]) + rest[$0] }
    }
    let values = try sampleWithoutReplacement(population: 1 << dimensions, samples: samples, rng: rng)
    return values.map { v in (0..<dimensions).map { (v >> (dimensions - 1 - $0)) & 1 } }
  }

  /// `sklearn.utils.random.sample_without_replacement` with `method="auto"`.
  static func sampleWithoutReplacement(population: Int, samples: Int, rng: RandomState) throws -> [Int] {
    guard samples <= population else {
      throw DatasetError.invalidParameter(name: "n_samples", reason: "n_population should be greater or equal than n_samples")
    }
    let ratio = population != 0 ? Double(samples) / Double(population) : 1.0
    if ratio > 0.01 && ratio < 0.99 { return Array(try rng.permutation(population).ints.prefix(samples)) }
    if ratio < 0.2 {
      var selected = Set<Int>()
      var out: [Int] = []
      for _ in 0..<samples {
        var j = Int(rng.interval(UInt64(population - 1)))
        while selected.contains(j) { j = Int(rng.interval(UInt64(population - 1))) }
        selected.insert(j)
        out.append(j)
      }
      return out
    }
    var out = Array(0..<samples)
    if samples < population {
      for i in samples..<population {
        let j = Int(rng.interval(UInt64(i)))
        if j < samples { out[j] = i }
      }
    }
    return out
  }
}
