import Tensor

/// `fit`: mini-batch training with validation, callbacks and interruption.
extension Sequential {
  /// Trains the model (Keras `fit`) and returns its History (also stored in `history`).
  ///
  /// Every input is checked before anything changes. The epoch loss is the batch-size
  /// weighted mean of the batch losses (each computed before that batch's update, with
  /// regularization penalties), as Keras reports it. NaN losses are recorded, not fatal.
  /// When `shouldStop` or a callback throws, the weights keep the last completed step,
  /// `history` holds the completed epochs, and the error is rethrown.
  ///
  /// Training runs with denormals flushed to zero, as Keras's backends run on CPU
  /// (`FloatingPointMode`).
  @discardableResult
  public func fit(x: Tensor, y: Tensor, options: FitOptions = FitOptions()) throws -> History {
    try FloatingPointMode.flushingDenormals { try fitFlushingDenormals(x: x, y: y, options: options) }
  }

  /// `fit`'s body, run in the flushing mode.
  private func fitFlushingDenormals(x: Tensor, y: Tensor, options: FitOptions) throws -> History {
    guard let optimizer, loss != nil else { throw NeuralNetError.notCompiled }
    let allX = try prepareInputs(x)
    let out = try outputShape(for: allX.featureShape)
    let allY = try prepareTargets(y, samples: allX.count, outputShape: out)
    var weights = try sampleWeights(options, y: allY, samples: allX.count)

    var trainX = allX
    var trainY = allY
    var validation: (x: Batch, y: Batch)?
    if let data = options.validationData {
      let vx = try prepareInputs(data.x)
      validation = (vx, try prepareTargets(data.y, samples: vx.count, outputShape: out))
    } else if options.validationSplit > 0 {
      // Checked as a Double first: a split of `inf` or `1e300` must not reach `Int(_:)`.
      let kept = (Double(allX.count) * (1 - options.validationSplit)).rounded(.down)
      guard kept > 0 && kept < Double(allX.count) else {
        throw NeuralNetError.invalidValidationSplit(split: options.validationSplit, samples: allX.count)
      }
      let splitAt = Int(kept)
      trainX = allX.slice(0..<splitAt)
      trainY = allY.slice(0..<splitAt)
      validation = (allX.slice(splitAt..<allX.count), allY.slice(splitAt..<allY.count))
      weights = weights.map { Array($0[0..<splitAt]) }
    }
    if !isBuilt { try build(inputShape: allX.featureShape) }

    let batchSize = max(options.batchSize, 1)
    let steps = Sequential.stepCount(samples: trainX.count, batchSize: batchSize)
    let history = History()
    history.params = ["verbose": 1, "epochs": options.epochs, "steps": steps]
    self.history = history
    stopTraining = false
    let params = trainableParameters
    let optimizerStep = optimizer.prepare(params)
    for callback in options.callbacks { try callback.onTrainBegin(model: self, logs: [:]) }

    // The first layer's input gradient is never read: skip its GEMM while fitting.
    let firstDense = layers.first as? Dense
    firstDense?.computesInputGradient = false
    defer { firstDense?.computesInputGradient = true }
    // Workspaces reused by every step (resized only for the last, shorter batch).
    var xb = Batch(values: [], shape: [0])
    var yb = Batch(values: [], shape: [0])
    var perSample: [Double] = []
    var lossGradient: [Float] = []
    // All-Dense models run forward and backward on one plan of raw workspaces (same numbers).
    let plan =
      usesFitPlan && trainX.shape.count == 2
      ? DenseFitPlan(layers: layers, features: trainX.sampleSize, maxRows: min(batchSize, trainX.count)) : nil
    lastFitUsedPlan = plan != nil
    lastFitStepsUpdatingInBackward = 0
    let regularized = params.filter { $0.regularizer != nil }
    // The first kernel's update can run inside the plan's backward pass, band by band on the
    // threads that computed its gradient, unless the step clips or a regularizer adds to it
    // (decided once: a lesson's small steps keep the plain path).
    let fusedTarget = plan.flatMap { plan -> Int? in
      guard plan.updatesFirstKernelInBands(rows: min(batchSize, trainX.count)), !optimizer.clipsGradients,
        !regularized.contains(where: { $0.valuesAddress == plan.firstKernel })
      else { return nil }
      return optimizerStep.targets.firstIndex { $0.values == plan.firstKernel }
    }
    // Large first layers read each batch where it lies, inside their products (decided once:
    // a lesson's small steps keep the plain gather).
    let gathersInPlan = plan?.readsInPlace(rows: min(batchSize, trainX.count)) ?? false
    var output = Batch(values: [], shape: [0])
    // The same for the other batch size (the epoch's shorter last batch): swapped, not resized.
    var spare = (x: xb, y: yb, perSample: perSample, lossGradient: lossGradient, output: output)
    // Per-step work that has nothing to do is skipped outright: even an empty loop over an
    // array retains and releases it, a measurable share of a 1-3-1 step (0.7 µs).
    let callbacks = options.callbacks
    let hasCallbacks = !callbacks.isEmpty
    let reversedLayers = Array(layers.reversed())

    var epoch = options.initialEpoch
    var lastLogs: [String: Double] = [:]
    // The sample order: reshuffled in place each epoch (NumPy's `permutation` draws).
    var order = Array(0..<trainX.count)
    while epoch < options.epochs && !stopTraining {
      // Without samples no step checks for an interrupt: check once per epoch instead.
      if steps == 0 { try options.shouldStop?() }
      for callback in callbacks { try callback.onEpochBegin(model: self, epoch: epoch, logs: [:]) }
      if options.shuffle { context.random.reshuffle(&order) }
      var tracker = MeanTracker(metricCount: metrics.count)
      for step in 0..<steps {
        try options.shouldStop?()
        if hasCallbacks {
          for callback in callbacks where callback.wantsBatchHooks(batch: step) {
            try callback.onBatchBegin(model: self, batch: step, logs: [:])
          }
        }
        let indices = order[(step * batchSize)..<min((step + 1) * batchSize, trainX.count)]
        if indices.count != xb.count {
          swap(&xb, &spare.x)
          swap(&yb, &spare.y)
          swap(&perSample, &spare.perSample)
          swap(&lossGradient, &spare.lossGradient)
          swap(&output, &spare.output)
        }
        yb.gather(indices, from: trainY)
        let wb = weights.map { w in indices.map { w[$0] } }
        if let plan, gathersInPlan {
          runForward(plan, gathering: indices, from: trainX, into: &xb, output: &output)
        } else if let plan {
          xb.gather(indices, from: trainX)
          runForward(plan, x: xb, rows: indices.count, into: &output)
        } else {
          xb.gather(indices, from: trainX)
          output = try forward(xb, training: true)
        }
        let batchLoss = try weightedLoss(output, yb, weights: wb, perSample: &perSample, gradient: &lossGradient)
        var penalty = 0.0
        // A step whose first kernel is updated during the backward pass: the other parameters after.
        var stepValues: Optimizer.StepValues?
        var updatedTarget = -1
        if let plan, let fusedTarget {
          let values = optimizer.beginUpdates()
          let target = optimizerStep.targets[fusedTarget]
          stepValues = values
          if runBackward(plan, x: xb, gradient: lossGradient, rows: indices.count, updatingFirstKernel: { range in
            optimizer.update(target, range: range, with: values)
          }) {
            updatedTarget = fusedTarget
            lastFitStepsUpdatingInBackward += 1
          }
        } else if let plan {
          runBackward(plan, x: xb, gradient: lossGradient, rows: indices.count)
        } else {
          var g = Batch(values: lossGradient, shape: output.shape)
          for layer in layers { penalty += layer.activityPenalty }
          for layer in reversedLayers { g = try layer.backward(g) }
        }
        for p in regularized { penalty += p.addRegularization() }
        if metrics.isEmpty {
          tracker.add(loss: batchLoss + penalty, count: indices.count)
        } else {
          tracker.add(
            loss: batchLoss + penalty, count: indices.count, metrics: metrics, predictions: output, targets: yb,
            weights: wb)
        }
        if let stepValues {
          optimizer.update(optimizerStep, with: stepValues, except: updatedTarget)
          optimizer.finishStep()
        } else {
          optimizer.apply(optimizerStep)
        }
        if hasCallbacks {
          var batchLogs: [String: Double]?
          for callback in callbacks where callback.wantsBatchHooks(batch: step) {
            if batchLogs == nil { batchLogs = epochLogs(tracker) }
            try callback.onBatchEnd(model: self, batch: step, logs: batchLogs ?? [:])
          }
        }
      }
      var logs = epochLogs(tracker)
      if let validation {
        let v = try evaluateBatches(validation.x, validation.y, batchSize: batchSize, weights: nil)
        logs["val_loss"] = v.loss
        for (metric, value) in zip(metrics, v.metrics) { logs["val_" + metric.name] = value }
      }
      history.record(epoch: epoch, logs: logs)
      lastLogs = logs
      for callback in options.callbacks { try callback.onEpochEnd(model: self, epoch: epoch, logs: logs) }
      epoch += 1
    }
    for callback in options.callbacks { try callback.onTrainEnd(model: self, logs: lastLogs) }
    return history
  }

