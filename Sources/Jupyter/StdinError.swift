/// Why `OutputPublisher.readInput` could not return a line.
public enum StdinError: Error, Equatable, CustomStringConvertible {
  /// The execute_request had `allow_stdin: false` (nbclient, silent runs).
  case notAllowed
  /// The kernel was interrupted while waiting for the frontend.
  case interrupted
  /// The kernel is shutting down.
  case shuttingDown
  /// Sending the request or reading the reply failed.
  case transport(String)

  /// A readable one-line description.
  public var description: String {
    switch self {
    case .notAllowed: return "the frontend does not support input requests"
    case .interrupted: return "input interrupted"
    case .shuttingDown: return "the kernel is shutting down"
    case let .transport(reason): return "input request failed: \(reason)"
    }
  }
}
