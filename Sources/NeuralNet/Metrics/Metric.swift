/// A training metric: per-sample kinds are averaged over the samples of an epoch
/// (weighted by sample weights when given); stateful kinds (AUC, precision, recall)
/// accumulate confusion counts over the epoch (see `ConfusionCounts`).
///
/// Binary accuracy counts `ŷ > threshold` equal to `y`; categorical accuracy compares
/// `argmax y` with `argmax ŷ`; sparse accuracy compares `y` with `argmax ŷ`; top-k
/// checks whether the true class is among the `k` largest outputs.
public struct Metric: Equatable, Sendable {
  /// What the metric computes.
  public enum Kind: Equatable, Sendable {
    /// `"accuracy"`/`"acc"`: resolved from the loss and shapes at the first fit/evaluate.
    case accuracy
    /// Element-wise `(ŷ > threshold) == y`, averaged over the last axis.
    case binaryAccuracy(threshold: Double)
    /// `argmax y == argmax ŷ`.
    case categoricalAccuracy
    /// `y == argmax ŷ`.
    case sparseCategoricalAccuracy
    /// One-hot `y`: the true class is in the top `k`.
    case topKCategoricalAccuracy(k: Int)
    /// Integer `y`: the true class is in the top `k`.
    case sparseTopKCategoricalAccuracy(k: Int)
    /// `mean((y − ŷ)²)` over the last axis.
    case meanSquaredError
    /// `mean(|y − ŷ|)` over the last axis.
    case meanAbsoluteError
    /// Area under the ROC curve over `thresholds` evenly spaced thresholds (stateful).
    case auc(thresholds: Int)
    /// `TP / (TP + FP)` with `ŷ > threshold` as positive (stateful).
    case precision(threshold: Double)
    /// `TP / (TP + FN)` with `ŷ > threshold` as positive (stateful).
    case recall(threshold: Double)

    /// The Keras class of a stateful kind (`AUC`, `Precision`, `Recall`); empty otherwise.
    public var className: String {
      switch self {
      case .auc: return "AUC"
      case .precision: return "Precision"
      case .recall: return "Recall"
      default: return ""
      }
    }

    /// Whether the value comes from epoch-wide confusion counts rather than a per-sample mean.
    public var isStateful: Bool {
      switch self {
      case .auc, .precision, .recall: return true
      default: return false
      }
    }
  }

  /// The name used in logs and History (the string the user passed).
  public let name: String
  /// The computation.
  public var kind: Kind
  /// Whether sample and class weights weight this metric (`compile(weighted_metrics=...)`).
  public var weighted = false

  /// Creates a metric with an explicit name.
  public init(name: String, kind: Kind) {
    self.name = name
    self.kind = kind
  }

  /// The Keras identifiers understood.
  static let table: [String: Kind] = [
    "accuracy": .accuracy, "acc": .accuracy,
    "binary_accuracy": .binaryAccuracy(threshold: 0.5),
    "categorical_accuracy": .categoricalAccuracy,
    "sparse_categorical_accuracy": .sparseCategoricalAccuracy,
    "top_k_categorical_accuracy": .topKCategoricalAccuracy(k: 5),
    "sparse_top_k_categorical_accuracy": .sparseTopKCategoricalAccuracy(k: 5),
    "mse": .meanSquaredError, "mean_squared_error": .meanSquaredError,
    "mae": .meanAbsoluteError, "mean_absolute_error": .meanAbsoluteError,
    "auc": .auc(thresholds: 200), "AUC": .auc(thresholds: 200),
    "precision": .precision(threshold: 0.5), "Precision": .precision(threshold: 0.5),
    "recall": .recall(threshold: 0.5), "Recall": .recall(threshold: 0.5),
  ]

  /// Looks up a metric by its Keras name (also the auto-names `auc_1`, `precision_2`, ...
  /// that saved models record for the stateful classes).
  public static func named(_ name: String) throws -> Metric {
    if let underscore = name.lastIndex(of: "_"), Int(name[name.index(after: underscore)...]) != nil,
      let kind = table[String(name[..<underscore])], kind.isStateful
    {
      return Metric(name: name, kind: kind)
    }
    guard let kind = table[name] else {
      throw NeuralNetError.unknownIdentifier(
        kind: "metric", name: name, suggestion: Suggestion.closest(to: name, in: table.keys.sorted()))
    }
    return Metric(name: name, kind: kind)
  }

  /// Keras's rule for `"accuracy"`: binary if ŷ's last dimension is 1, sparse if `y` has
  /// lower rank or a last dimension of 1 against a wider ŷ, categorical otherwise.
  public func resolved(targetShape: [Int], outputShape: [Int]) -> Metric {
    guard kind == .accuracy else { return self }
    var metric = self
    let outLast = outputShape.last ?? 1
    if outLast == 1 {
      metric.kind = .binaryAccuracy(threshold: 0.5)
      return metric
    }
    let sparse = targetShape.count < outputShape.count || (targetShape.last == 1 && outLast > 1)
    metric.kind = sparse ? .sparseCategoricalAccuracy : .categoricalAccuracy
    return metric
  }

