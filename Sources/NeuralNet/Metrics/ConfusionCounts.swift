/// Weighted confusion-matrix counts at a list of thresholds: the running state of the
/// stateful metrics AUC, Precision and Recall over an epoch (Keras resets it per epoch).
///
/// A prediction `ŷ` counts as positive at threshold `t` when `ŷ > t`. Precision and
/// recall count a label as positive when it is non-zero; AUC weighs each element by
/// `y` as a positive and by `1 − y` as a negative (so 0/1 labels count once).
///
/// - Precision: `TP / (TP + FP)`; Recall: `TP / (TP + FN)` (0 when the denominator is 0).
/// - AUC (ROC curve, trapezoidal "interpolation" summation): with
///   `TPRᵢ = TPᵢ / (TPᵢ + FNᵢ)` and `FPRᵢ = FPᵢ / (FPᵢ + TNᵢ)` at thresholds
///   `t₀ = −ε, tᵢ = i / (n − 1) (i = 1 … n − 2), tₙ₋₁ = 1 + ε` (ε = 1e-7),
///   `AUC = Σᵢ (FPRᵢ − FPRᵢ₊₁) · (TPRᵢ + TPRᵢ₊₁) / 2`.
struct ConfusionCounts {
  /// The metric these counts serve.
  let kind: Metric.Kind
  /// The thresholds, in increasing order (float32 as in Keras).
  let thresholds: [Float]
  private(set) var truePositives: [Double]
  private(set) var falsePositives: [Double]
  private(set) var trueNegatives: [Double]
  private(set) var falseNegatives: [Double]

  /// Empty counts for a stateful metric kind (`nil` for per-sample kinds).
  init?(kind: Metric.Kind) {
    switch kind {
    case .auc(let n):
      thresholds = ConfusionCounts.evenThresholds(n)
    case .precision(let t), .recall(let t):
      thresholds = [Float(t)]
    default:
      return nil
    }
    self.kind = kind
    let zeros = [Double](repeating: 0, count: thresholds.count)
    truePositives = zeros
    falsePositives = zeros
    trueNegatives = zeros
    falseNegatives = zeros
  }

  /// Keras's evenly spaced AUC thresholds: `−ε`, `1/(n−1)`, …, `(n−2)/(n−1)`, `1 + ε`.
  static func evenThresholds(_ count: Int) -> [Float] {
    let n = max(count, 3)
    let epsilon: Float = 1e-7
    let inner = (0..<(n - 2)).map { Float(Double($0 + 1) / Double(n - 1)) }
    return [0 - epsilon] + inner + [1 + epsilon]
  }

  /// Adds one batch; each row's sample weight (1 when absent) applies to all its elements.
  mutating func update(predictions: Batch, targets: Batch, weights: [Float]?) {
    let width = max(predictions.width, 1)
    let p = predictions.values
    let y = targets.values
    let rows = p.count / width
    let perRowTargets = y.count == rows
    let soft: Bool
    if case .auc = kind { soft = true } else { soft = false }
    for r in 0..<rows {
      let w = weights.map { Double($0[r]) } ?? 1
      for j in 0..<width {
        let label = Double(perRowTargets ? y[r] : y[r * width + j])
        let positive = soft ? label * w : (label != 0 ? w : 0)
        let negative = soft ? (1 - label) * w : (label != 0 ? 0 : w)
        let score = p[r * width + j]
        for (i, t) in thresholds.enumerated() {
          if score > t {
            truePositives[i] += positive
            falsePositives[i] += negative
          } else {
            falseNegatives[i] += positive
            trueNegatives[i] += negative
          }
        }
      }
    }
  }

  /// The metric's value from the counts so far.
  var result: Double {
    switch kind {
    case .precision:
      return ConfusionCounts.ratio(truePositives[0], truePositives[0] + falsePositives[0])
    case .recall:
      return ConfusionCounts.ratio(truePositives[0], truePositives[0] + falseNegatives[0])
    default:
      return rocArea
    }
  }

  /// The area under the ROC curve by the trapezoidal rule over the thresholds.
  private var rocArea: Double {
    let tpr = thresholds.indices.map { ConfusionCounts.ratio(truePositives[$0], truePositives[$0] + falseNegatives[$0]) }
    let fpr = thresholds.indices.map { ConfusionCounts.ratio(falsePositives[$0], falsePositives[$0] + trueNegatives[$0]) }
    var area = 0.0
    for i in 0..<(thresholds.count - 1) {
      area += (fpr[i] - fpr[i + 1]) * (tpr[i] + tpr[i + 1]) / 2
    }
    return area
  }

  /// `a / b`, or 0 when `b` is 0 (Keras's `divide_no_nan`).
  private static func ratio(_ a: Double, _ b: Double) -> Double {
    b == 0 ? 0 : a / b
  }
}
