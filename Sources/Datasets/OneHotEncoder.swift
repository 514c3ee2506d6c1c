import Tensor

/// scikit-learn's `OneHotEncoder(sparse_output=False)`: one indicator column per category per feature.
public struct OneHotEncoder {
  /// What to do with categories not seen in `fit`.
  public enum HandleUnknown {
    /// Throw (scikit-learn's default).
    case error
    /// Encode as all zeros.
    case ignore
  }

  /// The unknown-category policy.
  public let handleUnknown: HandleUnknown
  /// The sorted categories of each feature (`categories_`).
  public private(set) var categories: [[Label]]?

  /// An encoder with the given policy.
  public init(handleUnknown: HandleUnknown = .error) {
    self.handleUnknown = handleUnknown
  }

  /// Learns each column's categories from rows of values.
  @discardableResult
  public mutating func fit(_ rows: [[Label]]) throws -> OneHotEncoder {
    let width = try OneHotEncoder.width(rows)
    categories = (0..<width).map { c in Label.unique(rows.map { $0[c] }) }
    return self
  }

  /// Learns the categories of a 2-D tensor's columns.
  @discardableResult
  public mutating func fit(_ x: Tensor) throws -> OneHotEncoder {
    try fit(OneHotEncoder.rows(x))
  }

  /// The (n, total categories) float64 indicator matrix.
  public func transform(_ rows: [[Label]]) throws -> Tensor {
    guard let categories else { throw DatasetError.notFitted(type: "OneHotEncoder") }
    let width = try OneHotEncoder.width(rows)
    guard width == categories.count else {
      throw DatasetError.invalidParameter(
        name: "X", reason: "X has \(width) features, but OneHotEncoder is expecting \(categories.count) features as input.")
    }
    let indices = categories.map { cats in Dictionary(uniqueKeysWithValues: cats.enumerated().map { ($1, $0) }) }
    let offsets = categories.reduce(into: [0]) { $0.append(($0.last ?? 0) + $1.count) }
    let total = offsets.last ?? 0
    var out = [Double](repeating: 0, count: rows.count * total)
    for c in 0..<width {
      var unknown: [Label] = []
      for (r, row) in rows.enumerated() {
        if let k = indices[c][row[c]] { out[r * total + offsets[c] + k] = 1 } else { unknown.append(row[c]) }
      }
      if !unknown.isEmpty && handleUnknown == .error {
        throw DatasetError.unknownLabels(labels: Label.unique(unknown).map(Label.quoted), column: c)
      }
    }
    return try Tensor(out, shape: [rows.count, total])
  }

  /// Encodes a 2-D tensor.
  public func transform(_ x: Tensor) throws -> Tensor {
    try transform(OneHotEncoder.rows(x))
  }

  /// `fit` then `transform`.
  public mutating func fitTransform(_ rows: [[Label]]) throws -> Tensor {
    try fit(rows)
    return try transform(rows)
  }

  /// The category of each row's hot column per feature (nil where a block is all zeros).
  public func inverseTransform(_ x: Tensor) throws -> [[Label?]] {
    guard let categories else { throw DatasetError.notFitted(type: "OneHotEncoder") }
    let total = categories.reduce(0) { $0 + $1.count }
    guard x.ndim == 2, x.shape[1] == total else {
      throw DatasetError.wrongDimensions(name: "X", expected: "a (n, \(total))", shape: x.shape)
    }
    let values = x.doubles
    return (0..<x.shape[0]).map { r in
      var offset = 0
      return categories.map { cats in
        defer { offset += cats.count }
        var best: Int?
        for k in cats.indices where values[r * total + offset + k] > (best.map { values[r * total + offset + $0] } ?? 0) {
          best = k
        }
        return best.map { cats[$0] }
      }
    }
  }

  /// Output column names, `x0_red` style (`get_feature_names_out`).
  public func featureNamesOut(inputFeatures: [String]? = nil) throws -> [String] {
    guard let categories else { throw DatasetError.notFitted(type: "OneHotEncoder") }
    let names = inputFeatures ?? categories.indices.map { "x\($0)" }
    guard names.count == categories.count else {
      throw DatasetError.invalidParameter(name: "input_features", reason: "input_features should have length equal to number of features (\(categories.count)), got \(names.count)")
    }
    return zip(names, categories).flatMap { name, cats in cats.map { "\(name)_\($0)" } }
  }

  private static func width(_ rows: [[Label]]) throws -> Int {
    guard let first = rows.first else { throw DatasetError.invalidParameter(name: "X", reason: "Found array with 0 sample(s)") }
    guard rows.allSatisfy({ $0.count == first.count }) else {
      throw DatasetError.invalidParameter(name: "X", reason: "rows have different lengths; expected a 2-D array")
    }
    return first.count
  }

  private static func rows(_ x: Tensor) throws -> [[Label]] {
    guard x.ndim == 2 else {
      throw DatasetError.wrongDimensions(
        name: "X", expected: "2D array, got \(x.ndim)D array instead. Reshape your data using array.reshape(-1, 1) if it has a single feature; a 2-D", shape: x.shape)
    }
    let labels = Label.labels(x)
    let cols = x.shape[1]
    return (0..<x.shape[0]).map { Array(labels[($0 * cols)..<(($0 + 1) * cols)]) }
  }
}
