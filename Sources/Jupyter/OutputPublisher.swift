import Foundation

/// What a running cell uses to show output: one object per `execute_request`.
///
/// Each call becomes an IOPub message with the execute request as its parent, sent at once
/// so outputs keep program order. A `silent` request publishes nothing.
public final class OutputPublisher {
  private let iopub: IOPubChannel
  private let stdin: StdinChannel?
  /// The request being served.
  public let request: Message
  /// Whether the request was `silent` (outputs are dropped).
  public let silent: Bool
  /// Whether `readInput` may ask the frontend.
  public let allowStdin: Bool
  /// `page` payloads collected for the execute_reply.
  public private(set) var payloads: [JSONValue] = []

  init(iopub: IOPubChannel, stdin: StdinChannel?, request: Message, silent: Bool, allowStdin: Bool) {
    self.iopub = iopub
    self.stdin = stdin
    self.request = request
    self.silent = silent
    self.allowStdin = allowStdin
  }

  /// Publishes text on `stdout` or `stderr`.
  public func stream(name: String, text: String) {
    guard !silent, !text.isEmpty else { return }
    iopub.publish(
      "stream", content: ["name": .string(name), "text": .string(text)], parent: request)
  }

  /// Publishes a rich display; `displayID` lets later `updateDisplayData` calls replace it.
  public func displayData(_ bundle: DisplayBundle, displayID: String? = nil) {
    guard !silent else { return }
    iopub.publish("display_data", content: content(bundle, displayID: displayID), parent: request)
  }

  /// Replaces every earlier display with `displayID`.
  public func updateDisplayData(_ bundle: DisplayBundle, displayID: String) {
    guard !silent else { return }
    iopub.publish(
      "update_display_data", content: content(bundle, displayID: displayID), parent: request)
  }

  /// Clears the cell's output now, or (`wait`) just before the next output arrives.
  public func clearOutput(wait: Bool) {
    guard !silent else { return }
    iopub.publish("clear_output", content: ["wait": .bool(wait)], parent: request)
  }

  /// Adds a `page` payload (shown in the pager, not in the cell) to the execute_reply.
  public func page(_ bundle: DisplayBundle, start: Int = 0) {
    var data = bundle.data
    if data["text/plain"] == nil { data["text/plain"] = .string("") }
    payloads.append(["source": "page", "data": .object(data), "start": .int(start)])
  }

  /// Asks the frontend for a line of input and blocks until it answers.
  ///
  /// Throws `StdinError.notAllowed` when the request had `allow_stdin: false`, and
  /// `StdinError.interrupted` promptly after an interrupt.
  public func readInput(prompt: String, password: Bool) throws -> String {
    guard allowStdin, let stdin else { throw StdinError.notAllowed }
    return try stdin.readLine(prompt: prompt, password: password, request: request)
  }

  private func content(_ bundle: DisplayBundle, displayID: String?) -> JSONValue {
    var content: [String: JSONValue] = [
      "data": .object(bundle.data), "metadata": .object(bundle.metadata),
    ]
    if let displayID { content["transient"] = ["display_id": .string(displayID)] }
    else { content["transient"] = .emptyObject }
    return .object(content)
  }
}
