import XCTest

@testable import Display

final class PNGEncoderTests: XCTestCase {
  func testSignatureHeaderAndChunkCRCs() throws {
    let w = 3, h = 2
    let rgba = (0..<(w * h * 4)).map { UInt8($0 * 10 % 256) }
    let png = try PNGEncoder.encode(width: w, height: h, rgba: rgba)
    XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    var offset = 8
    var types: [String] = []
    var idat: [UInt8] = []
    while offset < png.count {
      let length = Int(readUInt32(png, offset))
      let type = String(decoding: png[(offset + 4)..<(offset + 8)], as: UTF8.self)
      let data = Array(png[(offset + 8)..<(offset + 8 + length)])
      let crc = readUInt32(png, offset + 8 + length)
      XCTAssertEqual(crc, Checksum.crc32(Array(type.utf8) + data), "CRC of \(type)")
      if type == "IHDR" {
        XCTAssertEqual(length, 13)
        XCTAssertEqual(readUInt32(data, 0), 3)
        XCTAssertEqual(readUInt32(data, 4), 2)
        XCTAssertEqual(Array(data[8...12]), [8, 6, 0, 0, 0], "8-bit RGBA, deflate, no interlace")
      }
      if type == "IDAT" { idat = data }
      types.append(type)
      offset += 12 + length
    }
    XCTAssertEqual(types, ["IHDR", "IDAT", "IEND"])
    // zlib header, one final stored block, then the raw scanlines (filter byte 0 + pixels).
    XCTAssertEqual(Array(idat.prefix(3)), [0x78, 0x01, 0x01])
    var raw: [UInt8] = []
    for row in 0..<h { raw += [0] + rgba[(row * w * 4)..<((row + 1) * w * 4)] }
    XCTAssertEqual(Array(idat[7..<(7 + raw.count)]), raw)
    XCTAssertEqual(readUInt32(idat, 7 + raw.count), Checksum.adler32(raw))
  }

  func testKnownChecksums() {
    XCTAssertEqual(Checksum.crc32(Array("123456789".utf8)), 0xCBF4_3926)
    XCTAssertEqual(Checksum.adler32(Array("Wikipedia".utf8)), 0x11E6_0398)
  }

  func testLargeDataSpansStoredBlocks() throws {
    let w = 200, h = 100
    let png = try PNGEncoder.encode(width: w, height: h, rgba: [UInt8](repeating: 7, count: w * h * 4))
    XCTAssertGreaterThan(png.count, w * h * 4)
    XCTAssertThrowsError(try PNGEncoder.encode(width: 2, height: 2, rgba: [0]))
  }

  private func readUInt32(_ b: [UInt8], _ i: Int) -> UInt32 {
    UInt32(b[i]) << 24 | UInt32(b[i + 1]) << 16 | UInt32(b[i + 2]) << 8 | UInt32(b[i + 3])
  }
}
