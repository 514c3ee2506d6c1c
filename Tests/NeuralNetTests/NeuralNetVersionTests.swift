import NeuralNet
import XCTest

final class NeuralNetVersionTests: XCTestCase {
  func testVersionIsSemantic() {
    XCTAssertEqual(NeuralNet.version.split(separator: ".").count, 3)
  }
}
