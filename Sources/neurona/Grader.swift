import Foundation

import Jupyter

/// Scores an executed notebook the way nbgrader's autograder does.
///
/// Only cells whose `metadata.nbgrader.grade` is true count, each worth its `points`.
/// A code cell with an `error` output or any `stderr` stream scores 0; otherwise a first
/// `execute_result` whose text is a number between 0 and the points is a partial score;
/// otherwise the cell scores full points. Graded markdown or solution cells are left for
/// manual grading.
struct Grader {
  /// The score of one graded cell.
  struct CellGrade {
    var gradeID: String
    var points: Double
    /// The score, or `nil` when the cell needs manual grading.
    var score: Double?
    var reason: String
  }

  static func grade(_ notebook: JSONValue) -> [CellGrade] {
    guard case .array(let cells) = notebook["cells"] else { return [] }
    var grades: [CellGrade] = []
    for (index, cell) in cells.enumerated() {
      let meta = cell["metadata"]["nbgrader"]
      guard meta["grade"] == .bool(true) else { continue }
      let points = meta["points"].doubleValue ?? 0
      let id = meta["grade_id"].stringValue ?? "cell-\(index)"
      if cell["cell_type"] != .string("code") || meta["solution"] == .bool(true) {
        grades.append(CellGrade(gradeID: id, points: points, score: nil, reason: "manual grading"))
        continue
      }
      grades.append(score(cell, id: id, points: points))
    }
    return grades
  }

  private static func score(_ cell: JSONValue, id: String, points: Double) -> CellGrade {
    guard case .array(let outputs) = cell["outputs"] else {
      return CellGrade(gradeID: id, points: points, score: points, reason: "passed")
    }
    for output in outputs {
      if output["output_type"] == .string("error") {
        let name = output["ename"].stringValue ?? "Error"
        let value = output["evalue"].stringValue ?? ""
        return CellGrade(gradeID: id, points: points, score: 0, reason: "\(name): \(value)")
      }
      if output["output_type"] == .string("stream"), output["name"] == .string("stderr") {
        return CellGrade(gradeID: id, points: points, score: 0, reason: "wrote to stderr")
      }
    }
    if let result = outputs.first(where: { $0["output_type"] == .string("execute_result") }),
      let text = result["data"]["text/plain"].stringValue,
      let value = Double(text.trimmingCharacters(in: .whitespacesAndNewlines)), value >= 0, value <= points
    {
      return CellGrade(gradeID: id, points: points, score: value, reason: "partial credit")
    }
    return CellGrade(gradeID: id, points: points, score: points, reason: "passed")
  }
}
