import CZlib
import Foundation

/// A minimal zip reader: the central directory, ZIP64 sizes, stored and deflated entries, CRC-32 checks.
enum ZipArchive {
  /// Every entry's name and decompressed bytes, in central-directory order.
  static func entries(_ data: Data, name: String) throws -> [(String, Data)] {
    let b = [UInt8](data)
    func u16(_ o: Int) -> Int { Int(b[o]) | Int(b[o + 1]) << 8 }
    func u32(_ o: Int) -> Int { u16(o) | u16(o + 2) << 16 }
    func u64(_ o: Int) -> Int { u32(o) | u32(o + 4) << 32 }
    guard b.count >= 22 else { throw DatasetError.corruptFile(path: name, reason: "too short to be a zip archive") }
    var eocd = -1
    var o = b.count - 22
    while o >= max(0, b.count - 22 - 65535) {
      if u32(o) == 0x0605_4b50 {
        eocd = o
        break
      }
      o -= 1
    }
    guard eocd >= 0 else { throw DatasetError.corruptFile(path: name, reason: "zip end-of-central-directory record not found") }
    var count = u16(eocd + 10)
    var dirOffset = u32(eocd + 16)
    if (count == 0xFFFF || dirOffset == 0xFFFF_FFFF), eocd >= 20, u32(eocd - 20) == 0x0706_4b50 {
      let z64 = u64(eocd - 20 + 8)
      guard z64 + 56 <= b.count, u32(z64) == 0x0606_4b50 else {
        throw DatasetError.corruptFile(path: name, reason: "bad ZIP64 end-of-central-directory record")
      }
      count = u64(z64 + 32)
      dirOffset = u64(z64 + 48)
    }
    var result: [(String, Data)] = []
    var p = dirOffset
    for _ in 0..<count {
      guard p + 46 <= b.count, u32(p) == 0x0201_4b50 else {
        throw DatasetError.corruptFile(path: name, reason: "bad central directory entry at offset \(p)")
      }
      let method = u16(p + 10)
      let crc = UInt32(u32(p + 16))
      var compressed = u32(p + 20)
      var size = u32(p + 24)
      let nameLength = u16(p + 28), extraLength = u16(p + 30), commentLength = u16(p + 32)
      var local = u32(p + 42)
      guard p + 46 + nameLength + extraLength <= b.count else { throw DatasetError.corruptFile(path: name, reason: "truncated central directory") }
      let entryName = String(decoding: b[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
      var e = p + 46 + nameLength
      let extraEnd = e + extraLength
      while e + 4 <= extraEnd {
        let id = u16(e), len = u16(e + 2)
        if id == 0x0001 {
          var q = e + 4
          if size == 0xFFFF_FFFF { size = u64(q); q += 8 }
          if compressed == 0xFFFF_FFFF { compressed = u64(q); q += 8 }
          if local == 0xFFFF_FFFF { local = u64(q) }
        }
        e += 4 + len
      }
      guard local + 30 <= b.count, u32(local) == 0x0403_4b50 else {
        throw DatasetError.corruptFile(path: name, reason: "bad local header for entry '\(entryName)'")
      }
      let start = local + 30 + u16(local + 26) + u16(local + 28)
      guard start + compressed <= b.count else {
        throw DatasetError.corruptFile(path: name, reason: "entry '\(entryName)' is truncated")
      }
      let raw = data.subdata(in: (data.startIndex + start)..<(data.startIndex + start + compressed))
      let content: Data
      switch method {
      case 0: content = raw
      case 8: content = try Zlib.inflateRaw(raw, name: "\(name):\(entryName)", expectedSize: size)
      default: throw DatasetError.corruptFile(path: name, reason: "entry '\(entryName)' uses unsupported compression method \(method)")
      }
      guard content.count == size, crc32Of(content) == crc else {
        throw DatasetError.corruptFile(path: name, reason: "entry '\(entryName)' fails its CRC-32 check")
      }
      result.append((entryName, content))
      p += 46 + nameLength + extraLength + commentLength
    }
    return result
  }

  private static func crc32Of(_ data: Data) -> UInt32 {
    data.withUnsafeBytes { raw -> UInt32 in
      guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return 0 }
      return UInt32(crc32(0, base, uInt(raw.count)))
    }
  }
}
