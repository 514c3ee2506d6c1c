import Interpreter
import Jupyter

/// Collects one cell's outputs in nbformat 4 form, as nbclient would record them.
///
/// Consecutive stream text of the same name is merged; `clear_output(wait=True)` clears
/// when the next output arrives; an update with a display id replaces the earlier output
/// with that id (in this cell or, through `NotebookRunner`, in earlier cells).
final class NotebookOutputs: OutputSink {
  /// The cell's outputs so far.
  private(set) var outputs: [JSONValue] = []
  /// Outputs in earlier cells that an update replaced: display id → new output.
  private(set) var updates: [(id: String, output: JSONValue)] = []
  private var clearPending = false

  func stream(_ name: StreamName, _ text: String) {
    applyPendingClear()
    if case .object(var last)? = outputs.last, last["output_type"] == .string("stream"),
      last["name"] == .string(name.rawValue), case .string(let previous)? = last["text"]
    {
      last["text"] = .string(previous + text)
      outputs[outputs.count - 1] = .object(last)
      return
    }
    outputs.append(.object(["output_type": .string("stream"), "name": .string(name.rawValue), "text": .string(text)]))
  }

  func display(_ bundle: MimeBundle, displayID: String?, update: Bool) {
    let converted = SessionKernel.convert(bundle)
    var output: [String: JSONValue] = [
      "output_type": .string("display_data"), "data": .object(converted.data),
      "metadata": .object(converted.metadata),
    ]
    if let displayID { output["transient"] = .object(["display_id": .string(displayID)]) }
    if update, let displayID {
      var replaced = false
      for index in outputs.indices where Self.displayID(of: outputs[index]) == displayID {
        outputs[index] = .object(output)
        replaced = true
      }
      if !replaced { updates.append((displayID, .object(output))) }
      return
    }
    applyPendingClear()
    outputs.append(.object(output))
  }

  func clearOutput(wait: Bool) {
    if wait { clearPending = true } else { outputs = [] }
  }

  func page(_ bundle: MimeBundle) {
    // Notebooks have no pager: nbclient drops page payloads; show the text inline instead.
    display(bundle, displayID: nil, update: false)
  }

  func readInput(prompt: String, password: Bool) throws -> String {
    throw InputUnavailable()
  }

  /// Appends the cell's result or error.
  func finish(_ outcome: ExecutionOutcome, executionCount: Int) {
    applyPendingClear()
    switch outcome {
    case .ok(let result):
      guard let result else { return }
      let converted = SessionKernel.convert(result)
      outputs.append(
        .object([
          "output_type": .string("execute_result"), "execution_count": .int(executionCount),
          "data": .object(converted.data), "metadata": .object(converted.metadata),
        ]))
    case .error(let name, let value, let traceback):
      outputs.append(
        .object([
          "output_type": .string("error"), "ename": .string(name), "evalue": .string(value),
          "traceback": .array(traceback.map(JSONValue.string)),
        ]))
    }
  }

  /// The display id an output carries, if any.
  static func displayID(of output: JSONValue) -> String? {
    output["transient"]["display_id"].stringValue
  }

  private func applyPendingClear() {
    if clearPending {
      outputs = []
      clearPending = false
    }
  }
}
