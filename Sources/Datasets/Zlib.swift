import CZlib
import Foundation

/// zlib-backed gzip and raw-deflate codecs.
public enum Zlib {
  /// Inflates a gzip (or zlib) stream: window bits 15 + 32 detect the header automatically.
  public static func gunzip(_ data: Data, name: String) throws -> Data {
    try inflate(data, windowBits: 15 + 32, name: name, expectedSize: nil)
  }

  /// Inflates a raw deflate stream (zip entries), checking the expected size when given.
  public static func inflateRaw(_ data: Data, name: String, expectedSize: Int?) throws -> Data {
    try inflate(data, windowBits: -15, name: name, expectedSize: expectedSize)
  }

  /// Compresses to the gzip format (for tests and tools).
  public static func gzip(_ data: Data, level: Int32 = 6) throws -> Data {
    var stream = z_stream()
    guard deflateInit2_(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      throw DatasetError.corruptFile(path: "<memory>", reason: "zlib deflateInit2 failed")
    }
    defer { deflateEnd(&stream) }
    var out = Data()
    var input = [UInt8](data)
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    var status: Int32 = Z_OK
    input.withUnsafeMutableBufferPointer { inBuf in
      stream.next_in = inBuf.baseAddress
      stream.avail_in = uInt(inBuf.count)
      repeat {
        chunk.withUnsafeMutableBufferPointer { outBuf in
          stream.next_out = outBuf.baseAddress
          stream.avail_out = uInt(outBuf.count)
          status = deflate(&stream, Z_FINISH)
          let produced = outBuf.count - Int(stream.avail_out)
          if produced > 0, let base = outBuf.baseAddress { out.append(base, count: produced) }
        }
      } while status == Z_OK
    }
    guard status == Z_STREAM_END else { throw DatasetError.corruptFile(path: "<memory>", reason: "zlib deflate failed (\(status))") }
    return out
  }

  private static func inflate(_ data: Data, windowBits: Int32, name: String, expectedSize: Int?) throws -> Data {
    var stream = z_stream()
    guard inflateInit2_(&stream, windowBits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      throw DatasetError.corruptFile(path: name, reason: "zlib inflateInit2 failed")
    }
    defer { inflateEnd(&stream) }
    var out = Data()
    if let expectedSize { out.reserveCapacity(expectedSize) }
    var input = [UInt8](data)
    var chunk = [UInt8](repeating: 0, count: 1 << 18)
    var status: Int32 = Z_OK
    input.withUnsafeMutableBufferPointer { inBuf in
      stream.next_in = inBuf.baseAddress
      stream.avail_in = uInt(inBuf.count)
      while status == Z_OK {
        chunk.withUnsafeMutableBufferPointer { outBuf in
          stream.next_out = outBuf.baseAddress
          stream.avail_out = uInt(outBuf.count)
          status = CZlib.inflate(&stream, Z_NO_FLUSH)
          let produced = outBuf.count - Int(stream.avail_out)
          if produced > 0, let base = outBuf.baseAddress { out.append(base, count: produced) }
        }
        if status == Z_BUF_ERROR && stream.avail_in == 0 { break }
        if status == Z_BUF_ERROR { status = Z_OK }
      }
    }
    switch status {
    case Z_STREAM_END: break
    case Z_OK, Z_BUF_ERROR:
      throw DatasetError.corruptFile(path: name, reason: "compressed data ends early (truncated after \(out.count) decompressed bytes)")
    default:
      let message = stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
      throw DatasetError.corruptFile(path: name, reason: "invalid compressed data: \(message)")
    }
    if let expectedSize, out.count != expectedSize {
      throw DatasetError.corruptFile(path: name, reason: "decompressed to \(out.count) bytes, expected \(expectedSize)")
    }
    return out
  }
}
