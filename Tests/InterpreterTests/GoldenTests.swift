import Foundation
import Interpreter
import GoldenTesting
import XCTest

/// Runs every golden cell file in Tests/InterpreterTests/Golden.
final class GoldenTests: XCTestCase {
  func testGoldenFilesExist() {
    XCTAssertGreaterThan(GoldenRunner.files(in: .module, folder: "Golden").count, 10)
  }

  func testGoldenFiles() throws {
    for file in GoldenRunner.files(in: .module, folder: "Golden") {
      try GoldenRunner.run(file: file, makeSession: { Session() })
    }
  }
}
