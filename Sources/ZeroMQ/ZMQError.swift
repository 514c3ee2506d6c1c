import CZeroMQ

/// An error reported by libzmq or by the wrapper around it.
public enum ZMQError: Error, CustomStringConvertible, Equatable {
  /// A `zmq_*` call failed; `errno` was read right after the call, `message` is `zmq_strerror`.
  case call(function: String, errno: Int32, message: String)
  /// A socket option value had the wrong shape (for example a CURVE key that is not 40 Z85 characters).
  case invalidOption(name: String, reason: String)

  /// A readable one-line description.
  public var description: String {
    switch self {
    case let .call(function, code, message):
      return "\(function) failed: \(message) (errno \(code))"
    case let .invalidOption(name, reason):
      return "invalid socket option \(name): \(reason)"
    }
  }

  /// The errno value of a failed call, or nil for wrapper errors.
  public var errno: Int32? {
    if case let .call(_, code, _) = self { return code }
    return nil
  }

  /// True when the call failed because it was interrupted by a signal (EINTR).
  public var isInterrupted: Bool { errno == EINTR }

  /// True when a non-blocking call found nothing to do (EAGAIN).
  public var isWouldBlock: Bool { errno == EAGAIN }
}

/// Captures errno and its text right after a failed libzmq call.
@usableFromInline
func lastZMQError(_ function: String) -> ZMQError {
  let code = zmq_errno()
  let text = zmq_strerror(code).map { String(cString: $0) } ?? "unknown error"
  return .call(function: function, errno: code, message: text)
}

/// The single gate every `zmq_*` integer return code passes through.
///
/// Runs `body`; a negative result throws a `ZMQError` built from `zmq_errno()`, read
/// immediately after the failing call. Non-negative results are returned.
@discardableResult
@usableFromInline
func zmqCall(_ function: String, _ body: () -> Int32) throws -> Int32 {
  let result = body()
  if result < 0 { throw lastZMQError(function) }
  return result
}

/// The same gate for `zmq_*` calls returning a pointer (nil means failure).
@usableFromInline
func zmqCall(_ function: String, _ body: () -> UnsafeMutableRawPointer?) throws
  -> UnsafeMutableRawPointer
{
  guard let pointer = body() else { throw lastZMQError(function) }
  return pointer
}
