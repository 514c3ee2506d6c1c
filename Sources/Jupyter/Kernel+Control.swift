import Foundation
import ZeroMQ

extension Kernel {
  /// Starts the thread serving the control channel (shutdown, interrupt, kernel_info).
  func startControlThread() {
    let thread = Thread { [self] in
      while !flags.isStopping {
        do {
          guard try controlSocket.waitReadable(timeoutMilliseconds: 100),
            let frames = try controlSocket.receive(dontWait: true)
          else { continue }
          if let message = decode(frames, channel: "control") {
            dispatch(message, channel: .control)
          }
        } catch {
          KernelLog.log("control: \(error)")
          Thread.sleep(forTimeInterval: 0.05)
        }
      }
      controlSocket.close()
      controlFinished.signal()
    }
    thread.name = "neurona-control"
    thread.start()
  }

  /// Serves `shutdown_request`: reply, a copy on IOPub, then every loop ends.
  ///
  /// A cell still running is interrupted; with `forcedExitDelay` the process exits even if
  /// the cell ignores the interrupt.
  func shutdown(_ request: Message, on socket: Socket) {
    let restart = request.content["restart"].boolValue ?? false
    let content: JSONValue = ["status": "ok", "restart": .bool(restart)]
    reply(to: request, on: socket, content: content)
    iopub.publish("shutdown_reply", content: content, parent: request)
    KernelLog.log("shutdown requested (restart: \(restart))")
    flags.requestStop()
    interpreter.interrupt()
    if let delay = configuration.forcedExitDelay {
      let forcer = Thread {
        Thread.sleep(forTimeInterval: delay)
        KernelLog.log("shell still busy \(delay) s after shutdown; exiting")
        exit(0)
      }
      forcer.name = "neurona-shutdown"
      forcer.start()
    }
  }
}
