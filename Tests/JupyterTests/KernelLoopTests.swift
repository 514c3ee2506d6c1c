import Foundation
import XCTest
import ZeroMQ

@testable import Jupyter

/// Runs the real kernel loop on loopback ports with a fake interpreter.
final class KernelLoopTests: XCTestCase {
  private var kernel: Kernel?
  private var client: TestClient?
  private let finished = DispatchSemaphore(value: 0)

  override func setUpWithError() throws {
    let info = ConnectionInfo(key: "test-key-123")
    let kernel = try Kernel(connection: info, interpreter: FakeInterpreter())
    self.kernel = kernel
    let finished = self.finished
    let thread = Thread {
      do { try kernel.run() } catch { XCTFail("run failed: \(error)") }
      finished.signal()
    }
    thread.start()
    let client = try TestClient(connection: kernel.connection)
    self.client = client
    try client.waitForReady()
  }

  override func tearDown() {
    kernel?.stop()
    XCTAssertEqual(finished.wait(timeout: .now() + 5), .success, "kernel loop did not stop")
    client?.close()
    kernel = nil
    client = nil
  }

  private func types(_ messages: [Message]) -> [String] {
    messages.map { $0.msgType == "status" ? "status:\($0.content["execution_state"].stringValue ?? "")" : $0.msgType }
  }

  func testExecutePublishesInProtocolOrder() throws {
    let client = try XCTUnwrap(client)
    let (reply, iopub) = try client.execute("print hello\nresult 42")
    XCTAssertEqual(
      types(iopub),
      ["status:busy", "execute_input", "stream", "execute_result", "status:idle"])
    XCTAssertEqual(iopub[1].content["code"], "print hello\nresult 42")
    XCTAssertEqual(iopub[2].content, ["name": "stdout", "text": "hello\n"])
    XCTAssertEqual(iopub[3].content["data"], ["text/plain": "42"])
    let content = try XCTUnwrap(reply).content
    XCTAssertEqual(reply?.msgType, "execute_reply")
    XCTAssertEqual(content["status"], "ok")
    XCTAssertEqual(content["execution_count"], 1)
    XCTAssertEqual(content["payload"], [])
    XCTAssertEqual(iopub[1].content["execution_count"], 1)
    XCTAssertEqual(try client.execute("print again").0?.content["execution_count"], 2)
  }

  func testBadSignatureIsDroppedAndKernelKeepsServing() throws {
    let client = try XCTUnwrap(client)
    let forged = Message.make(type: "execute_request", content: ["code": "print pwned"], session: "x")
    try client.shell.send(WireCodec(key: "wrong-key").encode(forged))
    try client.shell.send([Data("garbage".utf8)])
    XCTAssertNil(try client.receive(on: client.shell, timeout: 0.5))
    XCTAssertNil(try client.receive(on: client.iopub, timeout: 0.1))
    let (reply, iopub) = try client.execute("print fine")
    XCTAssertEqual(reply?.content["status"], "ok")
    XCTAssertEqual(reply?.content["execution_count"], 1)
    XCTAssertTrue(types(iopub).contains("stream"))
  }

  func testErrorPublishesExactlyOneErrorAndAbortsQueuedCells() throws {
    let client = try XCTUnwrap(client)
    let first = try client.send("execute_request", ["code": "sleep 0.3\nfail bad"])
    let second = try client.send("execute_request", ["code": "print never"])
    let third = try client.send("execute_request", ["code": "print never"])
    let replies = try (0..<3).compactMap { _ in try client.receive(on: client.shell) }
    XCTAssertEqual(replies.map(\.parentMsgID), [first.msgID, second.msgID, third.msgID])
    XCTAssertEqual(replies[0].content["status"], "error")
    XCTAssertEqual(replies[0].content["ename"], "ValueError")
    XCTAssertEqual(replies[0].content["execution_count"], 1)
    XCTAssertEqual(replies[1].content, ["status": "aborted"])
    XCTAssertEqual(replies[2].content, ["status": "aborted"])
    var all: [Message] = []
    while let message = try client.receive(on: client.iopub, timeout: 0.5) { all.append(message) }
    XCTAssertEqual(types(all.filter { $0.parentMsgID == first.msgID }).filter { $0 == "error" }.count, 1)
    XCTAssertEqual(types(all.filter { $0.parentMsgID == second.msgID }), ["status:busy", "status:idle"])
    // Without stop_on_error the next cell runs.
    _ = try client.execute("fail again", ["stop_on_error": false])
    XCTAssertEqual(try client.execute("print ok").0?.content["status"], "ok")
  }

