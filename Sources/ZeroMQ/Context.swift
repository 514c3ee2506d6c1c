import CZeroMQ

/// A libzmq context: owns the I/O threads that every socket created from it uses.
///
/// Sockets keep their context alive; the context is terminated in `deinit`, after the last
/// socket has been closed. Set `linger` to 0 on sockets so termination never blocks.
public final class Context: @unchecked Sendable {
  /// The raw `void *` handle.
  let handle: UnsafeMutableRawPointer

  /// Creates a new context.
  public init() throws {
    handle = try zmqCall("zmq_ctx_new") { zmq_ctx_new() }
  }

  /// Creates a socket of the given type in this context.
  public func socket(_ type: SocketType) throws -> Socket {
    try Socket(context: self, type: type)
  }

  /// Makes blocking calls on all sockets of this context return ETERM.
  public func shutdown() throws {
    try zmqCall("zmq_ctx_shutdown") { zmq_ctx_shutdown(handle) }
  }

  deinit {
    // Retry on EINTR; any other failure cannot be reported from deinit.
    while zmq_ctx_term(handle) != 0 && zmq_errno() == EINTR {}
  }

  /// The libzmq version as (major, minor, patch).
  public static var version: (major: Int, minor: Int, patch: Int) {
    var major: Int32 = 0
    var minor: Int32 = 0
    var patch: Int32 = 0
    zmq_version(&major, &minor, &patch)
    return (Int(major), Int(minor), Int(patch))
  }

  /// Whether libzmq was built with a capability, e.g. `"curve"`.
  public static func has(_ capability: String) -> Bool {
    zmq_has(capability) != 0
  }
}
