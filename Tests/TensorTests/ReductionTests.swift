import XCTest

@testable import Tensor

final class ReductionTests: XCTestCase {
  func testReductionsMatchNumPy() throws {
    let cases = Fixtures.section("reductions")
    XCTAssertGreaterThan(cases.count, 100)
    for c in cases {
      let a = try Fixtures.tensor(c["a"])
      let axis = (c["axis"] as? NSNumber)?.intValue
      let op = c["op"] as? String ?? ""
      let r: Tensor
      switch op {
      case "sum": r = try a.sum(axis: axis)
      case "mean": r = try a.mean(axis: axis)
      case "std": r = try a.std(axis: axis)
      case "var": r = try a.variance(axis: axis)
      case "min": r = try a.min(axis: axis)
      case "max": r = try a.max(axis: axis)
      case "argmax": r = try a.argmax(axis: axis)
      case "argmin": r = try a.argmin(axis: axis)
      case "prod": r = try a.prod(axis: axis)
      case "any": r = try a.any(axis: axis)
      case "all": r = try a.all(axis: axis)
      case "cumsum": r = try a.cumsum(axis: axis)
      case "var_ddof1": r = try a.variance(axis: axis, ddof: 1)
      case "sum_keepdims": r = try a.sum(axis: axis, keepdims: true)
      default:
        XCTFail("unknown \(op)")
        continue
      }
      let expected = try Fixtures.tensor(c["result"])
      let rtol = a.dtype == .float32 ? 1e-5 : 1e-12
      assertTensor(r, expected, rtol: rtol, "\(op) axis \(String(describing: axis)) \(a.shape) \(a.dtype)")
    }
  }

  func testFloat64SumIsBitExactPairwise() throws {
    for c in Fixtures.section("reductions") where (c["op"] as? String) == "sum" {
      let a = try Fixtures.tensor(c["a"])
      guard a.dtype == .float64, c["axis"] is NSNull else { continue }
      assertTensor(try a.sum(), try Fixtures.tensor(c["result"]), rtol: 0)
    }
  }

  func testReductionErrors() throws {
    let empty = try Tensor.zeros([0])
    XCTAssertThrowsError(try empty.max()) { e in
      XCTAssertEqual(
        (e as? TensorError)?.message, "zero-size array to reduction operation maximum which has no identity")
    }
    XCTAssertThrowsError(try empty.argmax()) { e in
      XCTAssertEqual((e as? TensorError)?.message, "attempt to get argmax of an empty sequence")
    }
    XCTAssertThrowsError(try Tensor.ones([3]).sum(axis: 2)) { e in
      XCTAssertEqual((e as? TensorError)?.message, "axis 2 is out of bounds for array of dimension 1")
      XCTAssertEqual((e as? TensorError)?.pythonTypeName, "AxisError")
    }
  }
}
