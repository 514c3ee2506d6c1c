import GoldenTesting
import XCTest

@testable import Interpreter

/// IPython magics and shell lines in cells: `%matplotlib`, `%time`, `%%time`, `%timeit`,
/// `!pip`, and the errors for the rest. Timings vary, so their lines are matched by pattern.
final class SessionMagicsTests: XCTestCase {
  private func run(_ session: Session, _ code: String) -> (text: String, outcome: ExecutionOutcome) {
    let collector = GoldenRunner.Collector()
    let outcome = session.execute(code, sink: collector)
    return (collector.text, outcome)
  }

  private func value(_ outcome: ExecutionOutcome) -> String? {
    guard case .ok(let result) = outcome, let result else { return nil }
    return result.data["text/plain"]
  }

  private let timeReport = #"^CPU times: user [0-9.e+]+ (s|ms|μs|ns), sys: [0-9.e+]+ (s|ms|μs|ns), total: [0-9.e+]+ (s|ms|μs|ns)\nWall time: [0-9.e+]+ (s|ms|μs|ns)\n$"#

  func testMatplotlibInlineIsAcceptedAndTheRestRuns() {
    let session = Session()
    let (text, outcome) = run(session, "%matplotlib inline\nx = 20\nx + 1")
    XCTAssertEqual(text, "")
    XCTAssertEqual(value(outcome), "21")
  }

  func testTimeReportsAndKeepsTheValueAndTheNames() {
    let session = Session()
    var (text, outcome) = run(session, "a = 2\n%time b = a * 3\nb + 1")
    XCTAssertNotNil(text.range(of: timeReport, options: .regularExpression), text)
    XCTAssertEqual(value(outcome), "7")
    (text, outcome) = run(session, "%time b * 10")
    XCTAssertEqual(value(outcome), "60")
    (text, outcome) = run(session, "%%time\nc = [i * i for i in range(10)]\nsum(c)")
    XCTAssertNotNil(text.range(of: timeReport, options: .regularExpression), text)
    XCTAssertEqual(value(outcome), "285")
  }

  func testTimeitPrintsMeanAndDeviationPerLoop() {
    let session = Session()
    let (text, _) = run(session, "%timeit sum(range(100))")
    let pattern = #"^[0-9.e+]+ (s|ms|μs|ns) ± [0-9.e+]+ (s|ms|μs|ns) per loop \(mean ± std\. dev\. of 7 runs, [0-9,]+ loops? each\)\n$"#
    XCTAssertNotNil(text.range(of: pattern, options: .regularExpression), text)
  }

  func testUnknownMagicsAndShellCommandsAreUsageErrorsButPipIsSkipped() {
    let session = Session()
    guard case .error(let name, let message, _) = run(session, "%who").outcome else { return XCTFail("no error") }
    XCTAssertEqual(name, "UsageError")
    XCTAssertEqual(message, "Line magic function `%who` not found.")
    guard case .error(_, let cellMessage, _) = run(session, "%%bash\nls").outcome else { return XCTFail("no error") }
    XCTAssertEqual(cellMessage, "Cell magic `%%bash` not found.")
    guard case .error(_, let shell, _) = run(session, "!ls -l").outcome else { return XCTFail("no error") }
    XCTAssertEqual(shell, "Neurona runs no shell commands: !ls -l")
    let (text, outcome) = run(session, "!pip install tensorflow\n%pip install numpy\n1 + 1")
    XCTAssertEqual(
      text,
      "Neurona: `pip install tensorflow` skipped; numpy, keras, sklearn and matplotlib are built in.\n"
        + "Neurona: `pip install numpy` skipped; numpy, keras, sklearn and matplotlib are built in.\n")
    XCTAssertEqual(value(outcome), "2")
  }

  func testErrorsAfterAMagicKeepTheirCellLineNumbers() {
    let session = Session()
    guard case .error(let name, _, let traceback) = run(session, "a = 1\n%matplotlib inline\n\n1 / 0").outcome else {
      return XCTFail("no error")
    }
    XCTAssertEqual(name, "ZeroDivisionError")
    XCTAssertTrue(traceback.contains("  Cell In[1], line 4"), "\(traceback)")
    // A real syntax error, with no magic line, is still reported as one.
    guard case .error(let syntax, _, _) = run(session, "x = (1,").outcome else { return XCTFail("no error") }
    XCTAssertEqual(syntax, "SyntaxError")
    // Python whose lines start with % inside a string is never taken for a magic.
    XCTAssertEqual(value(run(session, "s = '''\n%d items\n''' % 3\ns.strip()").outcome), "'3 items'")
  }

  func testCompletenessForConsoles() {
    let session = Session()
    XCTAssertEqual(session.isComplete("%matplotlib inline"), .complete)
    XCTAssertEqual(session.isComplete("%time x = 1"), .complete)
    XCTAssertEqual(session.isComplete("!pip install keras"), .complete)
    XCTAssertEqual(session.isComplete("%%time"), .incomplete(indent: ""))
    XCTAssertEqual(session.isComplete("%%time\nx = 1"), .incomplete(indent: ""))
    XCTAssertEqual(session.isComplete("%%time\nx = 1\n"), .complete)
    XCTAssertEqual(session.isComplete("%matplotlib inline\nfor i in range(3):"), .incomplete(indent: "    "))
    XCTAssertEqual(session.isComplete("x = (1,"), .incomplete(indent: ""))
  }

  func testDurationsAreWordedAsIPythonWordsThem() {
    // Values taken from IPython 9's _format_time.
    let cases: [(Double, String)] = [
      (5e-6, "5 μs"), (0.0005, "500 μs"), (0.00525, "5.25 ms"), (1.5, "1.5 s"), (65, "1min 5s"), (0, "0 ns"),
      (3723.4, "1h 2min 3s"), (0.999999, "1e+03 ms"), (1e-10, "0.1 ns"),
    ]
    for (seconds, text) in cases { XCTAssertEqual(CellMagics.formatTime(seconds), text, "\(seconds)") }
  }
}
