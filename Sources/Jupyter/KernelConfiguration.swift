import Foundation

/// Tunables of a `Kernel` that do not come from the connection file.
public struct KernelConfiguration: Sendable {
  /// Messages larger than this many bytes (all frames) are logged and dropped.
  public var maxMessageBytes: Int
  /// Install a SIGINT handler that interrupts the interpreter instead of killing the process.
  public var handlesSIGINT: Bool
  /// Exit when this process disappears (from `JPY_PARENT_PID`); nil disables the check.
  public var parentPID: Int32?
  /// After a shutdown request, force `exit(0)` if the shell thread is still busy this long.
  public var forcedExitDelay: TimeInterval?
  /// The username written into message headers.
  public var username: String

  /// Creates a configuration; the defaults suit tests (no signals, no parent watch).
  public init(
    maxMessageBytes: Int = 64 << 20, handlesSIGINT: Bool = false, parentPID: Int32? = nil,
    forcedExitDelay: TimeInterval? = nil, username: String = "kernel"
  ) {
    self.maxMessageBytes = maxMessageBytes
    self.handlesSIGINT = handlesSIGINT
    self.parentPID = parentPID
    self.forcedExitDelay = forcedExitDelay
    self.username = username
  }

  /// The configuration for a kernel launched by Jupyter: SIGINT handled, parent watched.
  public static func launched(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> KernelConfiguration
  {
    let parent = environment["JPY_PARENT_PID"].flatMap { Int32($0) }.flatMap { $0 > 1 ? $0 : nil }
    return KernelConfiguration(handlesSIGINT: true, parentPID: parent, forcedExitDelay: 2.0)
  }
}
