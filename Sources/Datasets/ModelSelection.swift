import Glibc
import Tensor

/// scikit-learn's `model_selection` helpers.
public enum ModelSelection {
  /// A split size: a fraction of the samples or an absolute count.
  public enum Size: Equatable {
    /// A fraction in (0, 1).
    case fraction(Double)
    /// An absolute number of samples.
    case count(Int)
  }

  /// `_validate_shuffle_split`: the (n_train, n_test) sizes for `n` samples (test default 0.25).
  public static func splitSizes(n: Int, testSize: Size?, trainSize: Size?) throws -> (train: Int, test: Int) {
    let test = testSize ?? (trainSize == nil ? .fraction(0.25) : nil)
    func check(_ size: Size?, _ name: String) throws {
      switch size {
      case .fraction(let f)? where f <= 0 || f >= 1:
        throw DatasetError.invalidParameter(name: name, reason: "\(name)=\(f) should be either positive and smaller than the number of samples \(n) or a float in the (0, 1) range")
      case .count(let c)? where c <= 0 || c >= n:
        throw DatasetError.invalidParameter(name: name, reason: "\(name)=\(c) should be either positive and smaller than the number of samples \(n) or a float in the (0, 1) range")
      default: break
      }
    }
    try check(test, "test_size")
    try check(trainSize, "train_size")
    var nTest: Int?
    var nTrain: Int?
    switch test {
    case .fraction(let f)?: nTest = Int(ceil(f * Double(n)))
    case .count(let c)?: nTest = c
    case nil: break
    }
    switch trainSize {
    case .fraction(let f)?: nTrain = Int(floor(f * Double(n)))
    case .count(let c)?: nTrain = c
    case nil: break
    }
    let finalTest = nTest ?? (n - (nTrain ?? 0))
    let finalTrain = nTrain ?? (n - finalTest)
    guard finalTrain + finalTest <= n else {
      throw DatasetError.invalidParameter(
        name: "train_size", reason: "The sum of train_size and test_size = \(finalTrain + finalTest), should be smaller than the number of samples \(n). Reduce test_size and/or train_size.")
    }
    guard finalTrain > 0 else {
      throw DatasetError.invalidParameter(
        name: "train_size", reason: "With n_samples=\(n), test_size=\(String(describing: testSize)) and train_size=\(String(describing: trainSize)), the resulting train set will be empty. Adjust any of the aforementioned parameters.")
    }
    return (finalTrain, finalTest)
  }

  /// The (train, test) row indices `train_test_split` picks for `n` samples.
  ///
  /// Not stratified: `permutation(n)`, test = first n_test, train = the next n_train (ShuffleSplit).
  /// Stratified: scikit-learn's `StratifiedShuffleSplit` draw, step for step.
  public static func splitIndices(
    n: Int, testSize: Size? = nil, trainSize: Size? = nil, randomState: SampleGenerators.Seed? = nil,
    shuffle: Bool = true, stratify: [Label]? = nil
  ) throws -> (train: [Int], test: [Int]) {
    let (nTrain, nTest) = try splitSizes(n: n, testSize: testSize, trainSize: trainSize)
    if !shuffle {
      guard stratify == nil else {
        throw DatasetError.invalidParameter(name: "stratify", reason: "Stratified train/test split is not implemented for shuffle=False")
      }
      return (Array(0..<nTrain), Array(nTrain..<(nTrain + nTest)))
    }
    let rng = try SampleGenerators.generator(randomState)
    guard let stratify else {
      let perm = try rng.permutation(n).ints
      return (Array(perm[nTest..<(nTest + nTrain)]), Array(perm[0..<nTest]))
    }
    guard stratify.count == n else { throw DatasetError.inconsistentLength(lengths: [n, stratify.count]) }
    return try stratifiedIndices(stratify, nTrain: nTrain, nTest: nTest, rng: rng)
  }

  /// `train_test_split(*arrays)`: splits each array along its first axis; returns (train, test) pairs.
  public static func trainTestSplit(
    _ arrays: [Tensor], testSize: Size? = nil, trainSize: Size? = nil, randomState: SampleGenerators.Seed? = nil,
    shuffle: Bool = true, stratify: [Label]? = nil
  ) throws -> [(train: Tensor, test: Tensor)] {
    guard let first = arrays.first else {
      throw DatasetError.invalidParameter(name: "arrays", reason: "At least one array required as input")
    }
    let lengths = arrays.map { $0.shape.first ?? 0 }
    guard arrays.allSatisfy({ $0.ndim >= 1 }), Set(lengths).count == 1 else {
      throw DatasetError.inconsistentLength(lengths: lengths)
    }
    let (train, test) = try splitIndices(
      n: first.shape[0], testSize: testSize, trainSize: trainSize, randomState: randomState, shuffle: shuffle,
      stratify: stratify)
    return try arrays.map { (try takeRows($0, train), try takeRows($0, test)) }
  }

