/// One optimizer step taken in pieces: a training loop can update a parameter's elements in
/// parts, each right after the part of the gradient it needs is computed, and the remaining
/// parameters after the backward pass.
///
/// Every Keras update here is element-wise (weight decay `θ ← θ − θ·wd·lr`, then the
/// algorithm's own rule), so updating `0..<k` and `k..<count` separately gives the same
/// numbers as one update over `0..<count`. Only clipping looks at whole gradients, so a step
/// with clipping is never taken in parts.
extension Optimizer {
  /// The values every update of one step shares.
  struct StepValues {
    /// The step's learning rate.
    let lr: Float
    /// `wd·lr`, or 0 without weight decay.
    let decay: Float
    /// The step number, `iterations + 1`.
    let step: Int
  }

  /// Whether some clipping is set; a step that clips cannot update parameters in parts.
  var clipsGradients: Bool { clipvalue != nil || clipnorm != nil || globalClipnorm != nil }

  /// Starts a step: runs the algorithm's per-step bookkeeping (`beginStep`, once) and returns
  /// the values its updates share. The step ends with `finishStep()`.
  func beginUpdates() -> StepValues {
    let lr = currentLearningRate
    beginStep()
    return StepValues(lr: lr, decay: weightDecay.map { Float($0) * lr } ?? 0, step: iterations + 1)
  }

  /// Updates elements `range` of one parameter: weight decay, then the algorithm's rule.
  @inline(__always)
  func update(_ target: OptimizerStep.Target, range: Range<Int>, with values: StepValues) {
    let lo = range.lowerBound
    let theta = target.values + lo
    if values.decay > 0 {
      for i in 0..<range.count { theta[i] -= theta[i] * values.decay }
    }
    update(
      theta, gradient: target.gradient + lo, slots: target.slots.offset(by: lo), count: range.count,
      lr: values.lr, step: values.step)
  }

  /// Updates every prepared parameter whole, except the one at index `skipped` (-1: none),
  /// which the caller updated in parts.
  func update(_ prepared: OptimizerStep, with values: StepValues, except skipped: Int) {
    prepared.targets.withUnsafeBufferPointer { targets in
      for (index, target) in targets.enumerated() where index != skipped {
        update(target, range: 0..<target.count, with: values)
      }
    }
  }

  /// Ends a step begun by `beginUpdates()`: `iterations += 1`.
  func finishStep() {
    iterations += 1
  }
}
