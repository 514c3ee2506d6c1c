import XCTest

@testable import Tensor

final class PrintingTests: XCTestCase {
  func testFixturesLoaded() {
    XCTAssertGreaterThan(Fixtures.section("print").count, 50)
  }

  func testArrayReprAndStrMatchNumPy() throws {
    for c in Fixtures.section("print") {
      let t = try Fixtures.tensor(c)
      XCTAssertEqual(t.repr, c["repr"] as? String, "repr of \(t.shape) \(t.dtype)")
      XCTAssertEqual(t.str, c["str"] as? String, "str of \(t.shape) \(t.dtype)")
    }
  }

  func testScalarReprAndStrMatchNumPy() {
    for c in Fixtures.section("scalars") {
      let dt = Fixtures.dtype(c["dtype"] as? String ?? "")
      let v = Double(c["value"] as? String ?? "") ?? .nan
      let s: Scalar = dt == .int64 ? .int(Int(v)) : dt == .bool ? .bool(v != 0) : .float(v)
      XCTAssertEqual(scalarRepr(s, dtype: dt), c["repr"] as? String)
      XCTAssertEqual(scalarStr(s, dtype: dt), c["str"] as? String)
    }
  }

  func testHandWrittenExamples() throws {
    XCTAssertEqual(try Tensor([1.0, 2, 3, 4], shape: [2, 2]).str, "[[1. 2.]\n [3. 4.]]")
    XCTAssertEqual(Tensor([1, 2, 3]).repr, "array([1, 2, 3])")
    XCTAssertEqual(try Tensor([true, false], shape: [2]).repr, "array([ True, False])")
    XCTAssertEqual(Tensor([Double]()).repr, "array([], dtype=float64)")
    XCTAssertEqual(try Tensor([Float(1), 2], shape: [2]).repr, "array([1., 2.], dtype=float32)")
    XCTAssertEqual(Tensor(0.5).repr, "array(0.5)")
  }
}
