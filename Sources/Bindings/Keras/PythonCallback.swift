import Interpreter
import NeuralNet

/// Runs a cell's callback during `fit`: a `keras.callbacks.Callback` subclass instance
/// (its `on_epoch_end(self, epoch, logs=None)`, ... methods) or a `LambdaCallback`'s functions.
///
/// Logs arrive as dicts with sorted keys and Python floats; `self.model` is set first.
final class PythonCallback: Callback {
  /// Hook name (`on_epoch_end`) → the callable to run.
  private let hooks: [String: Value]
  private unowned let evaluator: Evaluator

  /// Wraps the hooks of a callback.
  init(hooks: [String: Value], evaluator: Evaluator) {
    self.hooks = hooks
    self.evaluator = evaluator
  }

  /// The hook names Keras calls during fit.
  static let hookNames = [
    "on_train_begin", "on_train_end", "on_epoch_begin", "on_epoch_end", "on_train_batch_begin", "on_train_batch_end",
    "on_batch_begin", "on_batch_end",
  ]

  private func run(_ name: String, _ arguments: [Value]) throws {
    guard let hook = hooks[name] else { return }
    _ = try evaluator.call(hook, Arguments(arguments))
  }

  /// Calls `on_train_begin(logs)`.
  func onTrainBegin(model: Sequential, logs: [String: Double]) throws {
    try run("on_train_begin", [KerasConvert.logs(logs)])
  }

  /// Calls `on_train_end(logs)`.
  func onTrainEnd(model: Sequential, logs: [String: Double]) throws {
    try run("on_train_end", [KerasConvert.logs(logs)])
  }

  /// Calls `on_epoch_begin(epoch, logs)`.
  func onEpochBegin(model: Sequential, epoch: Int, logs: [String: Double]) throws {
    try run("on_epoch_begin", [.int(epoch), KerasConvert.logs(logs)])
  }

  /// Calls `on_epoch_end(epoch, logs)`.
  func onEpochEnd(model: Sequential, epoch: Int, logs: [String: Double]) throws {
    try run("on_epoch_end", [.int(epoch), KerasConvert.logs(logs)])
  }

  /// Only when the callback defines a batch hook.
  func wantsBatchHooks(batch: Int) -> Bool { hasBatchHooks }

  private lazy var hasBatchHooks = ["on_train_batch_begin", "on_batch_begin", "on_train_batch_end", "on_batch_end"]
    .contains { hooks[$0] != nil }

  /// Calls `on_train_batch_begin(batch, logs)` (and the older `on_batch_begin`).
  func onBatchBegin(model: Sequential, batch: Int, logs: [String: Double]) throws {
    try run("on_train_batch_begin", [.int(batch), KerasConvert.logs(logs)])
    try run("on_batch_begin", [.int(batch), KerasConvert.logs(logs)])
  }

  /// Calls `on_train_batch_end(batch, logs)` (and the older `on_batch_end`).
  func onBatchEnd(model: Sequential, batch: Int, logs: [String: Double]) throws {
    try run("on_train_batch_end", [.int(batch), KerasConvert.logs(logs)])
    try run("on_batch_end", [.int(batch), KerasConvert.logs(logs)])
  }
}