  /// The plan's forward pass on `x`, its output copied into `output` (resized when needed).
  private func runForward(_ plan: DenseFitPlan, x: Batch, rows: Int, into output: inout Batch) {
    resizeOutput(&output, rows: rows, width: plan.outputWidth)
    x.values.withUnsafeBufferPointer { xp in
      output.values.withUnsafeMutableBufferPointer { out in
        guard let xa = xp.baseAddress, let oa = out.baseAddress else { return }
        oa.update(from: plan.forward(xa, rows: rows), count: out.count)
      }
    }
  }

  /// The plan's forward pass on the samples `indices` of `source` (gathered into `x` unless the
  /// plan reads them where they lie); its output copied into `output` (both resized when needed).
  private func runForward(
    _ plan: DenseFitPlan, gathering indices: ArraySlice<Int>, from source: Batch, into x: inout Batch,
    output: inout Batch
  ) {
    x.resize(samples: indices.count, like: source)
    let rows = indices.count
    let width = plan.outputWidth
    resizeOutput(&output, rows: rows, width: width)
    indices.withUnsafeBufferPointer { rowIndices in
      source.values.withUnsafeBufferPointer { sp in
        x.values.withUnsafeMutableBufferPointer { xp in
          output.values.withUnsafeMutableBufferPointer { out in
            guard let sa = sp.baseAddress, let xa = xp.baseAddress, let oa = out.baseAddress else { return }
            oa.update(from: plan.forward(gathering: rowIndices, from: sa, into: xa), count: rows * width)
          }
        }
      }
    }
  }

