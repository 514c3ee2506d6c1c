import Tensor

/// scikit-learn's `LabelEncoder`: labels to 0..n_classes-1 in sorted class order.
public struct LabelEncoder {
  /// The sorted distinct classes (`classes_`).
  public private(set) var classes: [Label]?

  /// An unfitted encoder.
  public init() {}

  /// Learns the classes.
  @discardableResult
  public mutating func fit(_ y: [Label]) -> LabelEncoder {
    classes = Label.unique(y)
    return self
  }

  /// Class indices as an int64 tensor; unseen labels throw.
  public func transform(_ y: [Label]) throws -> Tensor {
    guard let classes else { throw DatasetError.notFitted(type: "LabelEncoder") }
    let index = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
    let unseen = Label.unique(y.filter { index[$0] == nil })
    guard unseen.isEmpty else { throw DatasetError.unknownLabels(labels: unseen.map(Label.quoted), column: nil) }
    return Tensor(y.compactMap { index[$0] })
  }

  /// `fit` then `transform`.
  public mutating func fitTransform(_ y: [Label]) throws -> Tensor {
    fit(y)
    return try transform(y)
  }

  /// The classes at the given indices.
  public func inverseTransform(_ codes: [Int]) throws -> [Label] {
    guard let classes else { throw DatasetError.notFitted(type: "LabelEncoder") }
    let bad = codes.filter { $0 < 0 || $0 >= classes.count }
    guard bad.isEmpty else { throw DatasetError.unknownLabels(labels: bad.map(String.init), column: nil) }
    return codes.map { classes[$0] }
  }
}

extension Label {
  /// The label as it appears in a printed NumPy array (`'a'` for strings).
  static func quoted(_ label: Label) -> String {
    if case .string(let s) = label { return "'\(s)'" }
    return label.description
  }
}
