import Foundation
import Interpreter
import GoldenTesting
import XCTest

/// Session behaviour that golden files cannot express: tracebacks, interrupts, streams,
/// editor services.
final class SessionTests: XCTestCase {
  private func run(_ session: Session, _ code: String) -> (GoldenRunner.Collector, ExecutionOutcome) {
    let collector = GoldenRunner.Collector()
    return (collector, session.execute(code, sink: collector))
  }

  func testTracebackNamesCellLineAndEveryFunctionFrame() {
    let session = Session()
    let (_, outcome) = run(session, "def inner(x):\n    return 1 / x\n\ndef outer():\n    return inner(0)\n\nouter()\n")
    guard case .error(let name, let value, let traceback) = outcome else {
      return XCTFail("expected an error, got \(outcome)")
    }
    XCTAssertEqual(name, "ZeroDivisionError")
    XCTAssertEqual(value, "division by zero")
    XCTAssertEqual(
      traceback,
      [
        "Traceback (most recent call last):",
        "  Cell In[1], line 7",
        "    outer()",
        "  Cell In[1], line 5, in outer",
        "    return inner(0)",
        "  Cell In[1], line 2, in inner",
        "    return 1 / x",
        "ZeroDivisionError: division by zero",
      ])
  }

  func testSyntaxErrorTracebackHasCaret() {
    let (_, outcome) = run(Session(), "x = (1 +\ny = 2\n")
    guard case .error(let name, _, let traceback) = outcome else { return XCTFail("no error") }
    XCTAssertEqual(name, "SyntaxError")
    XCTAssertTrue(traceback.contains { $0.trimmingCharacters(in: .whitespaces) == "^" }, "\(traceback)")
  }

  func testFailedCellKeepsEarlierAndCompletedDefinitions() {
    let session = Session()
    _ = run(session, "a = 1")
    _ = run(session, "b = 2\nc = undefined_name\nd = 4")
    let (collector, outcome) = run(session, "print(a, b)\n'd' in globals()")
    XCTAssertEqual(collector.text, "1 2\n")
    XCTAssertEqual(outcome, .ok(result: .plain("False")))
  }

  func testInterruptStopsBusyLoopAndKeepsSession() {
    let session = Session()
    _ = run(session, "kept = 42")
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { session.interrupt() }
    let start = Date()
    let (_, outcome) = run(session, "while True:\n    pass\n")
    XCTAssertLessThan(Date().timeIntervalSince(start), 5)
    guard case .error(let name, _, _) = outcome else { return XCTFail("not interrupted") }
    XCTAssertEqual(name, "KeyboardInterrupt")
    XCTAssertEqual(run(session, "kept").1, .ok(result: .plain("42")))
  }

  func testInterruptWakesSleep() {
    let session = Session()
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { session.interrupt() }
    let start = Date()
    let (_, outcome) = run(session, "import time\ntime.sleep(30)")
    XCTAssertLessThan(Date().timeIntervalSince(start), 5)
    guard case .error(let name, _, _) = outcome else { return XCTFail("not interrupted") }
    XCTAssertEqual(name, "KeyboardInterrupt")
  }

  func testDeepRecursionRaisesRecursionErrorWithoutCrashing() {
    let (_, outcome) = run(Session(), "def f(n):\n    return f(n + 1)\nf(0)")
    guard case .error(let name, _, let traceback) = outcome else { return XCTFail("no error") }
    XCTAssertEqual(name, "RecursionError")
    XCTAssertLessThan(traceback.count, 5_000)
  }

  func testStderrIsItsOwnStream() {
    final class Streams: OutputSink {
      var parts: [(StreamName, String)] = []
      func stream(_ name: StreamName, _ text: String) { parts.append((name, text)) }
      func display(_ bundle: MimeBundle, displayID: String?, update: Bool) {}
      func clearOutput(wait: Bool) {}
      func page(_ bundle: MimeBundle) {}
      func readInput(prompt: String, password: Bool) throws -> String { throw InputUnavailable() }
    }
    let streams = Streams()
    _ = Session().execute("import sys\nprint('out')\nprint('err', file=sys.stderr)\nsys.stdout.write('w')", sink: streams)
    XCTAssertEqual(streams.parts.map(\.0), [.stdout, .stderr, .stdout])
    XCTAssertEqual(streams.parts.map(\.1), ["out\n", "err\n", "w"])
  }

