/// Running means for an epoch: the loss weighted by batch size (as Keras's loss tracker)
/// and each metric averaged over samples; stateful metrics (AUC, precision, recall) keep
/// confusion counts instead. Sample and class weights weight the loss and the metrics given
/// to `compile(weighted_metrics=...)`; as in Keras, not those given to `metrics=`.
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

  /// Adds one batch: its mean loss and size, and each metric computed on `predictions`
  /// against `targets` (the weighted ones with `weights`, when given).
  mutating func add(
    loss: Double, count: Int, metrics: [Metric], predictions: Batch, targets: Batch, weights: [Float]?
  ) {
    add(loss: loss, count: count)
    for k in metrics.indices where k < metricSums.count {
      let sampleWeights = metrics[k].weighted ? weights : nil
      if metrics[k].kind.isStateful {
        guard var counts = confusions[k] ?? ConfusionCounts(kind: metrics[k].kind) else { continue }
        confusions[k] = nil
        counts.update(predictions: predictions, targets: targets, weights: sampleWeights)
        confusions[k] = counts
        continue
      }
      metrics[k].accumulate(
        predictions: predictions, targets: targets, weights: sampleWeights, sum: &metricSums[k], weight: &metricWeights[k])
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
