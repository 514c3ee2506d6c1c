import Foundation
import Jupyter
import Synchronization

/// A tiny scripted interpreter: each cell line is a command.
///
/// `print TEXT` streams a line, `show TEXT` displays it, `result TEXT` returns it,
/// `fail` raises, `input PROMPT` reads a line and prints it, `spin` loops until interrupted.
final class FakeInterpreter: KernelInterpreter, @unchecked Sendable {
  let interrupted = Atomic<Bool>(false)

  var banner: String { "Fake interpreter" }

  func execute(code: String, silent: Bool, allowStdin: Bool, publisher: OutputPublisher)
    -> ExecutionResult
  {
    interrupted.store(false, ordering: .relaxed)
    var result: DisplayBundle?
    for line in code.split(separator: "\n").map(String.init) {
      let (command, argument) = split(line)
      switch command {
      case "print": publisher.stream(name: "stdout", text: argument + "\n")
      case "warn": publisher.stream(name: "stderr", text: argument + "\n")
      case "show": publisher.displayData(.plain(argument), displayID: "d1")
      case "page": publisher.page(.plain(argument))
      case "result": result = .plain(argument)
      case "nan": result = DisplayBundle(data: ["application/json": ["loss": .double(.nan)], "text/plain": "nan"])
      case "sleep": Thread.sleep(forTimeInterval: Double(argument) ?? 0.3)
      case "fail":
        return .error(name: "ValueError", value: argument, traceback: ["Traceback", "ValueError: \(argument)"])
      case "input":
        do {
          let text = try publisher.readInput(prompt: argument, password: false)
          publisher.stream(name: "stdout", text: "got \(text)\n")
        } catch {
          return .error(name: "StdinError", value: "\(error)", traceback: [])
        }
      case "spin":
        let start = Date()
        while !interrupted.load(ordering: .relaxed) && Date().timeIntervalSince(start) < 10 {
          Thread.sleep(forTimeInterval: 0.01)
        }
        return .error(name: "KeyboardInterrupt", value: "", traceback: ["KeyboardInterrupt"])
      default: break
      }
    }
    return .ok(result: result)
  }

  func evaluate(expression: String, publisher: OutputPublisher) -> ExecutionResult {
    expression == "boom"
      ? .error(name: "NameError", value: "boom", traceback: []) : .ok(result: .plain("<\(expression)>"))
  }

  func complete(code: String, cursorPos: Int) -> CompletionReply {
    CompletionReply(matches: ["print"], cursorStart: 0, cursorEnd: cursorPos)
  }

  func inspect(code: String, cursorPos: Int, detailLevel: Int) -> DisplayBundle? {
    code.isEmpty ? nil : .plain("doc of \(code)")
  }

  func isComplete(code: String) -> CompletenessStatus {
    code.hasSuffix(":") ? .incomplete(indent: "    ") : .complete
  }

  func interrupt() {
    interrupted.store(true, ordering: .relaxed)
  }

  private func split(_ line: String) -> (String, String) {
    guard let space = line.firstIndex(of: " ") else { return (line, "") }
    return (String(line[..<space]), String(line[line.index(after: space)...]))
  }
}
