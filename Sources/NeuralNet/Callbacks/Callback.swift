/// Hooks called during `fit` (Keras's `Callback`); every method has an empty default.
///
/// `logs` hold running means for the epoch so far (batch hooks) or the epoch's final
/// values including `val_` entries (epoch end). Throwing aborts training.
public protocol Callback: AnyObject {
  /// Before the first epoch.
  func onTrainBegin(model: Sequential, logs: [String: Double]) throws
  /// After the last epoch (also after an early stop).
  func onTrainEnd(model: Sequential, logs: [String: Double]) throws
  /// Before each epoch.
  func onEpochBegin(model: Sequential, epoch: Int, logs: [String: Double]) throws
  /// After each epoch, with training and validation logs.
  func onEpochEnd(model: Sequential, epoch: Int, logs: [String: Double]) throws
  /// Before each batch.
  func onBatchBegin(model: Sequential, batch: Int, logs: [String: Double]) throws
  /// After each batch, with the running means so far.
  func onBatchEnd(model: Sequential, batch: Int, logs: [String: Double]) throws
  /// Whether this batch's `onBatchBegin`/`onBatchEnd` should be called. `fit` builds the batch
  /// logs only when some callback wants them: a training step of a small network is a few
  /// microseconds, and a dictionary of running means per step would be a good part of it.
  func wantsBatchHooks(batch: Int) -> Bool
}

extension Callback {
  /// Does nothing.
  public func onTrainBegin(model: Sequential, logs: [String: Double]) throws {}
  /// Does nothing.
  public func onTrainEnd(model: Sequential, logs: [String: Double]) throws {}
  /// Does nothing.
  public func onEpochBegin(model: Sequential, epoch: Int, logs: [String: Double]) throws {}
  /// Does nothing.
  public func onEpochEnd(model: Sequential, epoch: Int, logs: [String: Double]) throws {}
  /// Does nothing.
  public func onBatchBegin(model: Sequential, batch: Int, logs: [String: Double]) throws {}
  /// Does nothing.
  public func onBatchEnd(model: Sequential, batch: Int, logs: [String: Double]) throws {}
  /// Every batch (override when the batch hooks are empty or throttled).
  public func wantsBatchHooks(batch: Int) -> Bool { true }
}
