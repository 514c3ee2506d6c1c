import Foundation
import XCTest
import ZeroMQ

@testable import Jupyter

/// A minimal Jupyter client over DEALER/SUB sockets, for in-process kernel tests.
final class TestClient {
  let context: Context
  let shell: Socket
  let control: Socket
  let stdin: Socket
  let iopub: Socket
  let codec: WireCodec
  let session = UUID().uuidString.lowercased()

  init(connection: ConnectionInfo, key: String? = nil) throws {
    context = try Context()
    codec = WireCodec(key: key ?? connection.key)
    let identity = Array(session.utf8)
    shell = try context.socket(.dealer)
    control = try context.socket(.dealer)
    stdin = try context.socket(.dealer)
    iopub = try context.socket(.sub)
    for socket in [shell, control, stdin, iopub] { try socket.setLinger(milliseconds: 0) }
    try shell.setIdentity(identity)
    try stdin.setIdentity(identity)
    try iopub.subscribe("")
    try shell.connect("tcp://127.0.0.1:\(connection.shellPort)")
    try control.connect("tcp://127.0.0.1:\(connection.controlPort)")
    try stdin.connect("tcp://127.0.0.1:\(connection.stdinPort)")
    try iopub.connect("tcp://127.0.0.1:\(connection.iopubPort)")
  }

  func close() {
    for socket in [shell, control, stdin, iopub] { socket.close() }
  }

  /// Builds and sends a request; returns it.
  @discardableResult
  func send(_ type: String, _ content: JSONValue, on socket: Socket? = nil) throws -> Message {
    let message = Message.make(type: type, content: content, session: session, username: "test")
    try (socket ?? shell).send(codec.encode(message))
    return message
  }

  /// Receives one message from a socket within `timeout` seconds.
  func receive(on socket: Socket, timeout: Double = 5) throws -> Message? {
    guard try socket.waitReadable(timeoutMilliseconds: Int(timeout * 1000)),
      let frames = try socket.receive(dontWait: true)
    else { return nil }
    return try codec.decode(frames)
  }

  /// Collects IOPub messages caused by `request` until its `status: idle`.
  func iopubMessages(for request: Message, timeout: Double = 5) throws -> [Message] {
    var collected: [Message] = []
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      guard let message = try receive(on: iopub, timeout: 0.5) else { continue }
      guard message.parentMsgID == request.msgID else { continue }
      collected.append(message)
      if message.msgType == "status", message.content["execution_state"] == "idle" { break }
    }
    return collected
  }

  /// Sends kernel_info until both its reply and an IOPub message arrive (like wait_for_ready).
  func waitForReady() throws {
    for _ in 0..<50 {
      let request = try send("kernel_info_request", [:])
      if try receive(on: shell, timeout: 1) != nil,
        try receive(on: iopub, timeout: 0.2) != nil
      {
        _ = try iopubMessages(for: request, timeout: 0.5)
        while try receive(on: iopub, timeout: 0.2) != nil {}
        return
      }
    }
    XCTFail("kernel never became ready")
  }

  /// Runs a cell; returns the reply and the IOPub messages of that request.
  func execute(_ code: String, _ extra: [String: JSONValue] = [:]) throws -> (Message?, [Message]) {
    var content: [String: JSONValue] = ["code": .string(code), "silent": false, "allow_stdin": false]
    content.merge(extra) { _, new in new }
    let request = try send("execute_request", .object(content))
    let reply = try receive(on: shell)
    return (reply, try iopubMessages(for: request))
  }
}
