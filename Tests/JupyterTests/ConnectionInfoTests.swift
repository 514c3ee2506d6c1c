import Foundation
import XCTest

@testable import Jupyter

final class ConnectionInfoTests: XCTestCase {
  private let sample = """
    {"control_port": 50160, "shell_port": 57503, "transport": "tcp",
     "signature_scheme": "hmac-sha256", "stdin_port": 52597, "hb_port": 42540,
     "ip": "127.0.0.1", "iopub_port": 40885, "key": "a0436f6c-1916-498b-8eb9-e81ab9368e84",
     "kernel_name": "neurona"}
    """

  func testParsesTheDocumentedExample() throws {
    let info = try ConnectionInfo(json: Data(sample.utf8))
    XCTAssertEqual(info.shellPort, 57503)
    XCTAssertEqual(info.iopubPort, 40885)
    XCTAssertEqual(info.stdinPort, 52597)
    XCTAssertEqual(info.controlPort, 50160)
    XCTAssertEqual(info.hbPort, 42540)
    XCTAssertEqual(info.key, "a0436f6c-1916-498b-8eb9-e81ab9368e84")
    XCTAssertEqual(info.kernelName, "neurona")
    XCTAssertFalse(info.usesCurve)
    XCTAssertEqual(info.endpoint(port: info.shellPort), "tcp://127.0.0.1:57503")
  }

  func testReadsCurveKeysAndIPCEndpoints() throws {
    let key = String(repeating: "A", count: 40)
    var text = sample.replacingOccurrences(of: "\"tcp\"", with: "\"ipc\"")
    text = text.replacingOccurrences(
      of: "\"kernel_name\"", with: "\"curve_publickey\": \"\(key)\", \"curve_secretkey\": \"\(key)\", \"kernel_name\"")
    let info = try ConnectionInfo(json: Data(text.utf8))
    XCTAssertTrue(info.usesCurve)
    XCTAssertEqual(info.curveSecretKey, key)
    XCTAssertEqual(info.endpoint(port: 5), "ipc://127.0.0.1-5")
  }

  func testRejectsBadFiles() {
    let missing = sample.replacingOccurrences(of: "\"hb_port\": 42540,", with: "")
    XCTAssertThrowsError(try ConnectionInfo(json: Data(missing.utf8))) {
      XCTAssertEqual($0 as? ConnectionError, .missingField("hb_port"))
    }
    let wrong = sample.replacingOccurrences(of: "57503", with: "\"abc\"")
    XCTAssertThrowsError(try ConnectionInfo(json: Data(wrong.utf8)))
    let scheme = sample.replacingOccurrences(of: "hmac-sha256", with: "hmac-foo")
    XCTAssertThrowsError(try ConnectionInfo(json: Data(scheme.utf8))) {
      XCTAssertEqual($0 as? ConnectionError, .unsupportedSignatureScheme("hmac-foo"))
    }
    XCTAssertThrowsError(try ConnectionInfo(json: Data("[1]".utf8)))
    XCTAssertThrowsError(try ConnectionInfo(contentsOf: "/nonexistent/conn.json"))
  }
}
