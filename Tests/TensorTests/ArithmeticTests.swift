import XCTest

@testable import Tensor

final class ArithmeticTests: XCTestCase {
  func testBinaryOpsMatchNumPy() throws {
    let cases = Fixtures.section("binary")
    XCTAssertGreaterThan(cases.count, 50)
    for c in cases {
      guard let op = BinaryOp(rawValue: c["op"] as? String ?? "") else {
        XCTFail("unknown op")
        continue
      }
      let a = try Fixtures.tensor(c["a"]), b = try Fixtures.tensor(c["b"])
      let expected = try Fixtures.tensor(c["result"])
      let rtol = expected.dtype == .float32 ? 1e-6 : 1e-12
      assertTensor(try a.binary(op, b), expected, rtol: rtol, "\(op) \(a.dtype) \(b.dtype)")
    }
  }

  func testWeakScalarPromotionMatchesNumPy() throws {
    for c in Fixtures.section("weak") {
      guard let op = BinaryOp(rawValue: c["op"] as? String ?? "") else { continue }
      let a = try Fixtures.tensor(c["a"])
      let kind = c["kind"] as? String ?? ""
      let raw = c["scalar"] as? NSNumber ?? 0
      let s: Scalar = kind == "bool" ? .bool(raw.boolValue) : kind == "int" ? .int(raw.intValue) : .float(raw.doubleValue)
      assertTensor(try a.binary(op, scalar: s), try Fixtures.tensor(c["result"]), rtol: 1e-6, "\(op) \(s)")
      assertTensor(
        try a.binary(op, scalar: s, reversed: true), try Fixtures.tensor(c["reversed"]), rtol: 1e-6,
        "reversed \(op) \(s)")
    }
  }

  func testBroadcastError() throws {
    let a = try Tensor.ones([2, 3]), b = try Tensor.ones([4])
    XCTAssertThrowsError(try a + b) { e in
      XCTAssertEqual((e as? TensorError)?.message, "operands could not be broadcast together with shapes (2,3) (4,) ")
      XCTAssertEqual((e as? TensorError)?.pythonTypeName, "ValueError")
    }
  }

  func testMatmul() throws {
    let a = try Tensor([1.0, 2, 3, 4, 5, 6], shape: [2, 3])
    let b = try Tensor([1.0, 0, 0, 1, 1, 1], shape: [3, 2])
    XCTAssertEqual(try a.matmul(b).doubles, [4, 5, 10, 11])
    let af = a.astype(.float32), bf = b.astype(.float32)
    XCTAssertEqual(try af.matmul(bf).floats, [4, 5, 10, 11])
    XCTAssertEqual(try a.matmul(Tensor([1.0, 1, 1])).doubles, [6, 15])
    XCTAssertEqual(try Tensor([1.0, 1]).matmul(a).doubles, [5, 7, 9])
    XCTAssertEqual(try Tensor([1.0, 2]).matmul(Tensor([3.0, 4])).shape, [])
    XCTAssertEqual(try Tensor([1, 2]).dot(Tensor([3, 4])).ints, [11])
    XCTAssertThrowsError(try a.matmul(try Tensor.ones([2, 2]))) { e in
      XCTAssertEqual(
        (e as? TensorError)?.message,
        "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 2 is different from 3)"
      )
    }
  }
}
