import Foundation
import XCTest
import ZeroMQ

@testable import Jupyter

/// A kernel whose connection file has CURVE keys accepts only encrypted clients.
final class CurveKernelTests: XCTestCase {
  func testCurveKernelServesACurveClient() throws {
    try XCTSkipUnless(Context.has("curve"), "libzmq built without CURVE")
    let server = try Curve.keyPair()
    let info = ConnectionInfo(key: "k", curvePublicKey: server.publicKey, curveSecretKey: server.secretKey)
    let kernel = try Kernel(connection: info, interpreter: FakeInterpreter())
    let finished = DispatchSemaphore(value: 0)
    Thread {
      try? kernel.run()
      finished.signal()
    }.start()
    defer {
      kernel.stop()
      _ = finished.wait(timeout: .now() + 5)
    }
    let context = try Context()
    let port = kernel.connection.shellPort
    let plain = try context.socket(.dealer)
    try plain.setLinger(milliseconds: 0)
    try plain.connect("tcp://127.0.0.1:\(port)")
    let codec = WireCodec(key: "k")
    // The plain client's handshake with a CURVE server fails, and libzmq may drop the pipe
    // before this send; a blocking send would then wait forever, so do not block (a refused
    // send is as good as an unanswered one).
    _ = try? plain.send(codec.encode(Message.make(type: "kernel_info_request", content: [:], session: "p")), dontWait: true)
    XCTAssertFalse(try plain.waitReadable(timeoutMilliseconds: 500), "plain client was answered")
    plain.close()

    let client = try Curve.keyPair()
    let secure = try context.socket(.dealer)
    try secure.setLinger(milliseconds: 0)
    try secure.makeCurveClient(serverKey: server.publicKey, publicKey: client.publicKey, secretKey: client.secretKey)
    try secure.connect("tcp://127.0.0.1:\(port)")
    try secure.send(codec.encode(Message.make(type: "kernel_info_request", content: [:], session: "s")))
    XCTAssertTrue(try secure.waitReadable(timeoutMilliseconds: 5000))
    let reply = try codec.decode(try XCTUnwrap(secure.receive()))
    XCTAssertEqual(reply.msgType, "kernel_info_reply")
    secure.close()
  }
}
