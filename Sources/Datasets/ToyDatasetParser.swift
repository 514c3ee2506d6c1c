import Foundation
import Tensor

/// Reads the bundled toy-dataset files.
///
/// Format (written by `Tests/DatasetsTests/tools/export_sklearn.py` from scikit-learn itself):
/// `<name>.csv` holds one sample per line, the feature values then the target, comma-separated,
/// each value as Python's `repr` of the float64 (integral values without `.0`); Swift's
/// `Double(_:)` is correctly rounded, so parsing gives bit-identical doubles. `<name>.json`
/// holds `feature_names`, `target_names`, `DESCR`, the shape and the target dtype.
enum ToyDatasetParser {
  private struct Meta: Decodable {
    let name: String
    let n_samples: Int
    let n_features: Int
    let target_dtype: String
    let feature_names: [String]
    let target_names: [String]?
    let DESCR: String
  }

  /// Parses one dataset's CSV and JSON resources.
  static func parse(kind: ToyDataset.Kind) throws -> ToyDataset {
    let name = kind.rawValue
    let metaBytes = try resource(name + ".json")
    let meta: Meta
    do {
      meta = try JSONDecoder().decode(Meta.self, from: metaBytes)
    } catch {
      throw DatasetError.malformedResource(name: name + ".json", reason: "\(error)")
    }
    let csv = try resource(name + ".csv")
    let cols = meta.n_features + 1
    let values = try parseNumbers(csv, expected: meta.n_samples * cols, file: name + ".csv")
    var data = [Double](repeating: 0, count: meta.n_samples * meta.n_features)
    var target = [Double](repeating: 0, count: meta.n_samples)
    for r in 0..<meta.n_samples {
      for c in 0..<meta.n_features { data[r * meta.n_features + c] = values[r * cols + c] }
      target[r] = values[r * cols + meta.n_features]
    }
    let dataTensor = try Tensor(data, shape: [meta.n_samples, meta.n_features])
    let targetTensor = meta.target_dtype == "int64" ? Tensor(target.map { Int($0) }) : Tensor(target)
    let images = kind == .digits ? try dataTensor.reshaped([meta.n_samples, 8, 8]) : nil
    return ToyDataset(
      name: name, data: dataTensor, target: targetTensor, featureNames: meta.feature_names,
      targetNames: meta.target_names, descr: meta.DESCR, images: images)
  }

  /// The bytes of a bundled resource.
  static func resource(_ file: String) throws -> Data {
    guard let dir = Datasets.resourceDirectory else { throw DatasetError.missingResource(name: file) }
    let candidates = [dir + "/Resources/" + file, dir + "/" + file]
    for path in candidates {
      if let data = FileManager.default.contents(atPath: path) { return data }
    }
    throw DatasetError.missingResource(name: file)
  }

  /// Parses comma/newline-separated numbers, checking the count.
  static func parseNumbers(_ bytes: Data, expected: Int, file: String) throws -> [Double] {
    var out: [Double] = []
    out.reserveCapacity(expected)
    var failure: String?
    bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
      var token: [UInt8] = []
      token.reserveCapacity(32)
      func flush() {
        guard !token.isEmpty, failure == nil else { return }
        if let v = parseDouble(token) { out.append(v) } else { failure = String(decoding: token, as: UTF8.self) }
        token.removeAll(keepingCapacity: true)
      }
      for byte in raw {
        if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") { flush() } else { token.append(byte) }
      }
      flush()
    }
    if let failure { throw DatasetError.malformedResource(name: file, reason: "not a number: '\(failure)'") }
    guard out.count == expected else {
      throw DatasetError.malformedResource(name: file, reason: "expected \(expected) values, found \(out.count)")
    }
    return out
  }

  private static func parseDouble(_ token: [UInt8]) -> Double? {
    token.withUnsafeBufferPointer { buf -> Double? in
      var digitsOnly = buf.count <= 15
      var value = 0
      var negative = false
      for (i, b) in buf.enumerated() {
        if i == 0 && b == UInt8(ascii: "-") {
          negative = true
        } else if b >= 48 && b <= 57 {
          value = value * 10 + Int(b - 48)
        } else {
          digitsOnly = false
          break
        }
      }
      if digitsOnly { return Double(negative ? -value : value) }
      return Double(String(decoding: buf, as: UTF8.self))
    }
  }
}
