import CZeroMQ

/// One ZeroMQ socket. Not thread-safe: use each socket from one thread at a time.
///
/// The socket holds its `Context` alive and closes itself in `deinit`.
public final class Socket: @unchecked Sendable {
  /// The raw `void *` handle; nil after `close()`.
  private(set) var handle: UnsafeMutableRawPointer?
  /// The context this socket belongs to (kept alive while the socket exists).
  public let context: Context
  /// The socket's pattern.
  public let type: SocketType

  init(context: Context, type: SocketType) throws {
    self.context = context
    self.type = type
    handle = try zmqCall("zmq_socket") { zmq_socket(context.handle, type.rawValue) }
  }

  /// The open handle, or a ZMQError (ENOTSOCK) when the socket was closed.
  func open(_ function: String) throws -> UnsafeMutableRawPointer {
    guard let handle else {
      throw ZMQError.call(function: function, errno: ENOTSOCK, message: "socket is closed")
    }
    return handle
  }

  /// Binds to an endpoint such as `tcp://127.0.0.1:5555` or `tcp://127.0.0.1:*`.
  public func bind(_ endpoint: String) throws {
    let handle = try open("zmq_bind")
    try zmqCall("zmq_bind(\(endpoint))") { zmq_bind(handle, endpoint) }
  }

  /// Connects to an endpoint.
  public func connect(_ endpoint: String) throws {
    let handle = try open("zmq_connect")
    try zmqCall("zmq_connect(\(endpoint))") { zmq_connect(handle, endpoint) }
  }

  /// Closes the socket now; later calls fail with ENOTSOCK. Safe to call twice.
  public func close() {
    if let handle {
      zmq_close(handle)
      self.handle = nil
    }
  }

  deinit {
    close()
  }
}
