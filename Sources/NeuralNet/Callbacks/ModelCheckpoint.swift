import Foundation

/// Saves the model after epochs (Keras `ModelCheckpoint`), optionally only on improvement.
///
/// `{epoch}` in the path is replaced by the 1-based epoch number, and `{name}` (e.g.
/// `{val_loss}`) by the logged value with 4 decimals.
public final class ModelCheckpoint: Callback {
  /// No batch hooks: it acts at epoch ends only.
  public func wantsBatchHooks(batch: Int) -> Bool { false }

  /// The file path template.
  public let filepath: String
  /// The log key compared when `saveBestOnly`.
  public let monitor: String
  /// Whether to save only when `monitor` improves.
  public let saveBestOnly: Bool
  /// Whether higher values of `monitor` are better.
  public let higherIsBetter: Bool
  private var best: Double?

  /// Creates the callback (`monitor` default `val_loss`).
  public init(filepath: String, monitor: String = "val_loss", saveBestOnly: Bool = false, higherIsBetter: Bool? = nil) {
    self.filepath = filepath
    self.monitor = monitor
    self.saveBestOnly = saveBestOnly
    self.higherIsBetter = higherIsBetter ?? (monitor.hasSuffix("acc") || monitor.hasSuffix("accuracy"))
  }

  /// Saves when due.
  public func onEpochEnd(model: Sequential, epoch: Int, logs: [String: Double]) throws {
    if saveBestOnly {
      guard let current = logs[monitor] else { return }
      if let best, higherIsBetter ? current <= best : current >= best { return }
      best = current
    }
    var path = filepath.replacingOccurrences(of: "{epoch}", with: String(epoch + 1))
    for (key, value) in logs {
      path = path.replacingOccurrences(of: "{\(key)}", with: String(format: "%.4f", value))
    }
    try model.save(to: path)
  }
}
