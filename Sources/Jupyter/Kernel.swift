import Foundation
import Synchronization
import ZeroMQ

/// A Jupyter kernel: binds the five sockets and serves an interpreter over them.
///
/// Threads: shell requests run on the thread that calls `run()`; control (shutdown,
/// interrupt, kernel_info) and heartbeat each have their own thread; IOPub sends are
/// serialised through a mutex. The interpreter knows nothing of sockets or messages.
public final class Kernel: @unchecked Sendable {
  /// The interpreter being served.
  public let interpreter: KernelInterpreter
  /// The connection info with every port resolved (port 0 in the file picks a free one).
  public let connection: ConnectionInfo
  /// This process's session id, new on every start.
  public let session: String
  /// The tunables.
  public let configuration: KernelConfiguration

  let codec: WireCodec
  let flags = KernelFlags()
  let context: Context
  let shellSocket: Socket
  let controlSocket: Socket
  let iopub: IOPubChannel
  let stdin: StdinChannel
  let heartbeat: Heartbeat
  let recentIDs = Mutex(RecentMessageIDs())
  let controlFinished = DispatchSemaphore(value: 0)

  /// Shell-thread state: the execution counter and the history.
  var executionCount = 0
  var history = HistoryStore()

  /// Binds all sockets; the kernel serves once `run()` is called.
  public init(
    connection: ConnectionInfo, interpreter: KernelInterpreter,
    configuration: KernelConfiguration = KernelConfiguration()
  ) throws {
    self.interpreter = interpreter
    self.configuration = configuration
    session = UUID().uuidString.lowercased()
    codec = WireCodec(
      key: connection.key, scheme: try SignatureScheme(name: connection.signatureScheme),
      maxMessageBytes: configuration.maxMessageBytes)
    context = try Context()

    var resolved = connection
    let context = self.context
    func open(_ type: SocketType, _ port: Int) throws -> (Socket, Int) {
      try Kernel.bindSocket(type, port: port, connection: connection, context: context)
    }
    let shell = try open(.router, connection.shellPort)
    let control = try open(.router, connection.controlPort)
    let stdinPair = try open(.router, connection.stdinPort)
    let iopubPair = try open(.xpub, connection.iopubPort)
    let hb = try open(.rep, connection.hbPort)
    resolved.shellPort = shell.1
    resolved.controlPort = control.1
    resolved.stdinPort = stdinPair.1
    resolved.iopubPort = iopubPair.1
    resolved.hbPort = hb.1
    self.connection = resolved
    shellSocket = shell.0
    controlSocket = control.0
    iopub = IOPubChannel(socket: iopubPair.0, codec: codec, session: session)
    stdin = StdinChannel(socket: stdinPair.0, codec: codec, session: session, flags: flags)
    let flags = self.flags
    let interpreterRef = interpreter
    heartbeat = Heartbeat(socket: hb.0, flags: flags, parentPID: configuration.parentPID) {
      flags.requestStop()
      interpreterRef.interrupt()
    }
  }

  /// Creates, secures and binds one socket; returns it with its resolved port.
  private static func bindSocket(
    _ type: SocketType, port: Int, connection: ConnectionInfo, context: Context
  ) throws -> (Socket, Int) {
    let socket = try context.socket(type)
    try socket.setLinger(milliseconds: 0)
    if let secret = connection.curveSecretKey {
      try socket.makeCurveServer(secretKey: secret)
    }
    try socket.bind(connection.endpoint(port: port))
    guard connection.transport == "tcp" else { return (socket, port) }
    return (socket, try socket.boundPort() ?? port)
  }

  /// Serves requests until a shutdown request (or the parent's death); then closes sockets.
  public func run() throws {
    if configuration.handlesSIGINT {
      InterruptSignal.install { [weak self] in self?.interrupt() }
    }
    heartbeat.start()
    startControlThread()
    iopub.status("starting", parent: nil)
    if connection.curveSecretKey == nil && connection.transport == "tcp" {
      KernelLog.log("serving on \(connection.ip) without transport encryption")
    }
    while !flags.isStopping {
      do {
        guard try shellSocket.waitReadable(timeoutMilliseconds: 100),
          let frames = try shellSocket.receive(dontWait: true)
        else { continue }
        if let message = decode(frames, channel: "shell") {
          dispatch(message, channel: .shell)
        }
      } catch {
        KernelLog.log("shell: \(error)")
        Thread.sleep(forTimeInterval: 0.05)
      }
    }
    controlFinished.wait()
    heartbeat.wait()
    shellSocket.close()
    stdin.close()
    iopub.close()
  }

  /// Interrupts the running cell (thread-safe; used by SIGINT and `interrupt_request`).
  public func interrupt() {
    flags.noteInterrupt()
    interpreter.interrupt()
  }

  /// Asks `run()` to return soon, as a shutdown request would.
  public func stop() {
    flags.requestStop()
    interpreter.interrupt()
  }

  /// Whether a shutdown has been requested.
  public var isStopping: Bool { flags.isStopping }
}
