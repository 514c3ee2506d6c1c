import XCTest

@testable import Tensor

final class RandomTests: XCTestCase {
  private func expected(_ key: String) -> [Double] {
    let r = Fixtures.root["random"] as? [String: [Any]] ?? [:]
    return (r[key] ?? []).map { v in (v as? String).flatMap(Double.init) ?? (v as? NSNumber)?.doubleValue ?? .nan }
  }

  private func seeded(_ s: Int) throws -> RandomState {
    let r = RandomState()
    try r.seed(s)
    return r
  }

  func testShuffledIndicesDrawLikeIntervalAndLeaveTheSameStream() throws {
    // The branch-free shuffle against Fisher–Yates written with `interval`, over sizes that
    // cross the generator's 624-word refills, then the next draws of both generators.
    let fast = try seeded(5)
    let reference = try seeded(5)
    for n in [0, 1, 2, 3, 99, 150, 700, 2_000, 65_537] {
      var order = Array(0..<n)
      if n > 1 {
        for i in stride(from: n - 1, through: 1, by: -1) {
          order.swapAt(i, Int(reference.interval(UInt64(i))))
        }
      }
      XCTAssertEqual(fast.shuffledIndices(n), order, "n = \(n)")
    }
    XCTAssertEqual(try fast.randomSample([3]).doubles, try reference.randomSample([3]).doubles)
  }

  func testReshuffleRefillsInPlaceWithTheSameDraws() throws {
    let fresh = try seeded(9)
    let reused = try seeded(9)
    var order = [7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7]
    for _ in 0..<3 {
      reused.reshuffle(&order)
      XCTAssertEqual(order, fresh.shuffledIndices(11))
    }
  }

  func testStreamsMatchNumPyBitForBit() throws {
    XCTAssertEqual(try seeded(42).randomSample([5]).doubles, expected("rand"))
    XCTAssertEqual(try seeded(42).standardNormal([7]).doubles, expected("randn"))
    XCTAssertEqual(try seeded(42).randint(low: 0, high: 10, shape: [20]).doubles, expected("randint"))
    XCTAssertEqual(try seeded(7).randint(low: -5, high: 1_000_000, shape: [10]).doubles, expected("randint_big"))
    XCTAssertEqual(try seeded(42).permutation(10).doubles, expected("permutation"))
    XCTAssertEqual(try seeded(1).uniform(low: -2, high: 3, shape: [5]).doubles, expected("uniform"))
    XCTAssertEqual(try seeded(1).normal(loc: 1.5, scale: 2, shape: [5]).doubles, expected("normal"))
    XCTAssertEqual(try seeded(3).choice(10, count: 6).doubles, expected("choice"))
    XCTAssertEqual(try seeded(3).choice(10, count: 6, replace: false).doubles, expected("choice_noreplace"))
    XCTAssertEqual(try seeded(3).choice(4, count: 8, p: [0.1, 0.2, 0.3, 0.4]).doubles, expected("choice_p"))
    XCTAssertEqual(
      try seeded(3).choice(5, count: 3, replace: false, p: [0.1, 0.2, 0.3, 0.3, 0.1]).doubles,
      expected("choice_p_noreplace"))
    let r0 = try seeded(0)
    var x = try Tensor.arange(.int(12)).reshaped([6, 2])
    r0.shuffle(&x)
    XCTAssertEqual(x.doubles, expected("shuffle"))
    let r5 = try seeded(5)
    XCTAssertEqual([r5.nextGauss(), r5.nextDouble(), r5.nextGauss(), r5.nextGauss()], expected("mixed"))
  }

  func testSeedRangeError() {
    XCTAssertThrowsError(try RandomState().seed(-1)) { e in
      XCTAssertEqual((e as? TensorError)?.message, "Seed must be between 0 and 2**32 - 1")
    }
  }
}
