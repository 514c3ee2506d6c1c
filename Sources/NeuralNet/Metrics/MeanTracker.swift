/// Running means for an epoch: the loss weighted by batch size (as Keras's loss tracker)
/// and each metric averaged over samples (weighted by sample weights when given);
/// stateful metrics (AUC, precision, recall) keep confusion counts instead.
struct MeanTracker {
  private var lossSum = 0.0
  private var lossCount = 0.0
  private var metricSums: [Double]
  private var metricWeights: [Double]
  private var confusions: [ConfusionCounts?]

  /// Creates an empty tracker for `metricCount` metrics.
  init(metricCount: Int) {
    metricSums = [Double](repeating: 0, count: metricCount)
    metricWeights = [Double](repeating: 0, count: metricCount)
    confusions = [ConfusionCounts?](repeating: nil, count: metricCount)
  }

  /// Adds one batch: its mean loss, size, and per-sample metric values.
  mutating func add(loss: Double, count: Int, metrics: [[Double]], weights: [Float]?) {
    add(loss: loss, count: count)
    for (k, values) in metrics.enumerated() {
      for (i, v) in values.enumerated() {
        let w = weights.map { Double($0[i]) } ?? 1
        metricSums[k] += v * w
        metricWeights[k] += w
      }
    }
  }

  /// Adds one batch without intermediate arrays: its mean loss and size, and each
  /// metric computed on `predictions` against `targets` (same sums as `add`).
  mutating func add(loss: Double, count: Int, metrics: [Metric], predictions: Batch, targets: Batch, weights: [Float]?) {
    add(loss: loss, count: count)
    for k in metrics.indices where k < metricSums.count {
      if metrics[k].kind.isStateful {
        guard var counts = confusions[k] ?? ConfusionCounts(kind: metrics[k].kind) else { continue }
        confusions[k] = nil
        counts.update(predictions: predictions, targets: targets, weights: weights)
        confusions[k] = counts
        continue
      }
      metrics[k].accumulate(
        predictions: predictions, targets: targets, weights: weights, sum: &metricSums[k], weight: &metricWeights[k])
    }
  }

  /// Adds one batch's mean loss and size (a model compiled without metrics).
  mutating func add(loss: Double, count: Int) {
    lossSum += loss * Double(count)
    lossCount += Double(count)
  }

  /// The mean loss so far.
  var loss: Double { lossCount > 0 ? lossSum / lossCount : 0 }

  /// The mean of each metric so far (the confusion-count result for stateful ones).
  var metricMeans: [Double] {
    metricSums.indices.map { k in
      if let counts = confusions[k] { return counts.result }
      return metricWeights[k] > 0 ? metricSums[k] / metricWeights[k] : 0
    }
  }
}
