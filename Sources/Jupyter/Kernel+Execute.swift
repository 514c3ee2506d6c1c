import Foundation

extension Kernel {
  /// Serves an `execute_request` (busy/idle are published by `dispatch`).
  ///
  /// Order: execute_input, outputs as the interpreter makes them, execute_result or one
  /// `error`, then execute_reply. A failed cell with `stop_on_error` aborts queued
  /// execute_requests.
  func execute(_ request: Message) throws {
    let content = request.content
    let code = try content.requiredString("code")
    let silent = try content.optionalBool("silent", default: false)
    let storeHistory = try content.optionalBool("store_history", default: !silent) && !silent
    let allowStdin = try content.optionalBool("allow_stdin", default: false)
    let stopOnError = try content.optionalBool("stop_on_error", default: true)
    let expressions = content["user_expressions"]
    guard expressions.isNull || expressions.objectValue != nil else {
      throw RequestError.wrongType(
        field: "user_expressions", expected: "an object", got: expressions.typeName)
    }

    if storeHistory { executionCount += 1 }
    let count = executionCount
    if !silent {
      iopub.publish(
        "execute_input", content: ["code": .string(code), "execution_count": .int(count)],
        parent: request)
    }
    let publisher = OutputPublisher(
      iopub: iopub, stdin: stdin, request: request, silent: silent, allowStdin: allowStdin)
    let result = interpreter.execute(
      code: code, silent: silent, allowStdin: allowStdin, publisher: publisher)

    var reply: [String: JSONValue] = ["execution_count": .int(count)]
    var output: String?
    switch result {
    case let .ok(bundle):
      if let bundle, !silent {
        iopub.publish(
          "execute_result",
          content: [
            "execution_count": .int(count), "data": .object(bundle.data),
            "metadata": .object(bundle.metadata),
          ], parent: request)
        output = bundle.plainText
      }
      reply["status"] = "ok"
      reply["user_expressions"] = .object(evaluate(expressions.objectValue ?? [:], request))
      reply["payload"] = .array(publisher.payloads)
    case let .error(name, value, traceback):
      let error: [String: JSONValue] = [
        "ename": .string(name), "evalue": .string(value),
        "traceback": .array(traceback.map { .string($0) }),
      ]
      if !silent { iopub.publish("error", content: .object(error), parent: request) }
      reply.merge(error) { _, new in new }
      reply["status"] = "error"
      reply["user_expressions"] = .emptyObject
      reply["payload"] = .array(publisher.payloads)
    }
    if storeHistory { history.append(line: count, input: code, output: output) }
    self.reply(to: request, on: shellSocket, content: .object(reply))

    if case .error = result, stopOnError, !silent {
      abortQueuedExecutions()
    }
  }

  /// Evaluates `user_expressions`: name → mimebundle, or an error dict per name.
  private func evaluate(_ expressions: [String: JSONValue], _ request: Message) -> [String: JSONValue] {
    var results: [String: JSONValue] = [:]
    let quiet = OutputPublisher(
      iopub: iopub, stdin: nil, request: request, silent: true, allowStdin: false)
    for (name, expression) in expressions {
      guard let text = expression.stringValue else {
        results[name] = [
          "status": "error", "ename": "TypeError", "evalue": "expression must be a string",
          "traceback": [],
        ]
        continue
      }
      switch interpreter.evaluate(expression: text, publisher: quiet) {
      case let .ok(bundle):
        let bundle = bundle ?? .plain("None")
        results[name] = [
          "status": "ok", "data": .object(bundle.data), "metadata": .object(bundle.metadata),
        ]
      case let .error(ename, evalue, traceback):
        results[name] = [
          "status": "error", "ename": .string(ename), "evalue": .string(evalue),
          "traceback": .array(traceback.map { .string($0) }),
        ]
      }
    }
    return results
  }

  /// Answers every execute_request already waiting on the shell socket with `aborted`.
  ///
  /// Other requests found while draining are served normally, in order.
  private func abortQueuedExecutions() {
    var pending: [Message] = []
    while let frames = try? shellSocket.receive(dontWait: true) {
      if let message = decode(frames, channel: "shell") { pending.append(message) }
    }
    for message in pending {
      if message.msgType == "execute_request" {
        iopub.status("busy", parent: message)
        reply(to: message, on: shellSocket, content: ["status": "aborted"])
        iopub.status("idle", parent: message)
      } else {
        dispatch(message, channel: .shell)
      }
    }
  }
}
