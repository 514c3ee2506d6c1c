import Foundation
import XCTest
import ZeroMQ

@testable import Jupyter

/// The IOPub XPUB socket holds a request's first message until a client has subscribed, so a
/// client that subscribes late (jupyter console under load) still gets its first cell's status.
final class IOPubChannelTests: XCTestCase {
  func testFirstMessageForARequestWaitsForALateSubscriber() throws {
    let context = try Context()
    let publisher = try context.socket(.xpub)
    try publisher.setLinger(milliseconds: 0)
    try publisher.bind("tcp://127.0.0.1:*")
    let port = try XCTUnwrap(try publisher.boundPort())
    let codec = WireCodec(key: "secret")
    let channel = IOPubChannel(socket: publisher, codec: codec, session: "kernel-session")
    XCTAssertFalse(channel.hasSubscriber)

    // The client connects and subscribes a moment after the kernel starts publishing.
    let subscriber = try context.socket(.sub)
    try subscriber.setLinger(milliseconds: 0)
    let connected = expectation(description: "subscribed")
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) {
      do {
        try subscriber.subscribe("")
        try subscriber.connect("tcp://127.0.0.1:\(port)")
      } catch {
        XCTFail("subscribe: \(error)")
      }
      connected.fulfill()
    }
    let request = Message.make(type: "execute_request", content: [:], session: "client", username: "test")
    channel.status("busy", parent: request)
    wait(for: [connected], timeout: 5)
    XCTAssertTrue(channel.hasSubscriber)

    XCTAssertTrue(try subscriber.waitReadable(timeoutMilliseconds: 5_000), "the busy status was dropped")
    let frames = try XCTUnwrap(try subscriber.receive(dontWait: true))
    let message = try codec.decode(frames)
    XCTAssertEqual(message.msgType, "status")
    XCTAssertEqual(message.content["execution_state"], "busy")
    XCTAssertEqual(message.parentMsgID, request.msgID)
    subscriber.close()
    channel.close()
  }
}
