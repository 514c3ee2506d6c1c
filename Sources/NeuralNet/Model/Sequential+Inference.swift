import Tensor

/// Forward passes, evaluation and prediction; data checks shared with `fit`.
extension Sequential {
  /// Runs every layer on a batch.
  func forward(_ x: Batch, training: Bool) throws -> Batch {
    var a = x
    for layer in layers { a = try layer.forward(a, training: training) }
    return a
  }

  /// Converts inputs to a float32 batch, building the model or checking its input shape.
  func prepareInputs(_ x: Tensor) throws -> Batch {
    let batch = Batch(values: x.floats, shape: x.ndim == 1 ? [x.shape[0], 1] : x.shape)
    let shape = batch.featureShape
    if let expected = inputShape, expected != shape {
      throw NeuralNetError.incompatibleInput(
        layer: layers.first?.name ?? name, expected: [nil] + expected.map { $0 }, received: batch.shape.map { $0 })
    }
    guard !layers.isEmpty else { throw NeuralNetError.notBuilt(model: name) }
    _ = try outputShape(for: shape)
    return batch
  }

  /// Checks `y` against the outputs and the loss, and resolves `"accuracy"`.
  func prepareTargets(_ y: Tensor, samples: Int, outputShape: [Int]) throws -> Batch {
    guard y.shape.first == samples else {
      throw NeuralNetError.sampleCountMismatch(x: samples, y: y.shape.first ?? 0)
    }
    let batch = Batch(values: y.floats, shape: y.ndim == 0 ? [1] : y.shape)
    guard var loss else { throw NeuralNetError.notCompiled }
    let yShape = y.ndim == 1 ? [samples] : y.shape
    if loss == .crossentropy {
      loss = loss.resolved(targetShape: yShape, outputShape: [samples] + outputShape)
      self.loss = loss
    }
    let outCount = outputShape.reduce(1, *)
    if loss.isSparse {
      guard batch.sampleSize == 1 else {
        throw NeuralNetError.targetShapeMismatch(loss: loss.name, target: y.shape, output: [samples] + outputShape)
      }
      let classes = outputShape.last ?? 1
      for label in batch.values where LossFunction.classIndex(label, classes: classes) == nil {
        throw NeuralNetError.labelOutOfRange(label: Double(label), classes: classes)
      }
    } else if batch.sampleSize != outCount {
      throw NeuralNetError.targetShapeMismatch(loss: loss.name, target: y.shape, output: [samples] + outputShape)
    }
    metrics = metrics.map { $0.resolved(targetShape: yShape, outputShape: [samples] + outputShape) }
    return batch
  }

  /// Loss and metrics over `x`, `y` in batches (Keras `evaluate`), loss first then metrics
  /// in compile order. The loss includes regularization penalties; `sampleWeight` (one per
  /// sample) weights the loss, `Σ wᵢLᵢ / N` per batch, and the weighted metrics, as in Keras.
  /// Runs with denormals flushed to zero, like `fit`.
  public func evaluate(x: Tensor, y: Tensor, batchSize: Int = 32, sampleWeight: Tensor? = nil) throws
    -> [(name: String, value: Double)]
  {
    try FloatingPointMode.flushingDenormals {
      try evaluateFlushingDenormals(x: x, y: y, batchSize: batchSize, sampleWeight: sampleWeight)
    }
  }

  /// `evaluate`'s body, run in the flushing mode.
  private func evaluateFlushingDenormals(x: Tensor, y: Tensor, batchSize: Int, sampleWeight: Tensor?) throws
    -> [(name: String, value: Double)]
  {
    guard loss != nil else { throw NeuralNetError.notCompiled }
    let xb = try prepareInputs(x)
    let out = try outputShape(for: xb.featureShape)
    let yb = try prepareTargets(y, samples: xb.count, outputShape: out)
    let weights = try sampleWeight.map { try Sequential.sampleWeights($0, samples: xb.count) }
    if !isBuilt { try build(inputShape: xb.featureShape) }
    let logs = try evaluateBatches(xb, yb, batchSize: batchSize, weights: weights)
    return [("loss", logs.loss)] + zip(metrics, logs.metrics).map { ($0.0.name, $0.1) }
  }

