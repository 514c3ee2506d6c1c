import Foundation
import Tensor

/// scikit-learn's `sklearn.metrics` for classification and regression.
public enum Metrics {
  /// How per-class scores are combined.
  public enum Average: String {
    /// Only the positive class (`pos_label`), for binary targets.
    case binary
    /// Unweighted mean over classes.
    case macro
    /// From the total true positives, false negatives and false positives.
    case micro
    /// Mean weighted by support.
    case weighted
  }

  /// Per-class precision, recall, F1 and support (`precision_recall_fscore_support(average=None)`).
  public struct ClassScores: Equatable {
    /// The sorted labels the rows refer to.
    public let labels: [Label]
    /// Precision per label.
    public let precision: [Double]
    /// Recall per label.
    public let recall: [Double]
    /// F1 per label.
    public let f1: [Double]
    /// Number of true samples per label.
    public let support: [Int]
  }

  /// `accuracy_score`: the fraction (or count, with `normalize: false`) of exact matches.
  public static func accuracyScore(_ yTrue: [Label], _ yPred: [Label], normalize: Bool = true) throws -> Double {
    try checkLengths(yTrue, yPred)
    let hits = zip(yTrue, yPred).map { $0 == $1 ? 1.0 : 0.0 }
    return normalize ? NumPySum.mean(hits) : NumPySum.pairwise(hits)
  }

  /// `confusion_matrix`: rows are true labels, columns predictions, over `labels` (default: sorted union).
  public static func confusionMatrix(_ yTrue: [Label], _ yPred: [Label], labels: [Label]? = nil) throws -> Tensor {
    try checkLengths(yTrue, yPred)
    let labels = labels ?? Label.unique(yTrue + yPred)
    let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
    var counts = [Int](repeating: 0, count: labels.count * labels.count)
    for (t, p) in zip(yTrue, yPred) {
      if let i = index[t], let j = index[p] { counts[i * labels.count + j] += 1 }
    }
    return try Tensor(counts, shape: [labels.count, labels.count])
  }

  /// Per-class scores; an undefined ratio (0/0) becomes `zeroDivision`.
  public static func classScores(_ yTrue: [Label], _ yPred: [Label], zeroDivision: Double = 0) throws -> ClassScores {
    try checkLengths(yTrue, yPred)
    let labels = Label.unique(yTrue + yPred)
    let (tp, pred, support) = counts(yTrue, yPred, labels)
    let precision = zip(tp, pred).map { divide(Double($0), Double($1), zeroDivision) }
    let recall = zip(tp, support).map { divide(Double($0), Double($1), zeroDivision) }
    let f1 = labels.indices.map { divide(2 * Double(tp[$0]), Double(support[$0] + pred[$0]), zeroDivision) }
    return ClassScores(labels: labels, precision: precision, recall: recall, f1: f1, support: support)
  }

  /// `precision_score` with the given averaging (`posLabel` for `.binary`).
  public static func precisionScore(
    _ yTrue: [Label], _ yPred: [Label], average: Average = .binary, posLabel: Label = .int(1), zeroDivision: Double = 0
  ) throws -> Double {
    try averaged(yTrue, yPred, average, posLabel, zeroDivision).precision
  }

  /// `recall_score` with the given averaging.
  public static func recallScore(
    _ yTrue: [Label], _ yPred: [Label], average: Average = .binary, posLabel: Label = .int(1), zeroDivision: Double = 0
  ) throws -> Double {
    try averaged(yTrue, yPred, average, posLabel, zeroDivision).recall
  }

  /// `f1_score` with the given averaging.
  public static func f1Score(
    _ yTrue: [Label], _ yPred: [Label], average: Average = .binary, posLabel: Label = .int(1), zeroDivision: Double = 0
  ) throws -> Double {
    try averaged(yTrue, yPred, average, posLabel, zeroDivision).f1
  }

  /// Averaged precision, recall and F1 (`precision_recall_fscore_support(average=...)`).
  public static func averaged(
    _ yTrue: [Label], _ yPred: [Label], _ average: Average, _ posLabel: Label = .int(1), _ zeroDivision: Double = 0
  ) throws -> (precision: Double, recall: Double, f1: Double) {
    try checkLengths(yTrue, yPred)
    let present = Label.unique(yTrue + yPred)
    var labels = present
    if average == .binary {
      guard present.count <= 2 else {
        throw DatasetError.invalidParameter(
          name: "average", reason: "Target is multiclass but average='binary'. Please choose another average setting, one of [None, 'micro', 'macro', 'weighted'].")
      }
      guard present.contains(posLabel) || present.count < 2 else {
        throw DatasetError.invalidParameter(
          name: "pos_label", reason: "pos_label=\(posLabel) is not a valid label. It should be one of \(present.map(Label.quoted))")
      }
      labels = [posLabel]
    }
    var (tp, pred, support) = counts(yTrue, yPred, labels)
    if average == .micro {
      tp = [tp.reduce(0, +)]
      pred = [pred.reduce(0, +)]
      support = [support.reduce(0, +)]
    }
    let p = zip(tp, pred).map { divide(Double($0), Double($1), zeroDivision) }
    let r = zip(tp, support).map { divide(Double($0), Double($1), zeroDivision) }
    let f = tp.indices.map { divide(2 * Double(tp[$0]), Double(support[$0] + pred[$0]), zeroDivision) }
    guard average == .weighted else { return (NumPySum.mean(p), NumPySum.mean(r), NumPySum.mean(f)) }
    let w = support.map(Double.init)
    let total = NumPySum.pairwise(w)
    guard total > 0 else { return (zeroDivision, zeroDivision, zeroDivision) }
    func wavg(_ v: [Double]) -> Double { NumPySum.pairwise(zip(v, w).map { $0 * $1 }) / total }
    return (wavg(p), wavg(r), wavg(f))
  }

  static func counts(_ yTrue: [Label], _ yPred: [Label], _ labels: [Label]) -> (tp: [Int], pred: [Int], support: [Int]) {
    let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
    var tp = [Int](repeating: 0, count: labels.count)
    var pred = tp
    var support = tp
    for (t, p) in zip(yTrue, yPred) {
      if let i = index[t] { support[i] += 1 }
      if let j = index[p] { pred[j] += 1 }
      if t == p, let i = index[t] { tp[i] += 1 }
    }
    return (tp, pred, support)
  }

  static func divide(_ a: Double, _ b: Double, _ zeroDivision: Double) -> Double {
    b == 0 ? zeroDivision : a / b
  }

  static func checkLengths<T>(_ a: [T], _ b: [T]) throws {
    guard a.count == b.count else { throw DatasetError.inconsistentLength(lengths: [a.count, b.count]) }
  }
}
