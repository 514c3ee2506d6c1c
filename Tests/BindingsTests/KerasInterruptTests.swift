import Bindings
import Foundation
import Interpreter
import XCTest

/// Session-level checks that a long `fit` can be interrupted (KeyboardInterrupt, the model
/// stays usable) and that a layer too large for the memory limit fails with a clear error.
final class KerasInterruptTests: XCTestCase {
  /// Collects printed text; displays and input are not needed here.
  final class TextSink: OutputSink {
    var stdout = ""
    func stream(_ name: StreamName, _ text: String) { stdout += text }
    func display(_ bundle: MimeBundle, displayID: String?, update: Bool) {}
    func clearOutput(wait: Bool) {}
    func page(_ bundle: MimeBundle) {}
    func readInput(prompt: String, password: Bool) throws -> String { throw InputUnavailable() }
  }

  private func makeSession() -> Session {
    let session = Session()
    StandardModules.install(into: session)
    return session
  }

  /// Runs `code` and returns what it printed, failing the test on an error.
  private func output(_ session: Session, _ code: String, file: StaticString = #filePath, line: UInt = #line) -> String {
    let sink = TextSink()
    if case .error(let name, let value, _) = session.execute(code, sink: sink) {
      XCTFail("\(name): \(value)", file: file, line: line)
    }
    return sink.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  func testInterruptingFitRaisesKeyboardInterruptAndKeepsTheModel() {
    let session = makeSession()
    _ = output(session, """
      import numpy as np
      import keras
      x = np.random.rand(4000, 20)
      y = (x.sum(axis=1) > 10).astype("float32")
      model = keras.Sequential([keras.Input((20,)), keras.layers.Dense(64, activation="relu"),
                                keras.layers.Dense(64, activation="relu"), keras.layers.Dense(1, activation="sigmoid")])
      model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
      history_holder = []
      keep = keras.callbacks.LambdaCallback(on_epoch_end=lambda epoch, logs: history_holder.append(logs))
      """)
    let started = Date()
    let interrupter = DispatchWorkItem { session.interrupt() }
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.3, execute: interrupter)
    let outcome = session.execute(
      "model.fit(x, y, epochs=100000, batch_size=32, verbose=0, callbacks=[keep])", sink: TextSink())
    interrupter.cancel()
    // Only guards against a hang: the interrupt must stop the cell long before this.
    XCTAssertLessThan(Date().timeIntervalSince(started), 60)
    guard case .error(let name, _, _) = outcome else { return XCTFail("fit was not interrupted: \(outcome)") }
    XCTAssertEqual(name, "KeyboardInterrupt")

    let completed = Int(output(session, "print(len(history_holder))")) ?? -1
    XCTAssertGreaterThanOrEqual(completed, 0)
    XCTAssertLessThan(completed, 100000)
    XCTAssertEqual(output(session, "print(len(model.get_weights()), model.get_weights()[0].shape)"), "6 (20, 64)")
    XCTAssertEqual(output(session, "print(model.predict(x[:3], verbose=0).shape)"), "(3, 1)")
    let evaluated = output(session, "print(len(model.evaluate(x[:64], y[:64], verbose=0)))")
    XCTAssertEqual(evaluated, "2")
  }

  func testLayerLargerThanTheMemoryLimitRaisesAndTheSessionGoesOn() {
    let session = makeSession()
    let sink = TextSink()
    let outcome = session.execute("""
      import keras
      model = keras.Sequential([keras.Input(shape=(200000,)), keras.layers.Dense(200000, name="huge")])
      """, sink: sink)
    guard case .error(let name, let value, _) = outcome else { return XCTFail("no error for a 160 GB layer") }
    XCTAssertTrue(["MemoryError", "ValueError"].contains(name), "\(name): \(value)")
    XCTAssertTrue(value.contains("huge") && value.contains("(200000, 200000)") && value.contains("limit"), value)
    XCTAssertEqual(output(session, """
      small = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(2)])
      print(small.count_params())
      """), "10")
  }
}
