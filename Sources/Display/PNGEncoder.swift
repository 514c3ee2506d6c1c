import Foundation

/// Encodes 8-bit RGBA pixels as a PNG file using uncompressed ("stored") deflate blocks.
public enum PNGEncoder {
  /// The eight-byte PNG signature.
  public static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

  /// PNG bytes for `width`×`height` pixels of row-major RGBA (4 bytes each).
  public static func encode(width: Int, height: Int, rgba: [UInt8]) throws -> [UInt8] {
    guard width > 0, height > 0, rgba.count == width * height * 4 else {
      throw DisplayError.invalidShape(what: "PNG pixels", shape: [height, width, rgba.count / max(1, width * height)])
    }
    var raw: [UInt8] = []
    raw.reserveCapacity(height * (width * 4 + 1))
    for row in 0..<height {
      raw.append(0)
      raw.append(contentsOf: rgba[(row * width * 4)..<((row + 1) * width * 4)])
    }
    var out = signature
    var header: [UInt8] = []
    header += bigEndian(UInt32(width))
    header += bigEndian(UInt32(height))
    header += [8, 6, 0, 0, 0]
    appendChunk("IHDR", header, to: &out)
    appendChunk("IDAT", zlibStored(raw), to: &out)
    appendChunk("IEND", [], to: &out)
    return out
  }

  /// A `data:image/png;base64,...` URI for the pixels.
  public static func dataURI(width: Int, height: Int, rgba: [UInt8]) throws -> String {
    "data:image/png;base64," + Data(try encode(width: width, height: height, rgba: rgba)).base64EncodedString()
  }

  /// A zlib stream holding `data` in stored (uncompressed) deflate blocks.
  static func zlibStored(_ data: [UInt8]) -> [UInt8] {
    var out: [UInt8] = [0x78, 0x01]
    var offset = 0
    repeat {
      let count = min(65535, data.count - offset)
      let final: UInt8 = offset + count >= data.count ? 1 : 0
      out.append(final)
      out.append(UInt8(count & 0xFF))
      out.append(UInt8(count >> 8))
      out.append(UInt8(~count & 0xFF))
      out.append(UInt8((~count >> 8) & 0xFF))
      out.append(contentsOf: data[offset..<(offset + count)])
      offset += count
    } while offset < data.count
    out += bigEndian(Checksum.adler32(data))
    return out
  }

  private static func appendChunk(_ type: String, _ data: [UInt8], to out: inout [UInt8]) {
    let typeBytes = Array(type.utf8)
    out += bigEndian(UInt32(data.count))
    out += typeBytes
    out += data
    out += bigEndian(Checksum.crc32(typeBytes + data))
  }

  static func bigEndian(_ v: UInt32) -> [UInt8] {
    [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
  }
}
