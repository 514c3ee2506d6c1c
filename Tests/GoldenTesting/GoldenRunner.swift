import Foundation
import Interpreter
import XCTest

/// Runs golden `.py` cell files: `# expect:` lines give the expected output lines, in order,
/// and `# expect error: Type: message` the error the cell must end with. A file holds
/// several cells separated by `# %%` lines, run in one session. A cell containing the line
/// `# output: any` (course code whose output varies, such as training progress) is only
/// checked for its error line.
public enum GoldenRunner {
  /// Collects everything a cell shows, as text lines.
  public final class Collector: OutputSink {
    /// Everything shown, as text.
    public var text = ""
    /// The rich displays, in order.
    public var displays: [MimeBundle] = []
    /// Answers for `input()`, consumed in order.
    public var inputs: [String] = []

    /// Creates an empty collector.
    public init() {}

    public func stream(_ name: StreamName, _ text: String) { self.text += text }
    public func display(_ bundle: MimeBundle, displayID: String?, update: Bool) {
      displays.append(bundle)
      text += (bundle.data["text/plain"] ?? "") + "\n"
    }
    public func clearOutput(wait: Bool) { text += "<clear_output>\n" }
    public func page(_ bundle: MimeBundle) { text += (bundle.data["text/plain"] ?? "") + "\n" }
    public func readInput(prompt: String, password: Bool) throws -> String {
      guard !inputs.isEmpty else { throw InputUnavailable() }
      text += prompt
      return inputs.removeFirst()
    }
  }

  struct Cell {
    var source: String
    var expectedLines: [String]
    var expectedError: String?
    var firstLine: Int
    var anyOutput = false
  }

  static func cells(of source: String) -> [Cell] {
    var cells: [Cell] = []
    var current = Cell(source: "", expectedLines: [], expectedError: nil, firstLine: 1)
    for (number, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if line.hasPrefix("# %%") {
        cells.append(current)
        current = Cell(source: "", expectedLines: [], expectedError: nil, firstLine: number + 2)
        continue
      }
      current.source += line + "\n"
      if line.trimmingCharacters(in: .whitespaces) == "# output: any" { current.anyOutput = true }
      if let range = line.range(of: "# expect error: ") {
        current.expectedError = String(line[range.upperBound...])
      } else if let range = line.range(of: "# expect: ") {
        current.expectedLines.append(String(line[range.upperBound...]))
      } else if line.hasSuffix("# expect:") {
        current.expectedLines.append("")
      }
    }
    cells.append(current)
    return cells.filter { !$0.source.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
  }

  /// Runs every cell of one file and reports mismatches as test failures.
  public static func run(file: URL, makeSession: () -> Session, file testFile: StaticString = #filePath, line: UInt = #line) throws {
    let source = try String(contentsOf: file, encoding: .utf8)
    let session = makeSession()
    for cell in cells(of: source) {
      let collector = Collector()
      let outcome = session.execute(cell.source, sink: collector)
      var output = collector.text
      var errorLine: String?
      switch outcome {
      case .ok(let result):
        if let text = result?.data["text/plain"] { output += text + "\n" }
      case .error(let name, let value, _):
        errorLine = value.isEmpty ? name : "\(name): \(value)"
      }
      var lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      if lines.last == "" { lines.removeLast() }
      let where_ = "\(file.lastPathComponent) cell at line \(cell.firstLine)"
      if !cell.anyOutput {
        XCTAssertEqual(lines, cell.expectedLines, "output of \(where_)", file: testFile, line: line)
      }
      XCTAssertEqual(errorLine, cell.expectedError, "error of \(where_)", file: testFile, line: line)
    }
  }

  /// The golden files in a resource folder.
  public static func files(in bundle: Bundle, folder: String) -> [URL] {
    guard let directory = bundle.url(forResource: folder, withExtension: nil),
      let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path)
    else { return [] }
    return names.filter { $0.hasSuffix(".py") }.sorted().map { directory.appendingPathComponent($0) }
  }
}
