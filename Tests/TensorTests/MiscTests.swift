import XCTest

@testable import Tensor

final class MiscTests: XCTestCase {
  func testUniqueMatchesNumPy() throws {
    for c in Fixtures.section("unique") {
      let (values, counts) = try Fixtures.tensor(c["a"]).unique()
      assertTensor(values, try Fixtures.tensor(c["values"]))
      assertTensor(counts, try Fixtures.tensor(c["counts"]))
    }
  }

  func testCreationMatchesNumPy() throws {
    for c in Fixtures.section("creation") {
      let args = (c["args"] as? [Any] ?? []).map { v -> Scalar in
        if let s = v as? String { return .float(Double(s) ?? 0) }
        if (c["kind"] as? String) == "linspace" { return .float((v as? NSNumber)?.doubleValue ?? 0) }
        return .int((v as? NSNumber)?.intValue ?? 0)
      }
      let r: Tensor
      if (c["kind"] as? String) == "arange" {
        r = try Tensor.arange(args[0], args[1], args[2])
      } else {
        r = try Tensor.linspace(args[0].doubleValue, args[1].doubleValue, num: Int(args[2].doubleValue))
      }
      assertTensor(r, try Fixtures.tensor(c["result"]), rtol: 0, "\(c["kind"] ?? "") \(args)")
    }
  }

  func testUnaryMatchesNumPy() throws {
    for c in Fixtures.section("unary") {
      let a = try Fixtures.tensor(c["a"])
      let name = c["op"] as? String ?? ""
      let r: Tensor
      if name == "round" {
        r = a.rounded(decimals: (c["decimals"] as? NSNumber)?.intValue ?? 0)
      } else {
        guard let op = UnaryOp(rawValue: name) else {
          XCTFail(name)
          continue
        }
        r = try a.unary(op)
      }
      assertTensor(r, try Fixtures.tensor(c["result"]), rtol: 1e-15, name)
    }
  }

  func testShapeOpsAndJoins() throws {
    let a = try Tensor.arange(.int(6)).reshaped([2, -1])
    XCTAssertEqual(a.shape, [2, 3])
    XCTAssertEqual(a.transposed().ints, [0, 3, 1, 4, 2, 5])
    XCTAssertEqual(try a.expandDims(0).shape, [1, 2, 3])
    XCTAssertEqual(try a.expandDims(0).squeezed().shape, [2, 3])
    XCTAssertEqual(try Tensor.concatenate([a, a], axis: 1).ints, [0, 1, 2, 0, 1, 2, 3, 4, 5, 3, 4, 5])
    XCTAssertEqual(try Tensor.stack([Tensor([1, 2]), Tensor([3, 4])], axis: 1).ints, [1, 3, 2, 4])
    XCTAssertEqual(try Tensor.vstack([Tensor([1, 2]), Tensor([3, 4])]).shape, [2, 2])
    XCTAssertEqual(try Tensor.hstack([Tensor([1, 2]), Tensor([3])]).ints, [1, 2, 3])
    XCTAssertEqual(try Tensor.columnStack([Tensor([1, 2]), Tensor([3, 4])]).ints, [1, 3, 2, 4])
    let w = try Tensor.where(try a.binary(.greater, scalar: .int(2)), a, Tensor(scalar: .float(-1)))
    XCTAssertEqual(w.doubles, [-1, -1, -1, 3, 4, 5])
    XCTAssertTrue(try Tensor([1.0, 2]).allclose(Tensor([1.0, 2.000001])))
    XCTAssertFalse(try Tensor([1.0, 2]).allclose(Tensor([1.0, 2.1])))
    XCTAssertTrue(a.arrayEqual(a))
    XCTAssertEqual(try a.transposed([1, 0]).shape, [3, 2])
  }

  func testErrorsAreNumPyWorded() throws {
    func message(_ body: () throws -> Any) -> (String?, String?) {
      do {
        _ = try body()
        return (nil, nil)
      } catch { return ((error as? TensorError)?.message, (error as? TensorError)?.pythonTypeName) }
    }
    XCTAssertEqual(message { try Tensor.ones([6]).reshaped([4]) }.0, "cannot reshape array of size 6 into shape (4,)")
    XCTAssertEqual(message { try Tensor.ones([6]).reshaped([-1, -1]) }.0, "can only specify one unknown dimension")
    XCTAssertEqual(message { try Tensor.ones([2, 2]).transposed([0, 0]) }.0, "repeated axis in transpose")
    XCTAssertEqual(
      message { try Tensor.ones([2, 3]).squeezed(0) }.0,
      "cannot select an axis to squeeze out which has size not equal to one")
    XCTAssertEqual(message { try Tensor.zeros([-1]) }.0, "negative dimensions are not allowed")
    XCTAssertEqual(
      message { try Tensor.concatenate([try Tensor.ones([2, 3]), try Tensor.ones([2, 2])]) }.0,
      "all the input array dimensions except for the concatenation axis must match exactly, but along dimension 1, the array at index 0 has size 3 and the array at index 1 has size 2"
    )
    XCTAssertEqual(
      message { try Tensor.stack([try Tensor.ones([2]), try Tensor.ones([3])]) }.0,
      "all input arrays must have the same shape")
    XCTAssertEqual(
      message { try Tensor([1]).binary(.power, Tensor([-1])) }.0, "Integers to negative integer powers are not allowed.")
    let boolSub = message { try Tensor([true], shape: [1]).binary(.subtract, try Tensor([true], shape: [1])) }
    XCTAssertEqual(boolSub.1, "TypeError")
    let mem = message { try Tensor.zeros([1_000_000_000_000]) }
    XCTAssertEqual(mem.0, "Unable to allocate 7.28 TiB for an array with shape (1000000000000,) and data type float64")
    XCTAssertEqual(mem.1, "MemoryError")
    // Sizes as NumPy's _ArrayMemoryError._size_to_string words them (taken from NumPy 2.4).
    let sizes: [(Int, String)] = [
      (512, "512 bytes"), (1024, "1.00 KiB"), (1 << 62, "4.00 EiB"), (256 << 30, "256. GiB"),
      (8_004_444_650_209, "7.28 TiB"), (1_048_576_000, "1000. MiB"), (1_073_636_966, "1.00 GiB"),
      (10_235, "10.0 KiB"), (107_331_232_727, "100. GiB"), (1536, "1.50 KiB"),
    ]
    for (bytes, text) in sizes { XCTAssertEqual(byteString(bytes), text, "\(bytes) bytes") }
    XCTAssertEqual(message { try Tensor.zeros([Int.max, Int.max]) }.1, "ValueError")
    XCTAssertEqual(message { try Tensor.arange(.int(0), .int(5), .int(0)) }.1, "ZeroDivisionError")
  }
}
