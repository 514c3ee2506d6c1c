import Bindings
import Foundation
import Interpreter
import GoldenTesting
import XCTest

/// Runs the keras golden files (Golden/keras_*.py and Golden/lesson_keras_*.py), each in a
/// fresh session. Expected lines come from Keras 3.15.1 (make_keras_golden.py).
final class KerasGoldenTests: XCTestCase {
  private func run(_ name: String) throws {
    guard let url = Bundle.module.url(forResource: "Golden/\(name)", withExtension: "py") else {
      return XCTFail("missing golden file \(name).py")
    }
    try GoldenRunner.run(file: url, makeSession: {
      let session = Session()
      StandardModules.install(into: session)
      return session
    })
  }

  func testModel() throws { try run("keras_model") }
  func testTraining() throws { try run("keras_training") }
  func testCallbacks() throws { try run("keras_callbacks") }
  func testErrors() throws { try run("keras_errors") }
  func testMetricsAndNormalization() throws { try run("keras_metrics") }
}
