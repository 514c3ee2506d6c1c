import Foundation
import XCTest

@testable import Jupyter

final class WireCodecTests: XCTestCase {
  private func sample() -> Message {
    Message(
      identities: [Data("client-1".utf8)],
      header: [
        "msg_id": "m1", "msg_type": "execute_request", "session": "s", "username": "u",
        "date": "2026-01-01T00:00:00.000000Z", "version": "5.4",
      ],
      content: ["code": "print('hi')", "silent": false], buffers: [Data([0, 1, 2])])
  }

  func testRoundTripKeepsEveryPart() throws {
    let codec = WireCodec(key: "abc")
    let frames = codec.encode(sample())
    XCTAssertEqual(frames[0], Data("client-1".utf8))
    XCTAssertEqual(frames[1], WireCodec.delimiter)
    XCTAssertEqual(frames.count, 8)
    XCTAssertEqual(try codec.decode(frames), sample())
  }

  func testSignatureIsHMACSHA256OfTheFourJSONFrames() {
    // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog"), a published test vector.
    let codec = WireCodec(key: "key")
    let parts = ["The quick brown ", "fox jumps ", "over the lazy", " dog"].map { Data($0.utf8) }
    XCTAssertEqual(
      codec.sign(parts), "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8")
  }

  func testTamperedContentIsRejected() {
    let codec = WireCodec(key: "abc")
    var frames = codec.encode(sample())
    frames[5] = Data(#"{"code":"evil()"}"#.utf8)
    XCTAssertThrowsError(try codec.decode(frames)) { error in
      XCTAssertEqual(error as? WireError, .badSignature)
    }
  }

  func testWrongKeyAndMissingSignatureAreRejected() {
    let frames = WireCodec(key: "other").encode(sample())
    XCTAssertThrowsError(try WireCodec(key: "abc").decode(frames))
    var unsigned = WireCodec(key: "").encode(sample())
    XCTAssertEqual(unsigned[2], Data())
    XCTAssertThrowsError(try WireCodec(key: "abc").decode(unsigned))
    unsigned[2] = Data("0".utf8)
    XCTAssertNoThrow(try WireCodec(key: "").decode(unsigned))
  }

  func testMalformedFramesAreReported() {
    let codec = WireCodec(key: "")
    XCTAssertThrowsError(try codec.decode([Data("x".utf8)])) {
      XCTAssertEqual($0 as? WireError, .missingDelimiter)
    }
    XCTAssertThrowsError(try codec.decode([WireCodec.delimiter, Data(), Data("{}".utf8)])) {
      XCTAssertEqual($0 as? WireError, .tooFewFrames(2))
    }
    let broken = [WireCodec.delimiter, Data(), Data("{nope".utf8)] + Array(repeating: Data("{}".utf8), count: 3)
    XCTAssertThrowsError(try codec.decode(broken)) {
      XCTAssertEqual($0 as? WireError, .invalidJSON(frame: "header"))
    }
    let noType = [WireCodec.delimiter, Data(), Data(#"{"msg_id":"a"}"#.utf8)]
      + Array(repeating: Data("{}".utf8), count: 3)
    XCTAssertThrowsError(try codec.decode(noType)) {
      XCTAssertEqual($0 as? WireError, .missingHeaderField("msg_type"))
    }
  }

  func testOversizedMessageIsRejected() {
    let codec = WireCodec(key: "k", maxMessageBytes: 1000)
    var message = sample()
    message.content = ["code": .string(String(repeating: "x", count: 2000))]
    XCTAssertThrowsError(try codec.decode(codec.encode(message))) {
      guard case .oversized(_, 1000)? = $0 as? WireError else {
        return XCTFail("expected oversized, got \($0)")
      }
    }
  }

  func testConstantTimeEqual() {
    XCTAssertTrue(WireCodec.constantTimeEqual(Data("abcd".utf8), Data("abcd".utf8)))
    XCTAssertFalse(WireCodec.constantTimeEqual(Data("abcd".utf8), Data("abce".utf8)))
    XCTAssertFalse(WireCodec.constantTimeEqual(Data("abcd".utf8), Data("abc".utf8)))
    XCTAssertFalse(WireCodec.constantTimeEqual(Data(), Data("a".utf8)))
    XCTAssertTrue(WireCodec.constantTimeEqual(Data(), Data()))
  }

  func testHeaderHasFreshIDAndUTCDate() {
    let a = Message.make(type: "status", content: [:], session: "s")
    let b = Message.make(type: "status", content: [:], session: "s")
    XCTAssertNotEqual(a.msgID, b.msgID)
    let date = a.header["date"].stringValue ?? ""
    let pattern = #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$"#
    XCTAssertNotNil(date.range(of: pattern, options: .regularExpression), date)
    XCTAssertEqual(a.header["version"], "5.4")
  }
}
