import Tensor

/// The arguments of `fit` beyond `x` and `y`, with Keras defaults.
public struct FitOptions {
  /// Samples per gradient step (Keras `batch_size=None` → 32).
  public var batchSize = 32
  /// The epoch to stop before.
  public var epochs = 1
  /// The last fraction of the data held out for validation, before shuffling.
  public var validationSplit = 0.0
  /// Explicit validation data (overrides `validationSplit`).
  public var validationData: (x: Tensor, y: Tensor)?
  /// Whether the training samples are reshuffled each epoch (seeded generator).
  public var shuffle = true
  /// Hooks called during training.
  public var callbacks: [Callback] = []
  /// The epoch to start from (for resuming).
  public var initialEpoch = 0
  /// Per-class loss weights (class index → weight).
  public var classWeight: [Int: Double]?
  /// Per-sample loss weights, one per sample of `x`.
  public var sampleWeight: Tensor?
  /// Called before every batch; throwing interrupts training (e.g. a kernel interrupt).
  public var shouldStop: (() throws -> Void)?

  /// Creates the defaults.
  public init() {}
}
