import Datasets
import Tensor
import XCTest

final class ModelSelectionTests: XCTestCase {
  private func size(_ v: Any?) -> ModelSelection.Size? {
    guard let v, !(v is NSNull) else { return nil }
    if let i = v as? Int { return .count(i) }
    return .fraction([String: Any].number(v))
  }

  func testSplitIndicesMatchScikitLearn() throws {
    for c in try Fixture.list("splits") {
      let stratify = c["stratify"] is NSNull ? nil : c.labels("stratify")
      let (train, test) = try ModelSelection.splitIndices(
        n: c.int("n"), testSize: size(c["test_size"]), trainSize: size(c["train_size"]),
        randomState: c["random_state"] == nil ? nil : .seed(c.int("random_state")),
        shuffle: c["shuffle"] as? Bool ?? true, stratify: stratify)
      XCTAssertEqual(train, c.ints("train"), "train for \(c)")
      XCTAssertEqual(test, c.ints("test"), "test for \(c)")
    }
  }

  func testSizesLikeScikitLearn() throws {
    XCTAssertTrue(try ModelSelection.splitSizes(n: 150, testSize: nil, trainSize: nil) == (112, 38))
    XCTAssertTrue(try ModelSelection.splitSizes(n: 569, testSize: nil, trainSize: nil) == (426, 143))
    XCTAssertTrue(try ModelSelection.splitSizes(n: 10, testSize: nil, trainSize: nil) == (7, 3))
    XCTAssertThrowsError(try ModelSelection.splitSizes(n: 10, testSize: .count(6), trainSize: .count(6)))
    XCTAssertThrowsError(try ModelSelection.splitSizes(n: 10, testSize: .fraction(1.5), trainSize: nil))
  }

  func testTrainTestSplitSplitsEveryArray() throws {
    let x = try Tensor(Array(0..<20).map(Double.init), shape: [10, 2])
    let y = Tensor(Array(0..<10))
    let parts = try ModelSelection.trainTestSplit([x, y], randomState: .seed(42))
    XCTAssertEqual(parts.count, 2)
    XCTAssertEqual(parts[1].test.ints, [8, 1, 5])
    XCTAssertEqual(parts[0].test.shape, [3, 2])
    XCTAssertEqual(parts[0].test.doubles, [16, 17, 2, 3, 10, 11])
    XCTAssertThrowsError(try ModelSelection.trainTestSplit([x, Tensor([1, 2])]))
    XCTAssertThrowsError(
      try ModelSelection.splitIndices(n: 4, testSize: .count(2), stratify: [.int(0), .int(1), .int(1), .int(1)]))
  }
}
