import Foundation
import Synchronization
import ZeroMQ

/// The kernel's IOPub socket, shared by the shell and control threads.
///
/// ZeroMQ sockets are not thread-safe, so every send goes through one `Mutex`.
///
/// The socket is an XPUB: it publishes like a PUB and also hears each client's subscription.
/// A PUB socket drops what it sends before a subscription reaches it, and a client that does not
/// wait for IOPub (jupyter console sends its first cell as soon as `kernel_info` is answered)
/// could lose that cell's `busy`/`idle` and wait forever. So the first message for an
/// `execute_request` waits up to `firstSubscriberWait` for a subscriber, once per kernel; later
/// ones never wait, nor does anything for other requests (a `kernel_info` reply is never held).
public final class IOPubChannel: @unchecked Sendable {
  /// The socket and what it has heard of subscribers.
  private struct State {
    let socket: Socket
    /// Whether a client has subscribed.
    var subscribed = false
    /// Whether the one wait for a first subscriber has happened.
    var waited = false
  }

  /// How long the first message for a cell waits for a subscriber, in milliseconds.
  static let firstSubscriberWait = 1_000

  private let state: Mutex<State>
  private let codec: WireCodec
  /// The kernel session id written into every header.
  public let session: String

  /// Wraps a bound XPUB (or PUB) socket.
  init(socket: Socket, codec: WireCodec, session: String) {
    self.state = Mutex(State(socket: socket))
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
    state.withLock { state in
      // Subscriptions are read only for this one wait: every later send goes straight out.
      if !state.waited && parent?.msgType == "execute_request" {
        state.waited = true
        IOPubChannel.waitForSubscriber(&state)
      }
      do {
        try state.socket.send(frames)
      } catch {
        KernelLog.log("IOPub send of \(type) failed: \(error)")
      }
    }
    return message
  }

  /// Whether a client has subscribed so far (read from the socket's queued subscribe frames).
  var hasSubscriber: Bool {
    state.withLock { state in
      IOPubChannel.readSubscriptions(&state)
      return state.subscribed
    }
  }

  /// Reads the subscribe and unsubscribe frames queued on the socket; a subscribe frame starts
  /// with byte 1. A plain PUB socket has none.
  private static func readSubscriptions(_ state: inout State) {
    while let frames = try? state.socket.receive(dontWait: true) {
      if frames.first?.first == 1 { state.subscribed = true }
    }
  }

  /// Blocks up to `firstSubscriberWait` for a subscribe frame (none when one has arrived).
  private static func waitForSubscriber(_ state: inout State) {
    readSubscriptions(&state)
    let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(firstSubscriberWait) * 1_000_000
    while !state.subscribed {
      let now = DispatchTime.now().uptimeNanoseconds
      guard now < deadline else {
        KernelLog.log("no IOPub subscriber after \(firstSubscriberWait) ms: publishing anyway")
        return
      }
      let remaining = Int((deadline - now) / 1_000_000) + 1
      guard (try? state.socket.waitReadable(timeoutMilliseconds: remaining)) == true else { continue }
      readSubscriptions(&state)
    }
  }

  /// Publishes `status` with the given execution state.
  public func status(_ state: String, parent: Message?) {
    publish("status", content: ["execution_state": .string(state)], parent: parent)
  }

  /// Closes the socket (after the kernel has stopped).
  func close() {
    state.withLock { $0.socket.close() }
  }
}
