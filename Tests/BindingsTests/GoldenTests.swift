import Bindings
import Foundation
import Interpreter
import GoldenTesting
import XCTest

/// Runs every golden cell file in Tests/BindingsTests/Golden, each in a session with the
/// library modules installed. Expected lines come from real NumPy (see make_golden.py).
final class BindingsGoldenTests: XCTestCase {
  func testGoldenFilesExist() {
    XCTAssertGreaterThanOrEqual(GoldenRunner.files(in: .module, folder: "Golden").count, 8)
  }

  func testGoldenFiles() throws {
    for file in GoldenRunner.files(in: .module, folder: "Golden") {
      try GoldenRunner.run(
        file: file,
        makeSession: {
          let session = Session()
          StandardModules.install(into: session)
          return session
        })
    }
  }
}
