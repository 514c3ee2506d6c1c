import Bindings
import Dispatch
import Foundation
import Interpreter
import Jupyter

/// Runs a notebook's code cells top to bottom in one session, without Jupyter.
///
/// The notebook is read and written as nbformat 4 JSON; outputs are recorded as nbclient
/// records them, so `neurona run` output opens in JupyterLab and grades with nbgrader.
struct NotebookRunner {
  /// Problems with the notebook file itself.
  enum NotebookError: Error, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case notANotebook(path: String, reason: String)

    var description: String {
      switch self {
      case .unreadable(let path, let reason): return "cannot read \(path): \(reason)"
      case .notANotebook(let path, let reason): return "\(path) is not a Jupyter notebook: \(reason)"
      }
    }
  }

  /// What running a notebook produced.
  struct Report {
    var notebook: JSONValue
    var cellsRun = 0
    var errors: [(cell: Int, name: String, value: String)] = []
  }

  /// Keep running after a cell fails (nbgrader does).
  var allowErrors: Bool
  /// Seconds a cell may run before it is interrupted; `nil` for no limit.
  var timeout: Double?

  /// Reads a notebook file.
  static func load(_ path: String) throws -> JSONValue {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw NotebookError.unreadable(path: path, reason: "no such file or not readable")
    }
    let notebook: JSONValue
    do {
      notebook = try JSONValue.parse(data)
    } catch {
      throw NotebookError.notANotebook(path: path, reason: "invalid JSON (\(error))")
    }
    guard case .array = notebook["cells"], notebook["nbformat"].intValue == 4 else {
      throw NotebookError.notANotebook(path: path, reason: "expected nbformat 4 with a cells list")
    }
    return notebook
  }

  /// Writes a notebook atomically.
  static func save(_ notebook: JSONValue, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    try notebook.serialized().write(to: url, options: .atomic)
  }

  /// The source text of a cell (a string or a list of lines).
  static func source(of cell: JSONValue) -> String {
    switch cell["source"] {
    case .string(let text): return text
    case .array(let lines): return lines.compactMap(\.stringValue).joined()
    default: return ""
    }
  }

  /// Runs every code cell, filling outputs and execution counts.
  func run(_ notebook: JSONValue) -> Report {
    let session = Session()
    StandardModules.install(into: session)
    var report = Report(notebook: notebook)
    guard case .object(var document) = notebook, case .array(var cells)? = document["cells"] else {
      return report
    }
    var count = 0
    var stopped = false
    for index in cells.indices {
      guard case .object(var cell) = cells[index], cell["cell_type"] == .string("code") else { continue }
      if stopped {
        cell["outputs"] = .array([])
        cell["execution_count"] = .null
        cells[index] = .object(cell)
        continue
      }
      count += 1
      let outputs = NotebookOutputs()
      let outcome = execute(NotebookRunner.source(of: .object(cell)), in: session, sink: outputs)
      outputs.finish(outcome, executionCount: count)
      for (id, output) in outputs.updates { NotebookRunner.replace(displayID: id, with: output, in: &cells) }
      cell["outputs"] = .array(outputs.outputs)
      cell["execution_count"] = .int(count)
      cells[index] = .object(cell)
      report.cellsRun += 1
      if case .error(let name, let value, _) = outcome {
        report.errors.append((index, name, value))
        if !allowErrors { stopped = true }
      }
    }
    document["cells"] = .array(cells)
    report.notebook = .object(document)
    return report
  }

  private func execute(_ code: String, in session: Session, sink: OutputSink) -> ExecutionOutcome {
    guard let timeout else { return session.execute(code, sink: sink) }
    let finished = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      if finished.wait(timeout: .now() + timeout) == .timedOut { session.interrupt() }
    }
    let outcome = session.execute(code, sink: sink)
    finished.signal()
    return outcome
  }

  private static func replace(displayID: String, with output: JSONValue, in cells: inout [JSONValue]) {
    for index in cells.indices {
      guard case .object(var cell) = cells[index], case .array(var outputs)? = cell["outputs"] else { continue }
      var changed = false
      for position in outputs.indices where NotebookOutputs.displayID(of: outputs[position]) == displayID {
        outputs[position] = output
        changed = true
      }
      if changed {
        cell["outputs"] = .array(outputs)
        cells[index] = .object(cell)
      }
    }
  }
}
