import Foundation
import ZeroMQ

extension Kernel {
  /// The `kernel_info_reply` content.
  func kernelInfoContent() -> JSONValue {
    [
      "status": "ok",
      "protocol_version": .string(Message.protocolVersion),
      "implementation": "neurona",
      "implementation_version": .string(interpreter.implementationVersion),
      "language_info": interpreter.languageInfo.json,
      "banner": .string(interpreter.banner),
      "help_links": .array(
        interpreter.helpLinks.map { ["text": .string($0.text), "url": .string($0.url)] }),
    ]
  }

  /// Serves `complete_request`; the reply always carries `metadata`.
  func complete(_ request: Message) throws {
    let code = try request.content.requiredString("code")
    let cursor = try request.content.optionalInt("cursor_pos") ?? code.unicodeScalars.count
    let result = interpreter.complete(code: code, cursorPos: cursor)
    reply(
      to: request, on: shellSocket,
      content: [
        "status": "ok", "matches": .array(result.matches.map { .string($0) }),
        "cursor_start": .int(result.cursorStart), "cursor_end": .int(result.cursorEnd),
        "metadata": .object(result.metadata),
      ])
  }

  /// Serves `inspect_request`.
  func inspect(_ request: Message) throws {
    let code = try request.content.requiredString("code")
    let cursor = try request.content.optionalInt("cursor_pos") ?? code.unicodeScalars.count
    let level = try request.content.optionalInt("detail_level") ?? 0
    let bundle = interpreter.inspect(code: code, cursorPos: cursor, detailLevel: level)
    reply(
      to: request, on: shellSocket,
      content: [
        "status": "ok", "found": .bool(bundle != nil),
        "data": .object(bundle?.data ?? [:]), "metadata": .object(bundle?.metadata ?? [:]),
      ])
  }

  /// Serves `is_complete_request`; `indent` only when incomplete.
  func isComplete(_ request: Message) throws {
    let code = try request.content.requiredString("code")
    let content: JSONValue
    switch interpreter.isComplete(code: code) {
    case .complete: content = ["status": "complete"]
    case let .incomplete(indent): content = ["status": "incomplete", "indent": .string(indent)]
    case .invalid: content = ["status": "invalid"]
    case .unknown: content = ["status": "unknown"]
    }
    reply(to: request, on: shellSocket, content: content)
  }

  /// Serves `history_request` (tail, range, search) from this process's history.
  func historyRequest(_ request: Message) throws {
    let content = request.content
    let access = try content.optionalString("hist_access_type", default: "tail")
    let withOutput = try content.optionalBool("output", default: false)
    let unique = try content.optionalBool("unique", default: false)
    let n = try content.optionalInt("n")
    let entries: [HistoryStore.Entry]
    switch access {
    case "tail": entries = history.tail(n, unique: unique)
    case "range":
      entries = history.range(
        session: try content.optionalInt("session") ?? 0,
        start: try content.optionalInt("start") ?? 1, stop: try content.optionalInt("stop"))
    case "search":
      let pattern = try content.optionalString("pattern", default: "*")
      entries = history.search(pattern: pattern, unique: unique, n: n)
    default:
      entries = []
    }
    let list: [JSONValue] = entries.map { entry in
      let third: JSONValue =
        withOutput
        ? [.string(entry.input), entry.output.map { .string($0) } ?? .null] : .string(entry.input)
      return [.int(HistoryStore.session), .int(entry.line), third]
    }
    reply(to: request, on: shellSocket, content: ["status": "ok", "history": .array(list)])
  }

  /// Answers a `comm_open` for a target this kernel does not have with `comm_close`.
  func commOpen(_ request: Message) {
    let commID = request.content["comm_id"]
    let target = request.content["target_name"].stringValue ?? "?"
    KernelLog.log("comm_open for unknown target \(target); closing it")
    iopub.publish("comm_close", content: ["comm_id": commID, "data": .emptyObject], parent: request)
  }
}
