import Foundation

/// The write end of the SIGINT self-pipe; the handler only writes one byte to it.
private nonisolated(unsafe) var interruptPipeWriteEnd: Int32 = -1

/// Turns SIGINT into a call on a normal thread (signal handlers may not take locks).
///
/// The handler writes a byte to a pipe; a watcher thread reads it and calls the callback.
/// The process is never killed by SIGINT while this is installed.
enum InterruptSignal {
  /// Installs the handler and starts the watcher thread. Call at most once per process.
  static func install(_ callback: @escaping @Sendable () -> Void) {
    var ends: [Int32] = [-1, -1]
    guard pipe(&ends) == 0 else {
      KernelLog.log("cannot create SIGINT pipe (errno \(errno)); ignoring SIGINT")
      signal(SIGINT, SIG_IGN)
      return
    }
    interruptPipeWriteEnd = ends[1]
    let readEnd = ends[0]
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in
      var byte: UInt8 = 1
      _ = write(interruptPipeWriteEnd, &byte, 1)
    }
    sigemptyset(&action.sa_mask)
    action.sa_flags = SA_RESTART
    if sigaction(SIGINT, &action, nil) != 0 {
      KernelLog.log("sigaction(SIGINT) failed (errno \(errno))")
    }
    let thread = Thread {
      var byte: UInt8 = 0
      while true {
        let count = read(readEnd, &byte, 1)
        if count == 1 {
          callback()
        } else if count < 0 && errno == EINTR {
          continue
        } else {
          return
        }
      }
    }
    thread.name = "neurona-sigint"
    thread.start()
  }
}
