import Foundation
import Interpreter
import GoldenTesting
import XCTest

/// Checks that seeded `random` calls print exactly what CPython 3.11 printed.
///
/// The cases come from `Fixtures/random_fixtures.json`, written by
/// `Fixtures/make_random_fixtures.py`.
final class RandomModuleTests: XCTestCase {
  /// One snippet and CPython's output for it.
  struct Case: Decodable {
    var code: String
    var output: String
  }

  func testSeededStreamsMatchCPython() throws {
    let url = try XCTUnwrap(
      Bundle.module.url(
        forResource: "random_fixtures", withExtension: "json", subdirectory: "Fixtures"))
    let cases = try JSONDecoder().decode([Case].self, from: Data(contentsOf: url))
    XCTAssertGreaterThan(cases.count, 10)
    for testCase in cases {
      let collector = GoldenRunner.Collector()
      let outcome = Session().execute(testCase.code, sink: collector)
      XCTAssertEqual(outcome, .ok(result: nil), testCase.code)
      XCTAssertEqual(collector.text, testCase.output, testCase.code)
    }
  }

  func testUnseededCallsDiffer() {
    let collector = GoldenRunner.Collector()
    _ = Session().execute("import random\nprint(random.random() != random.random())", sink: collector)
    XCTAssertEqual(collector.text, "True\n")
  }
}
