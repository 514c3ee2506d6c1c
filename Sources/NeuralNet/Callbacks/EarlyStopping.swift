import Tensor

/// Stops training when a monitored quantity stops improving (Keras 3 `EarlyStopping`).
///
/// Improvement: `current − min_delta < best` ("min") or `current + min_delta > best`
/// ("max"). `wait` counts epochs without improvement from `start_from_epoch` on; training
/// stops when `wait ≥ patience` (after epoch 0). With `restore_best_weights` the best
/// weights are restored at the end of training whenever they exist (Keras 3 rule).
public final class EarlyStopping: Callback {
  /// No batch hooks: it acts at epoch ends only.
  public func wantsBatchHooks(batch: Int) -> Bool { false }

  /// Direction of improvement.
  public enum Mode: String, Sendable {
    /// Decide from the monitored name (`loss` → min, accuracy-like → max).
    case auto
    /// Lower is better.
    case min
    /// Higher is better.
    case max
  }

  /// The log key watched (Keras default `val_loss`).
  public let monitor: String
  /// The smallest change that counts as an improvement.
  public let minDelta: Double
  /// Epochs without improvement before stopping.
  public let patience: Int
  /// The direction, as given.
  public let mode: Mode
  /// A value the monitored quantity must beat, if any.
  public let baseline: Double?
  /// Whether to restore the best epoch's weights at the end.
  public let restoreBestWeights: Bool
  /// Epochs to wait before monitoring starts.
  public let startFromEpoch: Int
  /// The epoch training stopped at (0 if it did not stop early).
  public private(set) var stoppedEpoch = 0
  /// The best epoch seen.
  public private(set) var bestEpoch = 0
  private var wait = 0
  private var best = Double.infinity
  private var bestWeights: [Tensor]?
  private var higherIsBetter = false

  /// Creates the callback with Keras's defaults.
  public init(monitor: String = "val_loss", minDelta: Double = 0, patience: Int = 0, mode: Mode = .auto,
              baseline: Double? = nil, restoreBestWeights: Bool = false, startFromEpoch: Int = 0) {
    self.monitor = monitor
    self.minDelta = abs(minDelta)
    self.patience = patience
    self.mode = mode
    self.baseline = baseline
    self.restoreBestWeights = restoreBestWeights
    self.startFromEpoch = startFromEpoch
  }

  /// Resets the state and resolves the mode.
  public func onTrainBegin(model: Sequential, logs: [String: Double]) throws {
    switch mode {
    case .min: higherIsBetter = false
    case .max: higherIsBetter = true
    case .auto:
      let base = monitor.hasPrefix("val_") ? String(monitor.dropFirst(4)) : monitor
      if base == "loss" {
        higherIsBetter = false
      } else if let metric = model.metrics.first(where: { $0.name == base }) {
        higherIsBetter = metric.higherIsBetter
      } else {
        higherIsBetter = base.hasSuffix("acc") || base.hasSuffix("accuracy") || base.hasSuffix("auc")
      }
    }
    wait = 0
    stoppedEpoch = 0
    bestEpoch = 0
    bestWeights = nil
    best = higherIsBetter ? -Double.infinity : Double.infinity
  }

  /// Tracks the best value and stops the model when patience runs out.
  public func onEpochEnd(model: Sequential, epoch: Int, logs: [String: Double]) throws {
    guard let current = logs[monitor], epoch >= startFromEpoch else { return }
    if restoreBestWeights && bestWeights == nil { bestWeights = model.getWeights() }
    wait += 1
    if improved(current) {
      best = current
      bestEpoch = epoch
      if restoreBestWeights { bestWeights = model.getWeights() }
      if let baseline, !improved(current, over: baseline) { return }
      wait = 0
      return
    }
    if wait >= patience && epoch > 0 {
      stoppedEpoch = epoch
      model.stopTraining = true
    }
  }

  /// Restores the best weights when asked to.
  public func onTrainEnd(model: Sequential, logs: [String: Double]) throws {
    if restoreBestWeights, let bestWeights { try model.setWeights(bestWeights) }
  }

  private func improved(_ current: Double, over reference: Double? = nil) -> Bool {
    let ref = reference ?? best
    return higherIsBetter ? current - minDelta > ref : current + minDelta < ref
  }
}
