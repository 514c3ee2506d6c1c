import Foundation
import Tensor

/// A scikit-learn toy dataset (`Bunch`): data, target, names and description.
public struct ToyDataset: Sendable {
  /// The loader's name, e.g. `iris` or `diabetes_scaled`.
  public let name: String
  /// The feature matrix, (n_samples, n_features) float64.
  public let data: Tensor
  /// The targets, (n_samples,) int64 (float64 for diabetes).
  public let target: Tensor
  /// The column names.
  public let featureNames: [String]
  /// The class names, or nil where scikit-learn has none (diabetes).
  public let targetNames: [String]?
  /// scikit-learn's description text (`DESCR`).
  public let descr: String
  /// The 8×8 images for digits, (1797, 8, 8) float64; nil for the others.
  public let images: Tensor?

  /// The toy datasets scikit-learn ships.
  public enum Kind: String, CaseIterable, Sendable {
    /// `load_iris()`.
    case iris
    /// `load_breast_cancer()`.
    case breastCancer = "breast_cancer"
    /// `load_wine()`.
    case wine
    /// `load_digits()`.
    case digits
    /// `load_diabetes(scaled=False)`.
    case diabetes
    /// `load_diabetes(scaled=True)` (the default in scikit-learn).
    case diabetesScaled = "diabetes_scaled"
  }

  /// `load_iris()`: 150 × 4, three classes.
  public static func iris() throws -> ToyDataset { try load(.iris) }
  /// `load_breast_cancer()`: 569 × 30, two classes.
  public static func breastCancer() throws -> ToyDataset { try load(.breastCancer) }
  /// `load_wine()`: 178 × 13, three classes.
  public static func wine() throws -> ToyDataset { try load(.wine) }
  /// `load_digits(n_class=10)`: 1797 × 64 (8×8 images), ten classes; `nClass` keeps digits below it.
  public static func digits(nClass: Int = 10) throws -> ToyDataset {
    let all = try load(.digits)
    guard nClass < 10 else { return all }
    guard nClass >= 1 else { throw DatasetError.invalidParameter(name: "n_class", reason: "must be in [1, 10], got \(nClass)") }
    return try all.keepingClasses(below: nClass)
  }
  /// `load_diabetes(scaled:)`: 442 × 10 regression; scaled columns have unit sum of squares.
  public static func diabetes(scaled: Bool = true) throws -> ToyDataset {
    try load(scaled ? .diabetesScaled : .diabetes)
  }

  /// Loads a toy dataset from the bundled resources (parsed once, then cached).
  public static func load(_ kind: Kind) throws -> ToyDataset {
    if let cached = cache.withLock({ $0[kind] }) { return cached }
    let loaded = try ToyDatasetParser.parse(kind: kind)
    cache.withLock { $0[kind] = loaded }
    return loaded
  }

  /// The dataset restricted to samples whose target is below `n` (digits' `n_class`); like
  /// scikit-learn, `target_names` stays `0...9`.
  func keepingClasses(below n: Int) throws -> ToyDataset {
    let targets = target.ints
    let keep = targets.indices.filter { targets[$0] < n }
    let cols = data.shape[1]
    let values = data.doubles
    var rows: [Double] = []
    rows.reserveCapacity(keep.count * cols)
    for r in keep { rows += values[(r * cols)..<((r + 1) * cols)] }
    let newData = try Tensor(rows, shape: [keep.count, cols])
    return ToyDataset(
      name: name, data: newData, target: Tensor(keep.map { targets[$0] }), featureNames: featureNames,
      targetNames: targetNames, descr: descr,
      images: try newData.reshaped([keep.count, 8, 8]))
  }

  init(
    name: String, data: Tensor, target: Tensor, featureNames: [String], targetNames: [String]?,
    descr: String, images: Tensor?
  ) {
    self.name = name
    self.data = data
    self.target = target
    self.featureNames = featureNames
    self.targetNames = targetNames
    self.descr = descr
    self.images = images
  }

  private static let cache = LockedCache<[Kind: ToyDataset]>([:])
}
