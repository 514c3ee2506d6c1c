import XCTest

@testable import Tensor

final class IndexingTests: XCTestCase {
  private func decode(_ spec: [[Any]]) -> [TensorIndex] {
    spec.map { item in
      let kind = item.first as? String ?? ""
      func opt(_ v: Any) -> Int? { (v as? NSNumber)?.intValue }
      switch kind {
      case "i": return .int(opt(item[1]) ?? 0)
      case "s":
        let s = item[1] as? [Any] ?? []
        return .slice(start: opt(s[0]), stop: opt(s[1]), step: opt(s[2]))
      case "n": return .newAxis
      case "e": return .ellipsis
      case "a": return .array(Tensor((item[1] as? [NSNumber] ?? []).map(\.intValue)))
      default:
        let rows = item[1] as? [Any] ?? []
        if let nested = rows as? [[NSNumber]] {
          return .array(
            (try? Tensor(nested.flatMap { $0.map(\.boolValue) }, shape: [nested.count, nested.first?.count ?? 0]))
              ?? Tensor([Int]()))
        }
        let flags = (rows as? [NSNumber] ?? []).map(\.boolValue)
        return .array((try? Tensor(flags, shape: [flags.count])) ?? Tensor([Int]()))
      }
    }
  }

  func testGetMatchesNumPy() throws {
    let base = try Tensor.arange(.int(60)).reshaped([3, 4, 5])
    let cases = Fixtures.section("indexing")
    XCTAssertEqual(cases.count, 20)
    for c in cases {
      let spec = c["spec"] as? [[Any]] ?? []
      assertTensor(try base.get(decode(spec)), try Fixtures.tensor(c["result"]), "\(spec)")
    }
  }

  func testSetMatchesNumPy() throws {
    var a = try Tensor.arange(.int(60)).reshaped([3, 4, 5]).astype(.float64)
    try a.set([.int(0), .int(1)], to: .int(-5))
    let mask = try a.binary(.greater, scalar: .int(50))
    try a.set([.array(mask)], to: .int(0))
    try a.set([.all, .int(0)], to: Tensor([7.0, 8, 9, 10, 11]))
    try a.set([.ellipsis, .slice(start: 1, stop: 3, step: nil)], to: .float(0.5))
    assertTensor(a, try Fixtures.tensor(Fixtures.root["set"]))
  }

  func testIndexErrors() throws {
    let a = try Tensor.ones([3])
    func message(_ body: () throws -> Tensor) -> String? {
      do {
        _ = try body()
        return nil
      } catch { return (error as? TensorError)?.message }
    }
    XCTAssertEqual(message { try a.get([.int(5)]) }, "index 5 is out of bounds for axis 0 with size 3")
    XCTAssertEqual(
      message { try Tensor.ones([3, 3]).get([.int(1), .int(2), .int(3)]) },
      "too many indices for array: array is 2-dimensional, but 3 were indexed")
    XCTAssertEqual(
      message { try a.get([.array(try Tensor([true, false], shape: [2]))]) },
      "boolean index did not match indexed array along axis 0; size of axis is 3 but size of corresponding boolean axis is 2"
    )
    XCTAssertEqual(message { try a.get([.ellipsis, .ellipsis]) }, "an index can only have a single ellipsis ('...')")
    XCTAssertEqual(message { try a.get([.array(Tensor([1.0]))]) }, "arrays used as indices must be of integer (or boolean) type")
    XCTAssertEqual(message { try a.get([.slice(start: nil, stop: nil, step: 0)]) }, "slice step cannot be zero")
    var b = a
    XCTAssertThrowsError(try b.set([.array(Tensor([0, 1]))], to: try Tensor.ones([3]))) { e in
      XCTAssertEqual(
        (e as? TensorError)?.message,
        "shape mismatch: value array of shape (3,) could not be broadcast to indexing result of shape (2,)")
    }
    XCTAssertEqual(try Tensor([1.0, 2, 3, 4], shape: [2, 2])[1, 0]?.doubles, [3])
    XCTAssertEqual(try Tensor([1.0, 2, 3, 4], shape: [2, 2]).scalar(at: [-1, -1]), .float(4))
  }
}
