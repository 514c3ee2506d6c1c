import Datasets
import Foundation
import Tensor
import XCTest

final class ToyDatasetTests: XCTestCase {
  /// SHA-256 of doubles as little-endian float64 bytes (like `arr.astype('<f8').tobytes()`).
  private func sha(_ values: [Double]) -> String {
    var bytes = Data(capacity: values.count * 8)
    for v in values { withUnsafeBytes(of: v.bitPattern.littleEndian) { bytes.append(contentsOf: $0) } }
    return SHA256.hexDigest(bytes)
  }

  private func sha(_ values: [Int]) -> String {
    var bytes = Data(capacity: values.count * 8)
    for v in values { withUnsafeBytes(of: Int64(v).littleEndian) { bytes.append(contentsOf: $0) } }
    return SHA256.hexDigest(bytes)
  }

  func testEveryToyDatasetMatchesScikitLearnChecksums() throws {
    let checks = try Fixture.dict("toy_checksums")
    for kind in ToyDataset.Kind.allCases {
      guard let c = checks[kind.rawValue] as? [String: Any] else {
        XCTFail("no fixture for \(kind)")
        continue
      }
      let d = try ToyDataset.load(kind)
      XCTAssertEqual(d.data.shape, c.ints("data_shape"), kind.rawValue)
      XCTAssertEqual(d.target.shape, c.ints("target_shape"), kind.rawValue)
      XCTAssertEqual(sha(d.data.doubles), c.string("data_sha256"), "data checksum of \(kind)")
      let targetSHA = d.target.dtype == .int64 ? sha(d.target.ints) : sha(d.target.doubles)
      XCTAssertEqual(targetSHA, c.string("target_sha256"), "target checksum of \(kind)")
      let cols = d.data.shape[1]
      assertClose(Array(d.data.doubles.prefix(cols)), c.doubles("first_row"))
      assertClose(Array(d.data.doubles.suffix(cols)), c.doubles("last_row"))
      assertClose(Array(d.target.doubles.prefix(5)), c.doubles("first_targets"))
      XCTAssertEqual(d.descr.count, c.int("descr_length"), "DESCR length of \(kind)")
      XCTAssertTrue(d.descr.hasPrefix(c.string("descr_prefix")))
      XCTAssertEqual(d.featureNames.count, cols)
    }
  }

  func testNamesAndDtypesLikeScikitLearn() throws {
    let iris = try ToyDataset.iris()
    XCTAssertEqual(iris.featureNames, ["sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"])
    XCTAssertEqual(iris.targetNames ?? [], ["setosa", "versicolor", "virginica"])
    XCTAssertEqual(iris.target.dtype, .int64)
    XCTAssertEqual(iris.data.dtype, .float64)
    let cancer = try ToyDataset.breastCancer()
    XCTAssertEqual(cancer.targetNames ?? [], ["malignant", "benign"])
    XCTAssertEqual(cancer.target.ints.filter { $0 == 0 }.count, 212)
    XCTAssertEqual(try ToyDataset.wine().targetNames ?? [], ["class_0", "class_1", "class_2"])
    let diabetes = try ToyDataset.diabetes()
    XCTAssertNil(diabetes.targetNames)
    XCTAssertEqual(diabetes.target.dtype, .float64)
    XCTAssertEqual(diabetes.featureNames, ["age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6"])
    XCTAssertEqual(try ToyDataset.diabetes(scaled: false).data.doubles[0], 59)
    let digits = try ToyDataset.digits()
    XCTAssertEqual(digits.images?.shape ?? [], [1797, 8, 8])
    XCTAssertEqual(digits.featureNames[9], "pixel_1_1")
    XCTAssertEqual(digits.targetNames ?? [], (0..<10).map(String.init))
    let five = try ToyDataset.digits(nClass: 5)
    XCTAssertTrue(five.target.ints.allSatisfy { $0 < 5 })
    XCTAssertEqual(five.images?.shape.first, five.data.shape[0])
  }

  func testRepeatedLoadsGiveIdenticalData() throws {
    // Speed of cached loads is measured by bench/datasets_bench.py, not asserted here.
    for kind in ToyDataset.Kind.allCases {
      let first = try ToyDataset.load(kind)
      let second = try ToyDataset.load(kind)
      XCTAssertEqual(first.data.doubles, second.data.doubles, "\(kind)")
      XCTAssertEqual(first.featureNames, second.featureNames, "\(kind)")
    }
  }
}
