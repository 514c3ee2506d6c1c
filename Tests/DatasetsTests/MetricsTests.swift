import Datasets
import Tensor
import XCTest

final class MetricsTests: XCTestCase {
  private func classification(_ key: String) throws -> [String: Any] {
    let m = try Fixture.dict("metrics")
    let c = try XCTUnwrap(m["classification"] as? [String: Any])
    return try XCTUnwrap(c[key] as? [String: Any])
  }

  func testClassificationScoresMatchScikitLearn() throws {
    for key in ["multi", "binary"] {
      let c = try classification(key)
      let t = c.labels("y_true"), p = c.labels("y_pred")
      XCTAssertEqual(try Metrics.accuracyScore(t, p), c.double("accuracy"), accuracy: 1e-15)
      XCTAssertEqual(try Metrics.accuracyScore(t, p, normalize: false), c.double("accuracy_count"))
      XCTAssertEqual(try Metrics.confusionMatrix(t, p).ints, c.matrix("confusion").flatMap { $0 }.map { Int($0) })
      var averages: [Metrics.Average] = [.macro, .micro, .weighted]
      if key == "binary" { averages.append(.binary) }
      for avg in averages {
        XCTAssertEqual(try Metrics.precisionScore(t, p, average: avg), c.double("precision_" + avg.rawValue), accuracy: 1e-15, "\(key) \(avg)")
        XCTAssertEqual(try Metrics.recallScore(t, p, average: avg), c.double("recall_" + avg.rawValue), accuracy: 1e-15, "\(key) \(avg)")
        XCTAssertEqual(try Metrics.f1Score(t, p, average: avg), c.double("f1_" + avg.rawValue), accuracy: 1e-15, "\(key) \(avg)")
      }
      assertClose(try Metrics.classScores(t, p).precision, c.doubles("precision_none"))
      XCTAssertEqual(try Metrics.classificationReport(t, p), c.string("report"))
      XCTAssertEqual(try Metrics.classificationReport(t, p, digits: 4), c.string("report_digits4"))
    }
    let multi = try classification("multi")
    XCTAssertEqual(
      try Metrics.classificationReport(
        multi.labels("y_true"), multi.labels("y_pred"), targetNames: ["setosa", "versicolor", "virginica"]),
      multi.string("report_names"))
    XCTAssertThrowsError(try Metrics.precisionScore(multi.labels("y_true"), multi.labels("y_pred")))
  }

  func testZeroDivisionAndStringLabels() throws {
    let z = try classification("zero_division")
    XCTAssertEqual(try Metrics.precisionScore(z.labels("y_true"), z.labels("y_pred"), average: .macro), z.double("precision_macro"))
    XCTAssertEqual(try Metrics.classificationReport(z.labels("y_true"), z.labels("y_pred")), z.string("report"))
    let s = try classification("strings")
    XCTAssertEqual(try Metrics.classificationReport(s.labels("y_true"), s.labels("y_pred")), s.string("report"))
    XCTAssertEqual(try Metrics.confusionMatrix(s.labels("y_true"), s.labels("y_pred")).ints, s.matrix("confusion").flatMap { $0 }.map { Int($0) })
    XCTAssertThrowsError(try Metrics.accuracyScore([.int(1)], [.int(1), .int(2)]))
  }

  func testReportDigitsOutsideAFormatAreErrors() {
    // A negative count is no format; 2**62 decimals used to build a string until memory ran out.
    for digits in [-1, 1 << 62] {
      XCTAssertThrowsError(try Metrics.classificationReport([.int(0), .int(1)], [.int(0), .int(1)], digits: digits))
    }
  }

  func testRegressionMetricsAndROCAUC() throws {
    let m = try Fixture.dict("metrics")
    let r = try XCTUnwrap(m["regression"] as? [String: Any])
    let t = r.doubles("y_true"), p = r.doubles("y_pred")
    XCTAssertEqual(try Metrics.meanSquaredError(t, p), r.double("mse"), accuracy: 1e-15)
    XCTAssertEqual(try Metrics.meanAbsoluteError(t, p), r.double("mae"), accuracy: 1e-15)
    XCTAssertEqual(try Metrics.r2Score(t, p), r.double("r2"), accuracy: 1e-15)
    XCTAssertEqual(try Metrics.r2Score([1, 1, 1], [1, 1, 2]), r.double("r2_const"))
    let roc = try XCTUnwrap(m["roc"] as? [String: Any])
    XCTAssertEqual(try Metrics.rocAUCScore(roc.labels("y_true"), roc.doubles("y_score")), roc.double("auc"), accuracy: 1e-15)
    XCTAssertThrowsError(try Metrics.rocAUCScore([.int(1), .int(1)], [0.2, 0.3]))
  }
}
