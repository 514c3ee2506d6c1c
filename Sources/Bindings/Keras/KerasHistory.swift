import Interpreter
import NeuralNet

/// The object `fit` returns (Keras's `History`): `.history`, `.epoch`, `.params`, `.model`.
final class KerasHistory: PyObject {
  /// The engine record.
  let history: History
  /// The model trained.
  let model: Value
  /// The `verbose` value of the fit, reported in `params`.
  let verbose: Int
  /// `.history`, built once so that edits in a cell persist.
  private lazy var historyDict: Value = .object(PyDict(history.keys.map { key in
    (key, .object(PyList((history.history[key] ?? []).map(Value.float))))
  }))

  /// Wraps a finished (or interrupted) fit's record.
  init(_ history: History, model: Value, verbose: Int) {
    self.history = history
    self.model = model
    self.verbose = verbose
  }

  /// `keras.callbacks.History`.
  static let type = PyType(
    name: "History", module: "keras.callbacks", bases: [KerasCallbacks.base],
    documentation: "The record of a fit: .history maps each logged quantity ('loss', 'val_loss', ...) to its per-epoch values.")

  /// `History`.
  var pyType: PyType { KerasHistory.type }

  /// `<keras.callbacks.History object>`.
  func repr() -> String { "<keras.src.callbacks.history.History object>" }

  /// The docstring.
  var documentation: String? { KerasHistory.type.documentation }

  /// `history`, `epoch`, `params`, `model`.
  func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    switch name {
    case "history": return historyDict
    case "epoch": return .object(PyList(history.epoch.map(Value.int)))
    case "params":
      return .object(PyDict([
        ("verbose", .int(verbose)), ("epochs", .int(history.params["epochs"] ?? 0)),
        ("steps", .int(history.params["steps"] ?? 0)),
      ]))
    case "model": return model
    default: return try pyType.boundAttribute(name, of: .object(self), evaluator)
    }
  }

  /// Names for completion.
  func attributeNames() -> [String] { ["epoch", "history", "model", "params"] }
}
