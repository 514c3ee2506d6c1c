import Foundation

/// Running the pieces of a cell with IPython magics (see `CellMagics`).
extension Session {
  /// `UsageError`, IPython's exception for a magic it cannot run.
  static let usageError = PyType(name: "UsageError", bases: [.exception], documentation: "A magic used wrongly.")

  /// Runs `pieces` in order; the value of the last piece (code ending in an expression, or a
  /// timed one) is the cell's result.
  func runPieces(_ pieces: [CellMagics.Piece], cell: CellSource) throws -> Value? {
    var result: Value?
    for piece in pieces {
      result = nil
      switch piece {
      case .code(let source, let line):
        result = try run(source, line: line, cell: cell)
      case .line(let name, let argument, let line):
        result = try runLineMagic(name, argument, line: line, cell: cell)
      case .cell(let name, let argument, let body):
        guard name == "time" else { throw PyError(Session.usageError, "Cell magic `%%\(name)` not found.") }
        guard argument.isEmpty else {
          throw PyError(Session.usageError, "`%%time` takes no arguments; put the code on the next lines.")
        }
        result = try timed { try run(body, line: 2, cell: cell) }
      case .shell(let command, _):
        guard command.hasPrefix("pip ") || command.hasPrefix("pip3 ") else {
          throw PyError(Session.usageError, "Neurona runs no shell commands: !\(command)")
        }
        skipInstall(command)
      }
    }
    return result
  }

  /// `%matplotlib` (figures are always inline), `%pip` (nothing to install), `%time`, `%timeit`.
  private func runLineMagic(_ name: String, _ argument: String, line: Int, cell: CellSource) throws -> Value? {
    switch name {
    case "matplotlib":
      return nil
    case "pip":
      skipInstall("pip \(argument)")
      return nil
    case "time":
      return try timed { try run(argument, line: line, cell: cell) }
    case "timeit":
      try timeit(try parse(argument, line: line), cell: cell)
      return nil
    default:
      throw PyError(Session.usageError, "Line magic function `%\(name)` not found.")
    }
  }

  /// Notes on stdout that a `pip` line was not run: the libraries cells use are built in.
  private func skipInstall(_ command: String) {
    evaluator.sink.stream(.stdout, "Neurona: `\(command)` skipped; numpy, keras, sklearn and matplotlib are built in.\n")
  }

  /// `source` parsed as if it started on line `line` of the cell.
  private func parse(_ source: String, line: Int) throws -> [Stmt] {
    do {
      return try Parser.parseModule(String(repeating: "\n", count: max(line - 1, 0)) + source)
    } catch let error as SyntaxError {
      throw PyError(error.kind == .indentation ? .indentationError : .syntaxError, error.message)
    }
  }

  /// Runs `source` (from line `line`) in the session; returns its last expression's value.
  private func run(_ source: String, line: Int, cell: CellSource) throws -> Value? {
    try evaluator.runCell(try parse(source, line: line), cell: cell)
  }

  /// Runs `body`, then prints IPython's `%time` report: CPU times of the process, wall time.
  private func timed(_ body: () throws -> Value?) rethrows -> Value? {
    let cpu0 = Session.cpuTimes()
    let wall0 = DispatchTime.now().uptimeNanoseconds
    defer {
      let wall = Double(DispatchTime.now().uptimeNanoseconds - wall0) / 1e9
      let cpu = Session.cpuTimes()
      let user = cpu.user - cpu0.user
      let system = cpu.system - cpu0.system
      evaluator.sink.stream(
        .stdout,
        "CPU times: user \(CellMagics.formatTime(user)), sys: \(CellMagics.formatTime(system)), "
          + "total: \(CellMagics.formatTime(user + system))\nWall time: \(CellMagics.formatTime(wall))\n")
    }
    return try body()
  }

  /// IPython's `%timeit`: loops grown 1, 2, 5, 10, 20, ... until one run takes 0.2 s, then 7 runs;
  /// prints the mean and standard deviation per loop.
  private func timeit(_ statements: [Stmt], cell: CellSource) throws {
    func seconds(_ loops: Int) throws -> Double {
      let start = DispatchTime.now().uptimeNanoseconds
      for _ in 0..<loops { _ = try evaluator.runCell(statements, cell: cell) }
      return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
    var loops = 1
    search: for scale in sequence(first: 1, next: { $0 * 10 }) {
      for step in [1, 2, 5] {
        loops = step * scale
        if try seconds(loops) >= 0.2 { break search }
      }
    }
    let runs = 7
    let perLoop = try (0..<runs).map { _ in try seconds(loops) / Double(loops) }
    let mean = perLoop.reduce(0, +) / Double(runs)
    let deviation = (perLoop.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(runs)).squareRoot()
    let loopText = loops == 1 ? "1 loop" : "\(Session.grouped(loops)) loops"
    evaluator.sink.stream(
      .stdout,
      "\(CellMagics.formatTime(mean)) ± \(CellMagics.formatTime(deviation)) per loop "
        + "(mean ± std. dev. of \(runs) runs, \(loopText) each)\n")
  }

  /// `1234567` → `1,234,567`.
  private static func grouped(_ n: Int) -> String {
    var digits = Array(String(n))
    var index = digits.count - 3
    while index > 0 {
      digits.insert(",", at: index)
      index -= 3
    }
    return String(digits)
  }

  /// User and system CPU seconds of the process so far.
  private static func cpuTimes() -> (user: Double, system: Double) {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return (seconds(usage.ru_utime), seconds(usage.ru_stime))
  }
}