  /// Whether larger values are better (for `EarlyStopping(mode="auto")`).
  public var higherIsBetter: Bool {
    switch kind {
    case .meanSquaredError, .meanAbsoluteError: return false
    default: return true
    }
  }

  /// One value per sample (row) of the batch (the batch's own value repeated for
  /// stateful kinds, whose value is not a per-sample mean).
  public func values(predictions: Batch, targets: Batch) -> [Double] {
    let width = max(predictions.width, 1)
    let rows = predictions.values.count / width
    let p = predictions.values
    let y = targets.values
    let perRowTargets = y.count == rows
    if var counts = ConfusionCounts(kind: kind) {
      counts.update(predictions: predictions, targets: targets, weights: nil)
      return [Double](repeating: counts.result, count: rows)
    }
    return p.withUnsafeBufferPointer { pp in
      y.withUnsafeBufferPointer { yp in
        (0..<rows).map { r in rowValue(pp, yp, row: r, width: width, perRowTargets: perRowTargets) }
      }
    }
  }

  /// Adds each row's value times its sample weight to `sum`, and the weights to `weight`,
  /// row by row (the running sums `MeanTracker` keeps), without building an array.
  func accumulate(predictions: Batch, targets: Batch, weights: [Float]?, sum: inout Double, weight: inout Double) {
    let width = max(predictions.width, 1)
    let rows = predictions.values.count / width
    let perRowTargets = targets.values.count == rows
    predictions.values.withUnsafeBufferPointer { p in
      targets.values.withUnsafeBufferPointer { y in
        for r in 0..<rows {
          let v = rowValue(p, y, row: r, width: width, perRowTargets: perRowTargets)
          let w = weights.map { Double($0[r]) } ?? 1
          sum += v * w
          weight += w
        }
      }
    }
  }

  /// The metric's value for row `r` of `p` (targets per row or per element); stateful
  /// kinds have no per-row value and are kept by `ConfusionCounts` instead.
  private func rowValue(
    _ p: UnsafeBufferPointer<Float>, _ y: UnsafeBufferPointer<Float>, row r: Int, width: Int, perRowTargets: Bool
  ) -> Double {
    let base = r * width
    switch kind {
    case .accuracy, .binaryAccuracy:
      var threshold: Float = 0.5
      if case .binaryAccuracy(let t) = kind { threshold = Float(t) }
      var hits = 0
      for j in 0..<width {
        let label = perRowTargets ? y[r] : y[base + j]
        if (p[base + j] > threshold ? 1 : 0) == label { hits += 1 }
      }
      return Double(hits) / Double(width)
    case .categoricalAccuracy:
      return argmax(p, base, width) == argmax(y, base, width) ? 1 : 0
    case .sparseCategoricalAccuracy:
      let label = perRowTargets ? y[r] : y[base]
      return Float(argmax(p, base, width)) == label ? 1 : 0
    case .topKCategoricalAccuracy(let k):
      return inTopK(p, base, width, label: argmax(y, base, width), k: k) ? 1 : 0
    case .sparseTopKCategoricalAccuracy(let k):
      // A NaN, infinite or huge label names no class (never in the top k).
      let label = Int(exactly: (perRowTargets ? y[r] : y[base]).rounded(.towardZero)) ?? -1
      return inTopK(p, base, width, label: label, k: k) ? 1 : 0
    case .meanSquaredError, .meanAbsoluteError:
      var total = 0.0
      for j in 0..<width {
        let label = perRowTargets ? y[r] : y[base + j]
        let e = Double(p[base + j] - label)
        total += kind == .meanSquaredError ? e * e : abs(e)
      }
      return total / Double(width)
    case .auc, .precision, .recall:
      return 0
    }
  }

  /// The index of the first maximum of `v[base..<base+width]`.
  private func argmax(_ v: UnsafeBufferPointer<Float>, _ base: Int, _ width: Int) -> Int {
    // Selects instead of branches: which column wins is data, and a mispredicted branch per
    // column cost more than the comparison.
    var best = 0
    var top = v[base]
    for j in 1..<max(width, 1) {
      let x = v[base + j]
      let better = x > top
      best = better ? j : best
      top = better ? x : top
    }
    return best
  }

  /// Whether `label`'s score is among the `k` largest (ties counted in its favour, as TF).
  private func inTopK(_ v: UnsafeBufferPointer<Float>, _ base: Int, _ width: Int, label: Int, k: Int) -> Bool {
    guard label >= 0 && label < width else { return false }
    let score = v[base + label]
    var larger = 0
    for j in 0..<width where v[base + j] > score { larger += 1 }
    return larger < k
  }
}
