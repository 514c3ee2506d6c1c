import Tensor

/// scikit-learn's `LabelBinarizer`: one-vs-all columns; two classes give a single column.
public struct LabelBinarizer {
  /// The value for "not this class".
  public let negLabel: Int
  /// The value for "this class".
  public let posLabel: Int
  /// The sorted distinct classes seen in `fit` (`classes_`).
  public private(set) var classes: [Label]?

  /// A binarizer with scikit-learn's defaults (0 and 1).
  public init(negLabel: Int = 0, posLabel: Int = 1) throws {
    guard negLabel < posLabel else {
      throw DatasetError.invalidParameter(
        name: "neg_label", reason: "neg_label=\(negLabel) must be strictly less than pos_label=\(posLabel).")
    }
    self.negLabel = negLabel
    self.posLabel = posLabel
  }

  /// Learns the classes.
  @discardableResult
  public mutating func fit(_ y: [Label]) throws -> LabelBinarizer {
    guard !y.isEmpty else { throw DatasetError.invalidParameter(name: "y", reason: "y has 0 samples") }
    classes = Label.unique(y)
    return self
  }

  /// The (n, k) int64 indicator matrix, or (n, 1) for two classes; unseen labels give negLabel rows.
  public func transform(_ y: [Label]) throws -> Tensor {
    guard let classes else { throw DatasetError.notFitted(type: "LabelBinarizer") }
    let index = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
    if classes.count <= 2 {
      let positive: Label? = classes.count == 2 ? classes[1] : nil
      let column = y.map { positive != nil && $0 == positive ? posLabel : negLabel }
      return try Tensor(column, shape: [y.count, 1])
    }
    var out = [Int](repeating: negLabel, count: y.count * classes.count)
    for (r, label) in y.enumerated() {
      if let c = index[label] { out[r * classes.count + c] = posLabel }
    }
    return try Tensor(out, shape: [y.count, classes.count])
  }

  /// `fit` then `transform`.
  public mutating func fitTransform(_ y: [Label]) throws -> Tensor {
    try fit(y)
    return try transform(y)
  }

  /// Labels back from indicators or scores: argmax for several classes, `> threshold` for two.
  public func inverseTransform(_ y: Tensor, threshold: Double? = nil) throws -> [Label] {
    guard let classes else { throw DatasetError.notFitted(type: "LabelBinarizer") }
    let values = y.doubles
    let rows = y.shape.first ?? 0
    let cols = y.ndim == 2 ? y.shape[1] : 1
    if classes.count == 1 { return [Label](repeating: classes[0], count: rows) }
    if classes.count == 2 {
      guard cols == 1 else {
        throw DatasetError.wrongDimensions(name: "Y", expected: "a single-column", shape: y.shape)
      }
      let cut = threshold ?? (Double(negLabel) + Double(posLabel)) / 2
      return values.map { $0 > cut ? classes[1] : classes[0] }
    }
    guard cols == classes.count else {
      throw DatasetError.wrongDimensions(name: "Y", expected: "a (n, \(classes.count))", shape: y.shape)
    }
    return (0..<rows).map { r in
      var best = 0
      for c in 1..<cols where values[r * cols + c] > values[r * cols + best] { best = c }
      return classes[best]
    }
  }
}
