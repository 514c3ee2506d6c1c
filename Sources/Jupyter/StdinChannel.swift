import Foundation
import ZeroMQ

/// The kernel's stdin ROUTER socket: sends `input_request`, waits for `input_reply`.
///
/// Used only from the shell thread, while a cell runs.
final class StdinChannel {
  private let socket: Socket
  private let codec: WireCodec
  private let session: String
  private let flags: KernelFlags

  init(socket: Socket, codec: WireCodec, session: String, flags: KernelFlags) {
    self.socket = socket
    self.codec = codec
    self.session = session
    self.flags = flags
  }

  /// Asks the client that sent `request` for a line and blocks until it answers.
  ///
  /// Throws `StdinError.interrupted` within about 50 ms of an interrupt.
  func readLine(prompt: String, password: Bool, request: Message) throws -> String {
    let startInterrupts = flags.interruptCount
    discardStaleReplies()
    let inputRequest = Message.make(
      type: "input_request", content: ["prompt": .string(prompt), "password": .bool(password)],
      session: session, parent: request, identities: request.identities)
    do {
      try socket.send(codec.encode(inputRequest))
    } catch {
      throw StdinError.transport(String(describing: error))
    }
    while true {
      if flags.interruptCount != startInterrupts { throw StdinError.interrupted }
      if flags.isStopping { throw StdinError.shuttingDown }
      let frames: [Data]?
      do {
        guard try socket.waitReadable(timeoutMilliseconds: 50) else { continue }
        frames = try socket.receive(dontWait: true)
      } catch {
        throw StdinError.transport(String(describing: error))
      }
      guard let frames else { continue }
      let reply: Message
      do {
        reply = try codec.decode(frames)
      } catch {
        KernelLog.log("dropped message on stdin: \(error)")
        continue
      }
      guard reply.msgType == "input_reply" else {
        KernelLog.log("ignored \(reply.msgType) on stdin")
        continue
      }
      if let parent = reply.parentMsgID, parent != inputRequest.msgID {
        KernelLog.log("ignored input_reply for another request")
        continue
      }
      return reply.content["value"].stringValue ?? ""
    }
  }

  /// Drops replies left over from an earlier, interrupted input request.
  private func discardStaleReplies() {
    while let frames = try? socket.receive(dontWait: true) {
      KernelLog.log("discarded stale stdin message of \(frames.count) frames")
    }
  }

  func close() {
    socket.close()
  }
}
