import Datasets
import Foundation
import Tensor
import XCTest

/// Loads the JSON fixtures written by `tools/export_sklearn.py` from the real scikit-learn.
enum Fixture {
  /// The parsed JSON of `Fixtures/<name>.json`.
  static func json(_ name: String) throws -> Any {
    let data = try bytes(name + ".json")
    return try ExactJSON.parse(data)
  }

  /// The raw bytes of a fixture file.
  static func bytes(_ file: String) throws -> Data {
    guard let dir = Bundle.module.resourcePath else { throw FixtureError.missing(file) }
    for path in [dir + "/Fixtures/" + file, dir + "/" + file] {
      if let data = FileManager.default.contents(atPath: path) { return data }
    }
    throw FixtureError.missing(file)
  }

  /// A JSON dictionary fixture.
  static func dict(_ name: String) throws -> [String: Any] {
    guard let d = try json(name) as? [String: Any] else { throw FixtureError.shape(name) }
    return d
  }

  /// A JSON list-of-dictionaries fixture.
  static func list(_ name: String) throws -> [[String: Any]] {
    guard let d = try json(name) as? [[String: Any]] else { throw FixtureError.shape(name) }
    return d
  }
}

/// Fixture loading failures.
enum FixtureError: Error {
  case missing(String)
  case shape(String)
}

/// Typed access to JSON values.
extension Dictionary where Key == String, Value == Any {
  func doubles(_ key: String) -> [Double] { (self[key] as? [Any] ?? []).map(Self.number) }
  func ints(_ key: String) -> [Int] { (self[key] as? [Any] ?? []).map { Int(Self.number($0)) } }
  func matrix(_ key: String) -> [[Double]] { (self[key] as? [[Any]] ?? []).map { $0.map(Self.number) } }
  func double(_ key: String) -> Double { Self.number(self[key] as Any) }
  func int(_ key: String) -> Int { Int(Self.number(self[key] as Any)) }
  func string(_ key: String) -> String { self[key] as? String ?? "" }
  func labels(_ key: String) -> [Label] { (self[key] as? [Any] ?? []).map(Self.label) }
  func optionalDouble(_ key: String) -> Double? { self[key] is NSNull || self[key] == nil ? nil : double(key) }
  func bool(_ key: String) -> Bool { self[key] as? Bool ?? false }

  static func number(_ v: Any) -> Double {
    if let i = v as? Int { return Double(i) }
    if let d = v as? Double { return d }
    if let b = v as? Bool { return b ? 1 : 0 }
    return .nan
  }

  static func label(_ v: Any) -> Label {
    if let s = v as? String { return .string(s) }
    if let i = v as? Int { return .int(i) }
    return .float(number(v))
  }
}

/// Asserts two double arrays agree within `tolerance` (relative to magnitude; 0 means bit-exact).
func assertClose(
  _ actual: [Double], _ expected: [Double], tolerance: Double = 0, _ message: String = "",
  file: StaticString = #filePath, line: UInt = #line
) {
  XCTAssertEqual(actual.count, expected.count, "count \(message)", file: file, line: line)
  for (i, (a, e)) in zip(actual, expected).enumerated() {
    let ok = tolerance == 0 ? (a == e || (a.isNaN && e.isNaN)) : abs(a - e) <= tolerance * max(1, abs(e))
    if !ok {
      XCTFail("element \(i): \(a) != \(e) \(message)", file: file, line: line)
      return
    }
  }
}
