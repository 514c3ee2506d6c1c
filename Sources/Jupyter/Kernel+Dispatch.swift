import Foundation
import ZeroMQ

extension Kernel {
  /// Verifies and parses frames; bad ones are logged (one line) and dropped.
  func decode(_ frames: [Data], channel: String) -> Message? {
    let message: Message
    do {
      message = try codec.decode(frames)
    } catch {
      KernelLog.log("dropped invalid message on \(channel): \(error)")
      return nil
    }
    // A replay is the same msg_id with the same signature on the same channel. Clients reuse
    // msg_ids across channels (jupyter_client's manager and client share a session), and a
    // msg_id alone would also drop distinct unsigned messages, so the key has all three.
    let signature = frames.firstIndex(of: WireCodec.delimiter).map { frames[$0 + 1] } ?? Data()
    let replayKey = channel + " " + message.msgID + " " + String(decoding: signature, as: UTF8.self)
    let fresh = recentIDs.withLock { $0.insert(replayKey) }
    guard fresh else {
      KernelLog.log("dropped duplicate msg_id \(message.msgID) on \(channel)")
      return nil
    }
    return message
  }

  /// Serves one request: busy, handler, reply, idle — all with the request as parent.
  func dispatch(_ message: Message, channel: KernelChannel) {
    iopub.status("busy", parent: message)
    defer { iopub.status("idle", parent: message) }
    let socket = channel == .shell ? shellSocket : controlSocket
    do {
      switch (message.msgType, channel) {
      case ("execute_request", .shell): try execute(message)
      case ("kernel_info_request", _): reply(to: message, on: socket, content: kernelInfoContent())
      case ("complete_request", .shell): try complete(message)
      case ("inspect_request", .shell): try inspect(message)
      case ("is_complete_request", .shell): try isComplete(message)
      case ("history_request", .shell): try historyRequest(message)
      case ("comm_info_request", .shell):
        reply(to: message, on: socket, content: ["status": "ok", "comms": .emptyObject])
      case ("comm_open", .shell): commOpen(message)
      case ("comm_msg", .shell), ("comm_close", .shell):
        KernelLog.log("ignored \(message.msgType) for unknown comm")
      case ("shutdown_request", _): shutdown(message, on: socket)
      case ("interrupt_request", .control):
        interrupt()
        reply(to: message, on: socket, content: ["status": "ok"])
      default:
        KernelLog.log("unknown message type \(message.msgType) on \(channel.rawValue); ignored")
      }
    } catch {
      KernelLog.log("bad \(message.msgType): \(error)")
      var content: [String: JSONValue] = [
        "status": "error", "ename": "InvalidRequest", "evalue": .string("\(error)"),
        "traceback": [],
      ]
      if message.msgType == "execute_request" { content["execution_count"] = .int(executionCount) }
      reply(to: message, on: socket, content: .object(content))
    }
  }

  /// Sends `<request>_reply` on a ROUTER socket to the request's identities.
  func reply(
    to request: Message, on socket: Socket, content: JSONValue, metadata: JSONValue = .emptyObject
  ) {
    var type = request.msgType
    if type.hasSuffix("_request") { type.removeLast("_request".count) }
    let message = Message.make(
      type: type + "_reply", content: content, session: session, parent: request,
      metadata: metadata, username: configuration.username)
    do {
      try socket.send(codec.encode(message))
    } catch {
      KernelLog.log("sending \(message.msgType) failed: \(error)")
    }
  }
}
