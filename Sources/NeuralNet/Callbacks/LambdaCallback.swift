/// A callback built from closures (Keras `LambdaCallback`); also the bindings' way to
/// forward hooks to cell functions or to show live progress.
public final class LambdaCallback: Callback {
  /// `(epoch, logs)` before each epoch.
  public var epochBegin: ((Int, [String: Double]) throws -> Void)?
  /// `(epoch, logs)` after each epoch.
  public var epochEnd: ((Int, [String: Double]) throws -> Void)?
  /// `(batch, logs)` before each batch.
  public var batchBegin: ((Int, [String: Double]) throws -> Void)?
  /// `(batch, logs)` after each batch.
  public var batchEnd: ((Int, [String: Double]) throws -> Void)?
  /// `logs` before training.
  public var trainBegin: (([String: Double]) throws -> Void)?
  /// `logs` after training.
  public var trainEnd: (([String: Double]) throws -> Void)?

  /// Creates a callback from any subset of closures.
  public init(
    onEpochBegin: ((Int, [String: Double]) throws -> Void)? = nil,
    onEpochEnd: ((Int, [String: Double]) throws -> Void)? = nil,
    onBatchBegin: ((Int, [String: Double]) throws -> Void)? = nil,
    onBatchEnd: ((Int, [String: Double]) throws -> Void)? = nil,
    onTrainBegin: (([String: Double]) throws -> Void)? = nil,
    onTrainEnd: (([String: Double]) throws -> Void)? = nil
  ) {
    epochBegin = onEpochBegin
    epochEnd = onEpochEnd
    batchBegin = onBatchBegin
    batchEnd = onBatchEnd
    trainBegin = onTrainBegin
    trainEnd = onTrainEnd
  }

  /// Calls `trainBegin`.
  public func onTrainBegin(model: Sequential, logs: [String: Double]) throws { try trainBegin?(logs) }
  /// Calls `trainEnd`.
  public func onTrainEnd(model: Sequential, logs: [String: Double]) throws { try trainEnd?(logs) }
  /// Calls `epochBegin`.
  public func onEpochBegin(model: Sequential, epoch: Int, logs: [String: Double]) throws {
    try epochBegin?(epoch, logs)
  }
  /// Calls `epochEnd`.
  public func onEpochEnd(model: Sequential, epoch: Int, logs: [String: Double]) throws {
    try epochEnd?(epoch, logs)
  }
  /// Only when a batch function is set.
  public func wantsBatchHooks(batch: Int) -> Bool { batchBegin != nil || batchEnd != nil }
  /// Calls `batchBegin`.
  public func onBatchBegin(model: Sequential, batch: Int, logs: [String: Double]) throws {
    try batchBegin?(batch, logs)
  }
  /// Calls `batchEnd`.
  public func onBatchEnd(model: Sequential, batch: Int, logs: [String: Double]) throws {
    try batchEnd?(batch, logs)
  }
}