  /// The means of loss (weighted by `weights` when given) and metrics over all batches.
  func evaluateBatches(_ x: Batch, _ y: Batch, batchSize: Int, weights: [Float]?) throws
    -> (loss: Double, metrics: [Double])
  {
    var tracker = MeanTracker(metricCount: metrics.count)
    let size = max(batchSize, 1)
    var start = 0
    while start < x.count {
      let end = min(start + size, x.count)
      let xb = x.slice(start..<end)
      let yb = y.slice(start..<end)
      let pred = try forward(xb, training: false)
      let w = weights.map { Array($0[start..<end]) }
      let batchLoss = try weightedLoss(pred, yb, weights: w).loss + regularizationPenalty
        + layers.reduce(0) { $0 + $1.activityPenalty }
      tracker.add(loss: batchLoss, count: end - start, metrics: metrics, predictions: pred, targets: yb, weights: w)
      start = end
    }
    return (tracker.loss, tracker.metricMeans)
  }

  /// The per-sample-weighted mean loss (`Σ wᵢLᵢ / N`) and its gradient.
  func weightedLoss(_ pred: Batch, _ y: Batch, weights: [Float]?) throws -> (loss: Double, gradient: [Float]) {
    var perSample: [Double] = []
    var gradient: [Float] = []
    let mean = try weightedLoss(pred, y, weights: weights, perSample: &perSample, gradient: &gradient)
    return (mean, gradient)
  }

  /// `weightedLoss` into reusable buffers (what `fit` calls every step).
  func weightedLoss(_ pred: Batch, _ y: Batch, weights: [Float]?, perSample: inout [Double], gradient: inout [Float])
    throws -> Double
  {
    guard let loss else { throw NeuralNetError.notCompiled }
    try loss.compute(predictions: pred, targets: y, perSample: &perSample, gradient: &gradient)
    let rows = perSample.count
    if let weights {
      let width = rows > 0 ? gradient.count / rows : 0
      for r in 0..<rows {
        perSample[r] *= Double(weights[r])
        for j in 0..<width { gradient[r * width + j] *= weights[r] }
      }
    }
    return rows > 0 ? perSample.reduce(0, +) / Double(rows) : 0
  }

  /// Each metric's per-sample values for a batch.
  func metricValues(_ pred: Batch, _ y: Batch) -> [[Double]] {
    metrics.map { $0.values(predictions: pred, targets: y) }
  }

  /// The outputs for `x` as float32 (Keras `predict`), computed in batches with denormals
  /// flushed to zero, like `fit`.
  public func predict(_ x: Tensor, batchSize: Int = 32) throws -> Tensor {
    try FloatingPointMode.flushingDenormals { try predictFlushingDenormals(x, batchSize: batchSize) }
  }

  /// `predict`'s body, run in the flushing mode.
  private func predictFlushingDenormals(_ x: Tensor, batchSize: Int) throws -> Tensor {
    let xb = try prepareInputs(x)
    if !isBuilt { try build(inputShape: xb.featureShape) }
    let out = try outputShape(for: xb.featureShape)
    var values: [Float] = []
    values.reserveCapacity(xb.count * out.reduce(1, *))
    var start = 0
    // Rows are independent at inference, so `batchSize` does not change the result: run
    // at least `predictionChunk` rows per pass so each layer is one large GEMM.
    let size = max(batchSize, Self.predictionChunk)
    while start < xb.count {
      let end = min(start + size, xb.count)
      let chunk = start == 0 && end == xb.count ? xb : xb.slice(start..<end)
      values += try forward(chunk, training: false).values
      start = end
    }
    return try Tensor(values, shape: [xb.count] + out)
  }

  /// The fewest rows `predict` runs through the layers at once (fewer only at the end).
  static let predictionChunk = 2_048
}