  func testSilentPublishesNothingAndKeepsTheCount() throws {
    let client = try XCTUnwrap(client)
    let (reply, iopub) = try client.execute("print quiet\nresult 1", ["silent": true])
    XCTAssertEqual(types(iopub), ["status:busy", "status:idle"])
    XCTAssertEqual(reply?.content["execution_count"], 0)
    XCTAssertEqual(try client.execute("print x").0?.content["execution_count"], 1)
  }

  func testWrongFieldTypesAreAnsweredAndDuplicatesDropped() throws {
    let client = try XCTUnwrap(client)
    let (reply, _) = try client.execute("", ["code": 5])
    XCTAssertEqual(reply?.content["status"], "error")
    XCTAssertEqual(reply?.content["ename"], "InvalidRequest")
    let request = Message.make(type: "execute_request", content: ["code": "print once"], session: "s")
    let frames = client.codec.encode(request)
    try client.shell.send(frames)
    try client.shell.send(frames)
    XCTAssertNotNil(try client.receive(on: client.shell))
    XCTAssertNil(try client.receive(on: client.shell, timeout: 0.5))
    XCTAssertEqual(try client.execute("print still").0?.content["status"], "ok")
  }

  func testSameMessageOnShellAndControlIsServedTwice() throws {
    let client = try XCTUnwrap(client)
    let request = Message.make(type: "kernel_info_request", content: [:], session: client.session)
    let frames = client.codec.encode(request)
    try client.shell.send(frames)
    try client.control.send(frames)
    XCTAssertEqual(try client.receive(on: client.shell)?.msgType, "kernel_info_reply")
    XCTAssertEqual(try client.receive(on: client.control)?.msgType, "kernel_info_reply")
  }

  func testServiceRequests() throws {
    let client = try XCTUnwrap(client)
    try client.send("kernel_info_request", [:], on: client.control)
    let info = try XCTUnwrap(client.receive(on: client.control)).content
    XCTAssertEqual(info["protocol_version"], "5.4")
    XCTAssertEqual(info["implementation"], "neurona")
    XCTAssertEqual(info["language_info"]["name"], "python")
    XCTAssertEqual(info["language_info"]["file_extension"], ".py")
    XCTAssertEqual(info["language_info"]["codemirror_mode"], ["name": "python", "version": 3])

    try client.send("complete_request", ["code": "pri", "cursor_pos": 3])
    let completion = try XCTUnwrap(client.receive(on: client.shell)).content
    XCTAssertEqual(completion["matches"], ["print"])
    XCTAssertEqual(completion["metadata"], .emptyObject)

    try client.send("is_complete_request", ["code": "for x in y:"])
    XCTAssertEqual(try client.receive(on: client.shell)?.content, ["status": "incomplete", "indent": "    "])

    try client.send("inspect_request", ["code": "len", "cursor_pos": 3, "detail_level": 0])
    let inspect = try XCTUnwrap(client.receive(on: client.shell)).content
    XCTAssertEqual(inspect["found"], true)
    XCTAssertEqual(inspect["data"], ["text/plain": "doc of len"])

    try client.send("comm_info_request", [:])
    XCTAssertEqual(try client.receive(on: client.shell)?.content, ["status": "ok", "comms": .emptyObject])

    let open = try client.send("comm_open", ["comm_id": "c1", "target_name": "jupyter.widget.control", "data": [:]])
    XCTAssertEqual(types(try client.iopubMessages(for: open)), ["status:busy", "comm_close", "status:idle"])
  }

