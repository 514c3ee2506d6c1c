import Foundation
import Synchronization
import ZeroMQ

/// The kernel's IOPub PUB socket, shared by the shell and control threads.
///
/// ZeroMQ sockets are not thread-safe, so every send goes through one `Mutex`.
public final class IOPubChannel: @unchecked Sendable {
  private let socket: Mutex<Socket>
  private let codec: WireCodec
  /// The kernel session id written into every header.
  public let session: String

  /// Wraps a bound PUB socket.
  init(socket: Socket, codec: WireCodec, session: String) {
    self.socket = Mutex(socket)
    self.codec = codec
    self.session = session
  }

  /// Publishes a message with `parent` as its parent header; failures are logged only.
  ///
  /// The topic frame is `stream.<name>` for streams and `kernel.<session>.<type>` otherwise.
  @discardableResult
  public func publish(
    _ type: String, content: JSONValue, parent: Message?, metadata: JSONValue = .emptyObject
  ) -> Message {
    let topic: String
    if type == "stream", let name = content["name"].stringValue {
      topic = "stream.\(name)"
    } else {
      topic = "kernel.\(session).\(type)"
    }
    let message = Message.make(
      type: type, content: content, session: session, parent: parent, metadata: metadata,
      identities: [Data(topic.utf8)])
    let frames = codec.encode(message)
    socket.withLock { socket in
      do {
        try socket.send(frames)
      } catch {
        KernelLog.log("IOPub send of \(type) failed: \(error)")
      }
    }
    return message
  }

  /// Publishes `status` with the given execution state.
  public func status(_ state: String, parent: Message?) {
    publish("status", content: ["execution_state": .string(state)], parent: parent)
  }

  /// Closes the socket (after the kernel has stopped).
  func close() {
    socket.withLock { $0.close() }
  }
}
