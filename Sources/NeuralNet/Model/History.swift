/// The record of a `fit`: per-epoch logs (Keras's `History` callback).
///
/// Keras 3 lists keys alphabetically (`accuracy`, `loss`, `val_accuracy`, `val_loss`).
public final class History {
  /// Each logged quantity's value per epoch.
  public private(set) var history: [String: [Double]] = [:]
  /// The epoch numbers recorded (`[0, 1, ...]`, offset by `initialEpoch`).
  public private(set) var epoch: [Int] = []
  /// `{"verbose", "epochs", "steps"}` as Keras reports them.
  public internal(set) var params: [String: Int] = [:]

  /// Creates an empty history.
  public init() {}

  /// The keys in Keras 3 order (sorted).
  public var keys: [String] { history.keys.sorted() }

  /// Appends one epoch's logs.
  func record(epoch: Int, logs: [String: Double]) {
    self.epoch.append(epoch)
    for (key, value) in logs { history[key, default: []].append(value) }
  }
}
