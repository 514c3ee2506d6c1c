import Datasets
import Foundation
import Tensor
import XCTest

final class ArchiveTests: XCTestCase {
  func testSHA256KnownVectors() {
    XCTAssertEqual(SHA256.hexDigest(Data()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    XCTAssertEqual(SHA256.hexDigest(Data("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    let long = Data(repeating: UInt8(ascii: "a"), count: 1_000_000)
    XCTAssertEqual(SHA256.hexDigest(long), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  func testGzipRoundTripAndTruncation() throws {
    let payload = Data((0..<5000).map { UInt8($0 % 251) })
    let packed = try Zlib.gzip(payload)
    XCTAssertEqual(try Zlib.gunzip(packed, name: "x.gz"), payload)
    XCTAssertThrowsError(try Zlib.gunzip(packed.prefix(packed.count / 2), name: "half.gz")) { error in
      XCTAssertTrue("\(error)".contains("half.gz"), "\(error)")
      XCTAssertTrue("\(error)".contains("truncated"), "\(error)")
    }
    var corrupt = packed
    corrupt[20] ^= 0xff
    corrupt[21] ^= 0xff
    XCTAssertThrowsError(try Zlib.gunzip(corrupt, name: "bad.gz"))
  }

  func testIDXParsingAndValidation() throws {
    let images = IDXFile.encode((0..<(2 * 28 * 28)).map { UInt8($0 % 256) }, shape: [2, 28, 28])
    let t = try IDXFile.parse(try Zlib.gzip(images), name: "img.gz", expectedRank: 3)
    XCTAssertEqual(t.shape, [2, 28, 28])
    XCTAssertEqual(t.ints[300], 300 % 256)
    XCTAssertThrowsError(try IDXFile.parse(images.prefix(images.count - 1), name: "short.idx")) { error in
      XCTAssertTrue("\(error)".contains("short.idx"))
    }
    var badMagic = images
    badMagic[2] = 0x0d
    XCTAssertThrowsError(try IDXFile.parse(badMagic, name: "magic.idx")) { error in
      XCTAssertTrue("\(error)".contains("magic"))
    }
    XCTAssertThrowsError(try IDXFile.parse(images, name: "rank.idx", expectedRank: 1))
  }

  func testNPZStoredAndDeflated() throws {
    let expected = try Fixture.dict("mnist_tiny")
    for file in ["mnist_tiny_deflated.npz", "mnist_tiny_stored.npz"] {
      let arrays = try NumPyArrayFile.parseNPZ(try Fixture.bytes(file), name: file)
      let x = try XCTUnwrap(arrays["x_train"])
      XCTAssertEqual(x.shape, [3, 28, 28])
      XCTAssertEqual(x.ints.reduce(0, +), expected.int("x_train_sum"))
      XCTAssertEqual(Array(x.ints.prefix(10)), expected.ints("x_train_first"))
      XCTAssertEqual(arrays["y_test"]?.ints ?? [], expected.ints("y_test"))
    }
    var bytes = try Fixture.bytes("mnist_tiny_stored.npz")
    bytes[200] ^= 0x55
    XCTAssertThrowsError(try NumPyArrayFile.parseNPZ(bytes, name: "flipped.npz")) { error in
      XCTAssertTrue("\(error)".contains("flipped.npz"), "\(error)")
    }
  }
}
