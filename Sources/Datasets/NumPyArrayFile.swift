import Foundation
import Tensor

/// Reads NumPy `.npy` arrays and `.npz` archives (a zip of `.npy` files, stored or deflated).
public enum NumPyArrayFile {
  /// Parses one `.npy` file: a 2-D or n-D array of u1/i1/b1/i4/i8/f4/f8 elements (little-endian, C order).
  /// Unsigned and signed integers become int64, floats float64 (f4 stays float32), bools bool.
  public static func parseNPY(_ bytes: Data, name: String) throws -> Tensor {
    let b = [UInt8](bytes)
    guard b.count >= 10, b[0] == 0x93, Array(b[1..<6]) == Array("NUMPY".utf8) else {
      throw DatasetError.corruptFile(path: name, reason: "not a .npy file (bad magic)")
    }
    let major = b[6]
    let headerLength: Int
    let start: Int
    if major == 1 {
      headerLength = Int(b[8]) | Int(b[9]) << 8
      start = 10
    } else {
      guard b.count >= 12 else { throw DatasetError.corruptFile(path: name, reason: "truncated .npy header") }
      headerLength = Int(b[8]) | Int(b[9]) << 8 | Int(b[10]) << 16 | Int(b[11]) << 24
      start = 12
    }
    guard b.count >= start + headerLength else { throw DatasetError.corruptFile(path: name, reason: "truncated .npy header") }
    let header = String(decoding: b[start..<(start + headerLength)], as: UTF8.self)
    guard let descr = field(header, "descr").map({ $0.trimmingCharacters(in: CharacterSet(charactersIn: "'\" ")) }),
      let shapeText = field(header, "shape")
    else { throw DatasetError.corruptFile(path: name, reason: "unreadable .npy header: \(header)") }
    if field(header, "fortran_order")?.contains("True") == true {
      throw DatasetError.corruptFile(path: name, reason: "Fortran-ordered arrays are not supported")
    }
    let shape = shapeText.trimmingCharacters(in: CharacterSet(charactersIn: "() "))
      .split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    let count = shape.reduce(1, *)
    let body = start + headerLength
    let kinds: [String: Int] = ["|u1": 1, "|i1": 1, "|b1": 1, "<i4": 4, "<u4": 4, "<i8": 8, "<f4": 4, "<f8": 8, "<u2": 2, "<i2": 2]
    guard let size = kinds[descr] else { throw DatasetError.corruptFile(path: name, reason: "unsupported dtype \(descr)") }
    guard b.count - body == count * size else {
      throw DatasetError.corruptFile(path: name, reason: "expected \(count * size) data bytes for shape \(shape), found \(b.count - body)")
    }
    func word(_ i: Int) -> UInt64 {
      var v: UInt64 = 0
      for k in 0..<size { v |= UInt64(b[body + i * size + k]) << (8 * UInt64(k)) }
      return v
    }
    let data: TensorData
    switch descr {
    case "|u1": data = .int64(b[body...].map { Int($0) })
    case "|i1": data = .int64(b[body...].map { Int(Int8(bitPattern: $0)) })
    case "|b1": data = .bool(b[body...].map { $0 != 0 })
    case "<u2": data = .int64((0..<count).map { Int(word($0)) })
    case "<i2": data = .int64((0..<count).map { Int(Int16(truncatingIfNeeded: word($0))) })
    case "<u4": data = .int64((0..<count).map { Int(word($0)) })
    case "<i4": data = .int64((0..<count).map { Int(Int32(truncatingIfNeeded: word($0))) })
    case "<i8": data = .int64((0..<count).map { Int(Int64(bitPattern: word($0))) })
    case "<f4": data = .float32((0..<count).map { Float(bitPattern: UInt32(word($0))) })
    default: data = .float64((0..<count).map { Double(bitPattern: word($0)) })
    }
    return try Tensor(data: data, shape: shape)
  }

  /// Parses an `.npz` archive into arrays keyed by name (without `.npy`).
  public static func parseNPZ(_ bytes: Data, name: String) throws -> [String: Tensor] {
    var arrays: [String: Tensor] = [:]
    for (entry, content) in try ZipArchive.entries(bytes, name: name) {
      let key = entry.hasSuffix(".npy") ? String(entry.dropLast(4)) : entry
      arrays[key] = try parseNPY(content, name: "\(name):\(entry)")
    }
    return arrays
  }

  private static func field(_ header: String, _ key: String) -> String? {
    guard let r = header.range(of: "'\(key)':") else { return nil }
    let rest = header[r.upperBound...]
    if key == "shape" {
      guard let open = rest.firstIndex(of: "("), let close = rest.firstIndex(of: ")") else { return nil }
      return String(rest[open...close])
    }
    return rest.split(separator: ",", maxSplits: 1).first.map(String.init)
  }
}