  /// Makes `output` a `rows × width` batch, reusing its storage when the shape matches.
  private func resizeOutput(_ output: inout Batch, rows: Int, width: Int) {
    if output.values.count != rows * width || output.shape.count != 2 || output.shape[0] != rows {
      output = Batch(values: [Float](repeating: 0, count: rows * width), shape: [rows, width])
    }
  }

  /// The plan's backward pass from the loss gradient (fills every layer's gradients; see
  /// `DenseFitPlan.backward` for `updatingFirstKernel`). Returns whether the first kernel was updated.
  @discardableResult
  private func runBackward(
    _ plan: DenseFitPlan, x: Batch, gradient: [Float], rows: Int, updatingFirstKernel: ((Range<Int>) -> Void)? = nil
  ) -> Bool {
    x.values.withUnsafeBufferPointer { xp in
      gradient.withUnsafeBufferPointer { gp in
        guard let xa = xp.baseAddress, let ga = gp.baseAddress else { return false }
        return plan.backward(xa, outputGradient: ga, rows: rows, updateFirstKernel: updatingFirstKernel)
      }
    }
  }

  /// The number of batches of `batchSize` (at least 1) in `samples`, rounded up without
  /// `samples + batchSize - 1`, which overflows for `batch_size=2**63-1`.
  public static func stepCount(samples: Int, batchSize: Int) -> Int {
    let size = max(batchSize, 1)
    return samples / size + (samples % size == 0 ? 0 : 1)
  }

  /// `{"loss": ..., "<metric>": ...}` from the running means.
  func epochLogs(_ tracker: MeanTracker) -> [String: Double] {
    var logs = ["loss": tracker.loss]
    for (metric, value) in zip(metrics, tracker.metricMeans) { logs[metric.name] = value }
    return logs
  }

  /// The weights of `tensor`, checked to be one per sample: shape `(samples,)` or `(samples, 1)`
  /// (Keras broadcasts nothing else against the per-sample losses).
  static func sampleWeights(_ tensor: Tensor, samples: Int) throws -> [Float] {
    let shape = tensor.shape
    guard shape.first == samples, shape.dropFirst().allSatisfy({ $0 == 1 }) else {
      throw NeuralNetError.sampleWeightMismatch(samples: samples, shape: shape)
    }
    return tensor.floats
  }

  /// Per-sample weights from `sampleWeight` times `classWeight[label]`, if either is given.
  func sampleWeights(_ options: FitOptions, y: Batch, samples: Int) throws -> [Float]? {
    if options.sampleWeight == nil && options.classWeight == nil { return nil }
    var w = [Float](repeating: 1, count: samples)
    if let sw = options.sampleWeight { w = try Sequential.sampleWeights(sw, samples: samples) }
    if let classWeight = options.classWeight {
      let width = y.sampleSize
      for i in 0..<samples {
        var label = 0
        if width == 1 {
          // A target that names no class (infinite, NaN, huge) keeps weight 1.
          label = Int(exactly: y.values[i].rounded()) ?? -1
        } else {
          for j in 1..<width where y.values[i * width + j] > y.values[i * width + label] { label = j }
        }
        w[i] *= Float(classWeight[label] ?? 1)
      }
    }
    return w
  }
}
