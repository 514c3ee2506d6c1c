import ArgumentParser
import Foundation

/// `neurona run`: executes a notebook headlessly and writes it with its outputs.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run a notebook's code cells top to bottom and save the outputs.")

  @Argument(help: "The .ipynb notebook to run.")
  var notebook: String

  @Option(name: [.short, .long], help: "Where to write the executed notebook (default: in place).")
  var output: String?

  @Flag(help: "Keep running after a cell fails.")
  var allowErrors = false

  @Option(help: "Seconds a cell may run before it is interrupted.")
  var timeout: Double?

  func run() throws {
    let document = try NotebookRunner.load(notebook)
    let runner = NotebookRunner(allowErrors: allowErrors, timeout: timeout)
    let report = runner.run(document)
    try NotebookRunner.save(report.notebook, to: output ?? notebook)
    print("ran \(report.cellsRun) code cell(s) of \(notebook)")
    for error in report.errors {
      print("cell \(error.cell + 1): \(error.name): \(error.value)")
    }
    if !report.errors.isEmpty && !allowErrors { throw ExitCode(1) }
  }
}
