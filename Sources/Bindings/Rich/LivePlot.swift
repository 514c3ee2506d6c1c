import Display
import Foundation
import Interpreter
import NeuralNet

/// `neurona.callbacks.LivePlot()`: redraws the loss (and metric) curves after every epoch in
/// one output, updated in place through its display id.
final class LivePlot: Callback {
  /// No batch hooks: it acts at epoch ends only.
  func wantsBatchHooks(batch: Int) -> Bool { false }

  private weak var evaluator: Evaluator?
  private var names: [String] = []
  private var values: [String: [Double]] = [:]
  private var displayID = ""
  nonisolated(unsafe) private static var counter = 0

  init(evaluator: Evaluator) { self.evaluator = evaluator }

  /// Starts a fresh display.
  func onTrainBegin(model: Sequential, logs: [String: Double]) throws {
    names = []
    values = [:]
    LivePlot.counter += 1
    displayID = "neurona-liveplot-\(LivePlot.counter)-\(UInt32.random(in: 0...UInt32.max))"
    evaluator?.sink.display(MimeBundle.plain("LivePlot: waiting for the first epoch…"), displayID: displayID, update: false)
  }

  /// Adds the epoch's logs and redraws.
  func onEpochEnd(model: Sequential, epoch: Int, logs: [String: Double]) throws {
    for key in logs.keys.sorted(by: LivePlot.order) {
      if values[key] == nil { names.append(key) }
      values[key, default: []].append(logs[key] ?? .nan)
    }
    let series = names.map { (name: $0, values: values[$0] ?? []) }
    let figure = try TrainingHistoryChart.figure(history: series)
    var data = figure.mimeBundle()
    data["text/plain"] = "Epoch \(epoch + 1): " + names.map { "\($0)=\(String(format: "%.4f", values[$0]?.last ?? .nan))" }.joined(separator: ", ")
    evaluator?.sink.display(MimeBundle(data), displayID: displayID, update: true)
  }

  /// loss first, then metrics, each before its val_ twin.
  static func order(_ a: String, _ b: String) -> Bool {
    func key(_ s: String) -> (Int, String, Int) {
      let base = s.hasPrefix("val_") ? String(s.dropFirst(4)) : s
      return (base == "loss" ? 0 : 1, base, s.hasPrefix("val_") ? 1 : 0)
    }
    return key(a) < key(b)
  }

  static let type: PyType = {
    let type = PyType(
      name: "LivePlot", module: "neurona.callbacks", bases: [KerasCallbacks.base],
      documentation: "LivePlot(): a keras callback that redraws the loss and metric curves after every epoch, in one output updated in place.")
    type.constructor = { [unowned type] arguments, evaluator in
      _ = try arguments.bind("LivePlot", ["figsize=", "title="])
      return .object(KerasObject(type: type, payload: .callback(LivePlot(evaluator: evaluator))))
    }
    return type
  }()

  /// `neurona.callbacks`, also reachable as `neurona.callbacks` from the main module.
  static func module(in parent: PyModule) -> PyModule {
    if let existing = parent.members["callbacks"]?.as(PyModule.self) { return existing }
    let module = PyModule("neurona.callbacks", doc: "Keras callbacks for notebooks: LivePlot.")
    module.members["LivePlot"] = .object(type)
    parent.members["callbacks"] = .object(module)
    return module
  }
}
