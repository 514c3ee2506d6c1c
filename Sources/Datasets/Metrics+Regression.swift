import Foundation

extension Metrics {
  /// `mean_squared_error` of 1-D targets.
  public static func meanSquaredError(_ yTrue: [Double], _ yPred: [Double]) throws -> Double {
    try checkNonEmpty(yTrue, yPred)
    return NumPySum.mean(zip(yTrue, yPred).map { ($0 - $1) * ($0 - $1) })
  }

  /// `mean_absolute_error` of 1-D targets.
  public static func meanAbsoluteError(_ yTrue: [Double], _ yPred: [Double]) throws -> Double {
    try checkNonEmpty(yTrue, yPred)
    return NumPySum.mean(zip(yTrue, yPred).map { abs($0 - $1) })
  }

  /// `r2_score` (coefficient of determination); a constant `yTrue` gives 1 for a perfect fit, else 0.
  public static func r2Score(_ yTrue: [Double], _ yPred: [Double]) throws -> Double {
    try checkNonEmpty(yTrue, yPred)
    let numerator = NumPySum.pairwise(zip(yTrue, yPred).map { ($0 - $1) * ($0 - $1) })
    let mean = NumPySum.mean(yTrue)
    let denominator = NumPySum.pairwise(yTrue.map { ($0 - mean) * ($0 - mean) })
    if denominator == 0 { return numerator == 0 ? 1 : 0 }
    return 1 - numerator / denominator
  }

  /// `roc_auc_score` for binary targets: the trapezoid area under sklearn's `roc_curve`.
  public static func rocAUCScore(_ yTrue: [Label], _ yScore: [Double]) throws -> Double {
    guard yTrue.count == yScore.count else { throw DatasetError.inconsistentLength(lengths: [yTrue.count, yScore.count]) }
    let classes = Label.unique(yTrue)
    guard classes.count == 2 else {
      throw DatasetError.invalidParameter(
        name: "y_true", reason: "Only one class present in y_true. ROC AUC score is not defined in that case.")
    }
    let positive = classes[1]
    // Descending score order, stable like argsort(kind="mergesort")[::-1].
    let order = yScore.indices.sorted { yScore[$0] < yScore[$1] || (yScore[$0] == yScore[$1] && $0 < $1) }.reversed()
    let scores = order.map { yScore[$0] }
    let truths = order.map { yTrue[$0] == positive ? 1.0 : 0.0 }
    var tpsAll: [Double] = []
    var acc = 0.0
    for t in truths {
      acc += t
      tpsAll.append(acc)
    }
    var thresholdIdx: [Int] = []
    for i in scores.indices where i == scores.count - 1 || scores[i + 1] != scores[i] { thresholdIdx.append(i) }
    var tps = thresholdIdx.map { tpsAll[$0] }
    var fps = zip(thresholdIdx, tps).map { 1 + Double($0) - $1 }
    if tps.count > 2 {
      var keep = [0]
      for i in 1..<(tps.count - 1) {
        let fpBend: Double = (fps[i + 1] - fps[i]) - (fps[i] - fps[i - 1])
        let tpBend: Double = (tps[i + 1] - tps[i]) - (tps[i] - tps[i - 1])
        if fpBend != 0 || tpBend != 0 { keep.append(i) }
      }
      keep.append(tps.count - 1)
      tps = keep.map { tps[$0] }
      fps = keep.map { fps[$0] }
    }
    tps.insert(0, at: 0)
    fps.insert(0, at: 0)
    guard let lastF = fps.last, let lastT = tps.last, lastF > 0, lastT > 0 else { return .nan }
    let fpr = fps.map { $0 / lastF }
    let tpr = tps.map { $0 / lastT }
    let parts = (1..<fpr.count).map { i -> Double in
      let width: Double = fpr[i] - fpr[i - 1]
      let height: Double = tpr[i] + tpr[i - 1]
      return width * height / 2.0
    }
    return NumPySum.pairwise(parts)
  }

  private static func checkNonEmpty(_ a: [Double], _ b: [Double]) throws {
    try checkLengths(a, b)
    guard !a.isEmpty else { throw DatasetError.invalidParameter(name: "y_true", reason: "Found array with 0 sample(s)") }
  }
}