  /// Rows `indices` of `t` along the first axis (`t[indices]`).
  public static func takeRows(_ t: Tensor, _ indices: [Int]) throws -> Tensor {
    let n = t.shape[0]
    let row = n == 0 ? 0 : t.size / n
    var offsets: [Int] = []
    offsets.reserveCapacity(indices.count * row)
    for i in indices { offsets += (i * row)..<((i + 1) * row) }
    let shape = [indices.count] + Array(t.shape.dropFirst())
    switch t.data {
    case .float64(let a): return try Tensor(data: .float64(offsets.map { a[$0] }), shape: shape)
    case .float32(let a): return try Tensor(data: .float32(offsets.map { a[$0] }), shape: shape)
    case .int64(let a): return try Tensor(data: .int64(offsets.map { a[$0] }), shape: shape)
    case .bool(let a): return try Tensor(data: .bool(offsets.map { a[$0] }), shape: shape)
    }
  }

  private static func stratifiedIndices(
    _ y: [Label], nTrain: Int, nTest: Int, rng: RandomState
  ) throws -> (train: [Int], test: [Int]) {
    let classes = Label.unique(y)
    let index = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
    let yIndices = y.compactMap { index[$0] }
    var counts = [Int](repeating: 0, count: classes.count)
    for i in yIndices { counts[i] += 1 }
    guard counts.min() ?? 0 >= 2 else {
      throw DatasetError.invalidParameter(
        name: "stratify", reason: "The least populated class in y has only 1 member, which is too few. The minimum number of groups for any class cannot be less than 2.")
    }
    guard nTrain >= classes.count else {
      throw DatasetError.invalidParameter(name: "train_size", reason: "The train_size = \(nTrain) should be greater or equal to the number of classes = \(classes.count)")
    }
    guard nTest >= classes.count else {
      throw DatasetError.invalidParameter(name: "test_size", reason: "The test_size = \(nTest) should be greater or equal to the number of classes = \(classes.count)")
    }
    // Stable sort by class (mergesort argsort) then split per class.
    var classIndices = [[Int]](repeating: [], count: classes.count)
    for (i, c) in yIndices.enumerated() { classIndices[c].append(i) }
    let nI = try approximateMode(counts, draws: nTrain, rng: rng)
    let remaining = zip(counts, nI).map { $0 - $1 }
    let tI = try approximateMode(remaining, draws: nTest, rng: rng)
    var train: [Int] = []
    var test: [Int] = []
    for c in 0..<classes.count {
      let perm = try rng.permutation(counts[c]).ints
      let members = perm.map { classIndices[c][$0] }
      train += members[0..<nI[c]]
      test += members[nI[c]..<(nI[c] + tI[c])]
    }
    let trainOrder = try rng.permutation(train.count).ints
    let testOrder = try rng.permutation(test.count).ints
    return (trainOrder.map { train[$0] }, testOrder.map { test[$0] })
  }

  /// `sklearn.utils.extmath._approximate_mode`: per-class draws, ties broken at random.
  static func approximateMode(_ counts: [Int], draws: Int, rng: RandomState) throws -> [Int] {
    let total = Double(counts.reduce(0, +))
    let continuous = counts.map { Double($0) / total * Double(draws) }
    var floored = continuous.map { floor($0) }
    var needToAdd = Int(Double(draws) - NumPySum.pairwise(floored))
    if needToAdd > 0 {
      let remainder = zip(continuous, floored).map { $0 - $1 }
      let values = Array(Set(remainder)).sorted(by: >)
      for value in values {
        let inds = remainder.indices.filter { remainder[$0] == value }
        let addNow = min(inds.count, needToAdd)
        let chosen = try rng.permutation(inds.count).ints.prefix(addNow)
        for k in chosen { floored[inds[k]] += 1 }
        needToAdd -= addNow
        if needToAdd == 0 { break }
      }
    }
    return floored.map { Int($0) }
  }
}
