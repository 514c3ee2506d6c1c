import ArgumentParser
import Foundation
import Jupyter

/// `neurona grade`: runs an exercise notebook and scores its test cells like nbgrader.
struct GradeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "grade",
    abstract: "Run a notebook (errors allowed) and score its nbgrader test cells.")

  @Argument(help: "The .ipynb notebook to grade.")
  var notebook: String

  @Option(name: [.short, .long], help: "Also write the executed notebook here.")
  var output: String?

  @Flag(help: "Print the scores as JSON.")
  var json = false

  @Option(help: "Seconds a cell may run before it is interrupted (nbgrader's default is 30).")
  var timeout: Double = 30

  func run() throws {
    let document = try NotebookRunner.load(notebook)
    let report = NotebookRunner(allowErrors: true, timeout: timeout).run(document)
    if let output { try NotebookRunner.save(report.notebook, to: output) }
    let grades = Grader.grade(report.notebook)
    let total = grades.compactMap(\.score).reduce(0, +)
    let possible = grades.map(\.points).reduce(0, +)
    if json {
      let cells: [JSONValue] = grades.map { grade in
        .object([
          "grade_id": .string(grade.gradeID), "points": .double(grade.points),
          "score": grade.score.map(JSONValue.double) ?? .null, "reason": .string(grade.reason),
        ])
      }
      let summary: JSONValue = .object([
        "notebook": .string(notebook), "score": .double(total), "max_score": .double(possible),
        "cells": .array(cells),
      ])
      print(summary.serializedString())
      return
    }
    for grade in grades {
      let score = grade.score.map { Self.number($0) } ?? "?"
      print("\(grade.gradeID): \(score) / \(Self.number(grade.points))  (\(grade.reason))")
    }
    print("Score: \(Self.number(total)) / \(Self.number(possible))")
  }

  private static func number(_ value: Double) -> String {
    value.rounded() == value ? String(Int(value)) : String(value)
  }
}
