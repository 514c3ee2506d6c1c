import Foundation
import ZeroMQ

/// The heartbeat REP socket, echoed on its own thread; also watches the parent process.
final class Heartbeat {
  private let socket: Socket
  private let flags: KernelFlags
  private let parentPID: Int32?
  private let onParentDeath: () -> Void
  private let finished = DispatchSemaphore(value: 0)

  init(socket: Socket, flags: KernelFlags, parentPID: Int32?, onParentDeath: @escaping () -> Void) {
    self.socket = socket
    self.flags = flags
    self.parentPID = parentPID
    self.onParentDeath = onParentDeath
  }

  /// Starts the echo thread.
  func start() {
    let thread = Thread { [self] in
      loop()
      socket.close()
      finished.signal()
    }
    thread.name = "neurona-heartbeat"
    thread.start()
  }

  /// Blocks until the thread has stopped (after `flags.requestStop()`).
  func wait() {
    finished.wait()
  }

  private func loop() {
    while !flags.isStopping {
      do {
        if try socket.waitReadable(timeoutMilliseconds: 250),
          let frames = try socket.receive(dontWait: true)
        {
          try socket.send(frames)
        }
      } catch {
        KernelLog.log("heartbeat: \(error)")
        Thread.sleep(forTimeInterval: 0.25)
      }
      if let parentPID, kill(parentPID, 0) != 0, errno == ESRCH {
        KernelLog.log("parent process \(parentPID) is gone; shutting down")
        onParentDeath()
        return
      }
    }
  }
}
