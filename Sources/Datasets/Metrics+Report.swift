import Foundation

extension Metrics {
  /// `classification_report`: scikit-learn's text table, character for character.
  public static func classificationReport(
    _ yTrue: [Label], _ yPred: [Label], targetNames: [String]? = nil, digits: Int = 2, zeroDivision: Double = 0
  ) throws -> String {
    // Each number is printed with `digits` decimals: a negative count is no format, and more
    // than a million decimals would only build an enormous string.
    guard (0...1_000_000).contains(digits) else {
      throw DatasetError.invalidParameter(name: "digits", reason: "must be between 0 and 1000000, got \(digits)")
    }
    let scores = try classScores(yTrue, yPred, zeroDivision: zeroDivision)
    let names = targetNames ?? scores.labels.map(\.description)
    guard names.count == scores.labels.count else {
      throw DatasetError.invalidParameter(
        name: "target_names",
        reason: "Number of classes, \(scores.labels.count), does not match size of target_names, \(names.count). Try specifying the labels parameter")
    }
    let heading = "weighted avg"
    let width = max(names.map(\.count).max() ?? 0, heading.count, digits)
    func right(_ s: String, _ w: Int) -> String { String(repeating: " ", count: max(0, w - s.count)) + s }
    func fixed(_ v: Double) -> String { String(format: "%.\(digits)f", v) }
    var report = right("", width) + " " + ["precision", "recall", "f1-score", "support"].map { " " + right($0, 9) }.joined()
    report += "\n\n"
    func row(_ name: String, _ p: Double, _ r: Double, _ f: Double, _ s: Int) -> String {
      right(name, width) + " " + [p, r, f].map { " " + right(fixed($0), 9) }.joined() + " " + right(String(s), 9) + "\n"
    }
    for i in scores.labels.indices {
      report += row(names[i], scores.precision[i], scores.recall[i], scores.f1[i], scores.support[i])
    }
    report += "\n"
    let total = scores.support.reduce(0, +)
    let micro = try averaged(yTrue, yPred, .micro, .int(1), zeroDivision)
    report += right("accuracy", width) + " " + " " + right("", 9) + " " + right("", 9) + " " + right(fixed(micro.f1), 9)
      + " " + right(String(total), 9) + "\n"
    for (heading, average) in [("macro avg", Average.macro), ("weighted avg", Average.weighted)] {
      let a = try averaged(yTrue, yPred, average, .int(1), zeroDivision)
      report += row(heading, a.precision, a.recall, a.f1, total)
    }
    return report
  }
}
