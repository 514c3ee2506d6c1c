import Bindings
import Interpreter
import GoldenTesting
import XCTest

/// Session-level checks of the numpy binding that golden files cannot express.
final class NumpyModuleTests: XCTestCase {
  private func makeSession() -> Session {
    let session = Session()
    StandardModules.install(into: session)
    return session
  }

  func testDTypeCompletionOptionsAreRegistered() {
    let session = makeSession()
    let options = session.evaluator.stringOptions["dtype"] ?? []
    XCTAssertTrue(options.contains("float32"))
    XCTAssertTrue(options.contains("int64"))
  }

  func testNumpyRandomIsOneSharedModule() throws {
    let session = makeSession()
    let numpy = try session.evaluator.module(named: "numpy")
    let random = try session.evaluator.module(named: "numpy.random")
    XCTAssertTrue(numpy.members["random"]?.object === random)
  }

  func testEachSessionHasItsOwnRandomState() {
    let first = makeSession()
    let second = makeSession()
    let collector = GoldenRunner.Collector()
    _ = first.execute("import numpy as np\nnp.random.seed(1)\nprint(np.random.rand())", sink: collector)
    _ = second.execute("import numpy as np\nnp.random.rand()\nnp.random.seed(1)\nprint(np.random.rand())", sink: collector)
    let lines = collector.text.split(separator: "\n")
    XCTAssertEqual(lines.count, 2)
    XCTAssertEqual(lines.first, lines.last)
  }

  func testAxisErrorIsAValueError() {
    let session = makeSession()
    let collector = GoldenRunner.Collector()
    let outcome = session.execute(
      "import numpy as np\ntry:\n    np.ones(2).sum(axis=3)\nexcept ValueError as e:\n    print(type(e).__name__)",
      sink: collector)
    if case .error(let name, let value, _) = outcome { XCTFail("\(name): \(value)") }
    XCTAssertEqual(collector.text, "AxisError\n")
  }
}
