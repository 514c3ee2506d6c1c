import Foundation
import Tensor

/// Reads the IDX format of MNIST and Fashion-MNIST (optionally gzip-compressed).
public enum IDXFile {
  /// Parses IDX bytes (gunzipping first when they start with the gzip magic) into an int64 tensor.
  ///
  /// Validates the magic number (two zero bytes, type 0x08 = unsigned byte, the rank),
  /// the expected rank when given, and that the payload is exactly the product of the dimensions.
  public static func parse(_ bytes: Data, name: String, expectedRank: Int? = nil) throws -> Tensor {
    let raw = bytes.starts(with: [0x1f, 0x8b]) ? try Zlib.gunzip(bytes, name: name) : bytes
    let b = [UInt8](raw)
    guard b.count >= 4 else { throw DatasetError.corruptFile(path: name, reason: "shorter than an IDX header (\(b.count) bytes)") }
    guard b[0] == 0, b[1] == 0, b[2] == 0x08 else {
      let magic = b[0..<4].map { String(format: "%02x", $0) }.joined()
      throw DatasetError.corruptFile(path: name, reason: "bad IDX magic number 0x\(magic) (expected 0x000008NN, unsigned bytes)")
    }
    let rank = Int(b[3])
    if let expectedRank, rank != expectedRank {
      throw DatasetError.corruptFile(path: name, reason: "IDX rank \(rank), expected \(expectedRank)")
    }
    let headerSize = 4 + 4 * rank
    guard b.count >= headerSize else { throw DatasetError.corruptFile(path: name, reason: "IDX header truncated") }
    let dims = (0..<rank).map { i -> Int in
      let o = 4 + 4 * i
      return Int(b[o]) << 24 | Int(b[o + 1]) << 16 | Int(b[o + 2]) << 8 | Int(b[o + 3])
    }
    let count = dims.reduce(1, *)
    guard b.count - headerSize == count else {
      throw DatasetError.corruptFile(
        path: name, reason: "IDX dimensions \(dims) need \(count) data bytes, found \(b.count - headerSize)")
    }
    return try Tensor(b[headerSize...].map { Int($0) }, shape: dims)
  }

  /// Builds IDX bytes for unsigned-byte data (for tests and tools).
  public static func encode(_ values: [UInt8], shape: [Int]) -> Data {
    var out: [UInt8] = [0, 0, 0x08, UInt8(shape.count)]
    for d in shape { out += [UInt8(d >> 24 & 0xff), UInt8(d >> 16 & 0xff), UInt8(d >> 8 & 0xff), UInt8(d & 0xff)] }
    return Data(out + values)
  }
}