  func testInputUsesSinkAndFailsClearlyWithoutStdin() {
    let session = Session()
    let collector = GoldenRunner.Collector()
    collector.inputs = ["Ada"]
    XCTAssertEqual(session.execute("name = input('Name? ')\nname", sink: collector), .ok(result: .plain("'Ada'")))
    let (_, outcome) = run(session, "input()")
    guard case .error(let name, let value, _) = outcome else { return XCTFail("no error") }
    XCTAssertEqual(name, "EOFError")
    XCTAssertTrue(value.contains("input"))
  }

  func testHelpGoesToThePager() {
    let (collector, outcome) = run(Session(), "help(len)")
    XCTAssertEqual(outcome, .ok(result: nil))
    XCTAssertTrue(collector.text.contains("Return the number of items in a container."))
  }

  func testCompletionOfNamesAttributesAndKeywords() {
    let session = Session()
    _ = run(session, "import math\nmodel_size = 3\ndef train(epochs=1, batch_size=32):\n    pass")
    XCTAssertEqual(session.complete("zi", cursor: 2), CompletionResult(matches: ["zip"], cursorStart: 0, cursorEnd: 2))
    XCTAssertEqual(session.complete("model_s", cursor: 7).matches, ["model_size"])
    let attribute = session.complete("x = math.sq", cursor: 11)
    XCTAssertEqual(attribute, CompletionResult(matches: ["sqrt"], cursorStart: 9, cursorEnd: 11))
    XCTAssertEqual(session.complete("train(ep", cursor: 8).matches, ["epochs="])
    XCTAssertEqual(session.complete("import ma", cursor: 9).matches, ["math"])
    // Positions count Unicode code points, not UTF-16 units or bytes.
    XCTAssertEqual(session.complete("s = 'año'; zi", cursor: 13).cursorStart, 11)
  }

  func testStringOptionCompletion() {
    let session = Session()
    session.evaluator.stringOptions["activation"] = ["relu", "sigmoid", "softmax"]
    let result = session.complete("Dense(3, activation=\"s", cursor: 22)
    XCTAssertEqual(result.matches, ["sigmoid", "softmax"])
    XCTAssertEqual(result.cursorStart, 21)
  }

  func testInspectShowsSignatureAndValueSummary() {
    let session = Session()
    _ = run(session, "weights = [0.5, 1.5]")
    XCTAssertTrue(session.inspect("print", cursor: 5, detailLevel: 0)?.data["text/plain"]?.contains("Signature: print(") ?? false)
    let summary = session.inspect("weights", cursor: 3, detailLevel: 0)?.data["text/plain"] ?? ""
    XCTAssertTrue(summary.contains("Type: list"), summary)
    XCTAssertTrue(summary.contains("Length: 2"), summary)
    XCTAssertNil(session.inspect("nothing_here", cursor: 3, detailLevel: 0))
  }

  func testIsComplete() {
    let session = Session()
    XCTAssertEqual(session.isComplete("1 + 1"), .complete)
    XCTAssertEqual(session.isComplete("def f(x):"), .incomplete(indent: "    "))
    XCTAssertEqual(session.isComplete("1 = 2"), .invalid)
  }

  func testExecuteResultOmitsNone() {
    XCTAssertEqual(run(Session(), "None").1, .ok(result: nil))
    XCTAssertEqual(run(Session(), "x = 1").1, .ok(result: nil))
  }

  func testUserExpressionEvaluation() {
    let session = Session()
    _ = run(session, "a = [1, 2]")
    XCTAssertEqual(session.evaluate(expression: "len(a) * 2", sink: GoldenRunner.Collector()), .ok(result: .plain("4")))
    guard case .error(let name, _, _) = session.evaluate(expression: "b", sink: GoldenRunner.Collector()) else {
      return XCTFail("no error")
    }
    XCTAssertEqual(name, "NameError")
  }
}
