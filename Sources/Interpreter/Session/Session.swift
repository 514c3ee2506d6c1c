import Foundation

/// One interactive session of the cell language: a global namespace kept across cells.
///
/// The Jupyter kernel, the headless notebook runner and the tests all drive this type.
/// Each `execute` parses the cell, runs it on a worker thread with a large stack (so deep
/// user recursion hits RecursionError, never a crash) and reports what happened.
public final class Session {
  /// The evaluator that holds the session's state.
  public let evaluator: Evaluator
  private let output: BufferedSink
  private var cellCount = 0
  /// Stack size of the thread a cell runs on.
  private static let stackSize = 512 << 20

  /// Creates a session with the builtins and the standard library modules.
  public init() {
    output = BufferedSink()
    evaluator = Evaluator(sink: output)
    evaluator.periodicFlush = { [output] in output.flushIfDue() }
    Builtins.install(into: evaluator)
    StandardLibrary.install(into: evaluator)
  }

  /// Makes `import name` load the module built by `loader` (dotted names allowed).
  public func registerModule(_ name: String, _ loader: @escaping () throws -> PyModule) {
    evaluator.moduleLoaders[name] = loader
  }

  /// Runs one cell, sending what it prints and displays to `sink`.
  public func execute(_ code: String, sink: OutputSink) -> ExecutionOutcome {
    cellCount += 1
    let cell = CellSource(name: "Cell In[\(cellCount)]", source: code)
    return run(sink: sink) {
      defer { for hook in self.evaluator.afterCell { hook() } }
      let statements: [Stmt]
      do {
        statements = try Parser.parseModule(code)
      } catch let error as SyntaxError {
        // Not Python: IPython magic and shell lines, run around the Python pieces, or the error.
        guard let pieces = CellMagics.pieces(code) else {
          return .error(
            name: error.typeName, value: error.message,
            traceback: Traceback.format(error, cellName: cell.name))
        }
        return self.outcome(of: try self.runPieces(pieces, cell: cell))
      }
      return self.outcome(of: try self.evaluator.runCell(statements, cell: cell))
    }
  }

  /// A cell's outcome from the value of its last expression (stored in `_`, then displayed).
  private func outcome(of result: Value?) -> ExecutionOutcome {
    guard let result, !result.isNone else { return .ok(result: nil) }
    evaluator.globals["_"] = result
    return .ok(result: evaluator.displayBundle(for: result))
  }

  /// Evaluates one expression (for `user_expressions`) without printing anything.
  public func evaluate(expression: String, sink: OutputSink) -> ExecutionOutcome {
    run(sink: sink) {
      let expr: Expr
      do {
        expr = try Parser.parseExpression(expression)
      } catch let error as SyntaxError {
        return .error(name: error.typeName, value: error.message, traceback: [])
      }
      let cell = CellSource(name: "<user_expression>", source: expression)
      let value = try self.evaluator.runCell(
        [Stmt(.expression(expr), at: expr.location)], cell: cell)
      return .ok(result: self.evaluator.displayBundle(for: value ?? .none))
    }
  }

  /// Makes the running cell raise KeyboardInterrupt; safe to call from any thread.
  public func interrupt() {
    evaluator.requestInterrupt()
  }

  /// Whether `code` is ready to run. With IPython magics (see `CellMagics`): a `%%` cell takes
  /// lines until a blank one, as in IPython; otherwise the last Python piece decides.
  public func isComplete(_ code: String) -> Completeness {
    let completeness = Parser.completeness(of: code)
    guard completeness == .invalid, let pieces = CellMagics.pieces(code) else { return completeness }
    if case .cell = pieces.first {
      let lines = code.split(separator: "\n", omittingEmptySubsequences: false)
      let ended = lines.count > 2 && lines.last?.allSatisfy(\.isWhitespace) == true
      return ended ? .complete : .incomplete(indent: "")
    }
    for case .code(let source, _) in pieces.reversed() { return Parser.completeness(of: source) }
    return .complete
  }

  private func run(sink: OutputSink, _ body: @escaping () throws -> ExecutionOutcome)
    -> ExecutionOutcome
  {
    output.target = sink
    evaluator.clearInterrupt()
    let outcome = OutcomeBox()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread { [self] in
      Evaluator.current = evaluator
      defer { Evaluator.current = nil }
      do {
        outcome.value = try body()
      } catch let error as PyError {
        outcome.value = .error(
          name: error.exception.type.name, value: error.exception.str(),
          traceback: Traceback.format(error.exception))
      } catch {
        let converted = Evaluator.convert(error)
        outcome.value = .error(
          name: converted.exception.type.name, value: converted.exception.str(),
          traceback: Traceback.format(converted.exception))
      }
      done.signal()
    }
    thread.stackSize = Session.stackSize
    thread.start()
    done.wait()
    output.flush()
    output.target = nil
    return outcome.value
  }
}

/// Carries a cell's outcome from its worker thread back to the caller.
private final class OutcomeBox: @unchecked Sendable {
  var value: ExecutionOutcome = .ok(result: nil)
}