  func testHistoryAndUserExpressions() throws {
    let client = try XCTUnwrap(client)
    let (reply, _) = try client.execute("result 3", ["user_expressions": ["a": "x", "b": "boom"]])
    XCTAssertEqual(reply?.content["user_expressions"]["a"]["data"], ["text/plain": "<x>"])
    XCTAssertEqual(reply?.content["user_expressions"]["b"]["status"], "error")
    _ = try client.execute("print 2")
    _ = try client.execute("page help text")
    try client.send("history_request", ["hist_access_type": "tail", "n": 2, "output": false, "raw": true])
    let tail = try XCTUnwrap(client.receive(on: client.shell)).content["history"]
    XCTAssertEqual(tail, [[1, 2, "print 2"], [1, 3, "page help text"]])
    try client.send("history_request", ["hist_access_type": "range", "session": 1, "start": 1, "stop": 2, "output": true])
    XCTAssertEqual(try client.receive(on: client.shell)?.content["history"], [[1, 1, ["result 3", "3"]]])
    try client.send("history_request", ["hist_access_type": "search", "pattern": "p*", "n": 5])
    XCTAssertEqual(try client.receive(on: client.shell)?.content["history"].arrayValue?.count, 2)
  }

  func testPagePayloadAndNaNSanitising() throws {
    let client = try XCTUnwrap(client)
    let (reply, _) = try client.execute("page some help")
    XCTAssertEqual(reply?.content["payload"], [["source": "page", "data": ["text/plain": "some help"], "start": 0]])
    let (_, iopub) = try client.execute("nan")
    let result = try XCTUnwrap(iopub.first { $0.msgType == "execute_result" })
    XCTAssertEqual(result.content["data"]["application/json"], ["loss": .null])
  }

  func testStdinRoundTripAndRefusal() throws {
    let client = try XCTUnwrap(client)
    let request = try client.send("execute_request", ["code": "input name?", "allow_stdin": true])
    let inputRequest = try XCTUnwrap(client.receive(on: client.stdin))
    XCTAssertEqual(inputRequest.msgType, "input_request")
    XCTAssertEqual(inputRequest.content, ["prompt": "name?", "password": false])
    XCTAssertEqual(inputRequest.parentMsgID, request.msgID)
    var answer = Message.make(type: "input_reply", content: ["value": "Ada"], session: client.session)
    answer.parentHeader = inputRequest.header
    try client.stdin.send(client.codec.encode(answer))
    XCTAssertEqual(try client.receive(on: client.shell)?.content["status"], "ok")
    let streams = try client.iopubMessages(for: request).filter { $0.msgType == "stream" }
    XCTAssertEqual(streams.first?.content["text"], "got Ada\n")

    let (refused, _) = try client.execute("input x", ["allow_stdin": false])
    XCTAssertEqual(refused?.content["ename"], "StdinError")
  }

  func testInterruptOnControlStopsARunningCell() throws {
    let client = try XCTUnwrap(client)
    let started = Date()
    try client.send("execute_request", ["code": "spin"])
    Thread.sleep(forTimeInterval: 0.2)
    try client.send("interrupt_request", [:], on: client.control)
    XCTAssertEqual(try client.receive(on: client.control)?.content, ["status": "ok"])
    let reply = try XCTUnwrap(client.receive(on: client.shell))
    XCTAssertEqual(reply.content["ename"], "KeyboardInterrupt")
    XCTAssertLessThan(Date().timeIntervalSince(started), 3)
  }

  func testShutdownRequestEndsTheLoop() throws {
    let client = try XCTUnwrap(client)
    try client.send("shutdown_request", ["restart": true], on: client.control)
    XCTAssertEqual(try client.receive(on: client.control)?.content, ["status": "ok", "restart": true])
    XCTAssertEqual(finished.wait(timeout: .now() + 3), .success)
    finished.signal()  // for tearDown
  }
}
