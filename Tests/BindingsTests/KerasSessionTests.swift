import Foundation
import Interpreter
import XCTest

@testable import Bindings

/// Session-level checks of the keras binding: progress display, completions, per-session names.
final class KerasSessionTests: XCTestCase {
  /// Records displays by id and stderr text.
  final class Recorder: OutputSink {
    var stdout = ""
    var stderr = ""
    var displays: [(id: String?, update: Bool, text: String)] = []
    func stream(_ name: StreamName, _ text: String) {
      if name == .stderr { stderr += text } else { stdout += text }
    }
    func display(_ bundle: MimeBundle, displayID: String?, update: Bool) {
      displays.append((displayID, update, bundle.data["text/plain"] ?? ""))
    }
    func clearOutput(wait: Bool) {}
    func page(_ bundle: MimeBundle) {}
    func readInput(prompt: String, password: Bool) throws -> String { throw InputUnavailable() }
  }

  private func makeSession() -> Session {
    let session = Session()
    StandardModules.install(into: session)
    return session
  }

  func testProgressNumbersReadAsPrintfWrites() {
    // The progress line formats with libc; the text must be what String(format:) gives.
    for value in [0.12345, 0.1, 1e-3, 0.00012345, 123.456789, 0, -0.5, 2.5e-7, .nan, .infinity] {
      let expected = abs(value) > 1e-3 ? String(format: "%.4f", value) : String(format: "%.4e", value)
      XCTAssertEqual(KerasProgress.format(value), expected, "\(value)")
    }
    XCTAssertEqual(KerasProgress.perStep(2.4), "2s/step")
    XCTAssertEqual(KerasProgress.perStep(0.0125), "12ms/step")
    XCTAssertEqual(KerasProgress.perStep(3.5e-6), "4us/step")
    XCTAssertEqual(KerasProgress.printf("%.1f", 1e300), String(format: "%.1f", 1e300))  // past the stack buffer
  }

  func testFitVerboseOneUsesOneDisplayWithUpdatesAndNoStderr() {
    let session = makeSession()
    let recorder = Recorder()
    let outcome = session.execute("""
      import numpy as np
      import keras
      model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(1)])
      model.compile(loss="mse")
      h = model.fit(np.ones((8, 2)), np.ones(8), epochs=3, batch_size=4)
      """, sink: recorder)
    if case .error(let name, let value, _) = outcome { return XCTFail("\(name): \(value)") }
    XCTAssertEqual(recorder.stderr, "")
    let ids = Set(recorder.displays.map(\.id))
    XCTAssertEqual(ids.count, 1)
    XCTAssertNotNil(ids.first ?? nil)
    XCTAssertEqual(recorder.displays.first?.update, false)
    XCTAssertTrue(recorder.displays.dropFirst().allSatisfy(\.update))
    XCTAssertGreaterThan(recorder.displays.count, 1)
    XCTAssertTrue(recorder.displays.contains { $0.text.hasPrefix("Epoch 3/3\n2/2 ━━━━━━━━━━━━━━━━━━━━ ") })
    XCTAssertTrue(recorder.stdout.hasPrefix("Epoch 1/3\n2/2 ━━━━━━━━━━━━━━━━━━━━ "))
    XCTAssertTrue(recorder.stdout.contains("/step - loss: "))
  }

  func testAFastHundredEpochFitSendsAFewDisplayUpdatesNotOnePerEpoch() {
    let session = makeSession()
    let recorder = Recorder()
    let outcome = session.execute("""
      import numpy as np
      import keras
      model = keras.Sequential([keras.Input((1,)), keras.layers.Dense(3, activation="sigmoid"), keras.layers.Dense(1)])
      model.compile(loss="mse")
      model.fit(np.arange(12.0).reshape(-1, 1), np.ones(12), epochs=100)
      """, sink: recorder)
    if case .error(let name, let value, _) = outcome { return XCTFail("\(name): \(value)") }
    // Updates are throttled to 10 a second (plus the first, the last epoch and the emptying
    // one); before, every epoch sent two. Far under 200 unless the fit took seconds.
    XCTAssertLessThan(recorder.displays.count, 60)
    XCTAssertTrue(recorder.displays.contains { $0.text.hasPrefix("Epoch 100/100\n1/1 ━━━━━━━━━━━━━━━━━━━━ ") })
    XCTAssertEqual(recorder.displays.last?.text, "")
    // The log still has every epoch's line.
    XCTAssertEqual(recorder.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("Epoch ") }.count, 100)
  }

  func testVerboseTwoPrintsOneLinePerEpoch() {
    let session = makeSession()
    let recorder = Recorder()
    _ = session.execute("""
      import numpy as np
      import keras
      model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(1)])
      model.compile(loss="mse")
      model.fit(np.ones((8, 2)), np.ones(8), epochs=2, verbose=2)
      """, sink: recorder)
    XCTAssertTrue(recorder.displays.isEmpty)
    XCTAssertEqual(recorder.stdout.split(separator: "\n").count, 4)
  }

  func testCompletionOptionsAndSeparateNames() {
    let first = makeSession()
    let second = makeSession()
    XCTAssertTrue(first.evaluator.stringOptions["activation"]?.contains("relu") ?? false)
    XCTAssertTrue(first.evaluator.stringOptions["loss"]?.contains("mse") ?? false)
    let recorder = Recorder()
    _ = first.execute("import keras\nkeras.layers.Dense(1)\nprint(keras.layers.Dense(1).name)", sink: recorder)
    _ = second.execute("import keras\nprint(keras.layers.Dense(1).name)", sink: recorder)
    XCTAssertEqual(recorder.stdout, "dense_1\ndense\n")
  }

  func testSeedingMakesRerunsIdentical() {
    let session = makeSession()
    let recorder = Recorder()
    let cell = "import numpy as np\nimport keras\nnp.random.seed(5)\nprint(keras.layers.Dense(2)(np.ones((1, 3))))\n"
    _ = session.execute(cell, sink: recorder)
    _ = session.execute(cell, sink: recorder)
    let lines = recorder.stdout.split(separator: "\n")
    XCTAssertEqual(lines.count, 2)
    XCTAssertEqual(lines.first, lines.last)
  }
}
