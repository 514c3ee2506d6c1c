import Display
import Foundation
import Interpreter
import Tensor

/// `neurona.check_formula`: the network's `predict` next to its formula evaluated in float64,
/// or next to a cell's own `predict_formula(x)`.
final class FormulaCheck: PyObject {
  /// The largest |network − formula|.
  let maxAbsDiff: Double
  /// How many decimals agree (16 when identical).
  let decimals: Int
  /// Whether `maxAbsDiff <= tolerance`.
  let matches: Bool
  /// The network's outputs and the formula's, row by row.
  let network: [[Double]]
  let formula: [[Double]]

  init(maxAbsDiff: Double, decimals: Int, matches: Bool, network: [[Double]], formula: [[Double]]) {
    self.maxAbsDiff = maxAbsDiff
    self.decimals = decimals
    self.matches = matches
    self.network = network
    self.formula = formula
  }

  static let type = PyType(
    name: "FormulaCheck", module: "neurona",
    documentation: "The result of check_formula: .matches, .max_abs_diff, .decimals, .network, .formula.")

  var pyType: PyType { FormulaCheck.type }

  func repr() -> String {
    "FormulaCheck(matches=\(matches ? "True" : "False"), max_abs_diff=\(PyFormat.reprFloat(maxAbsDiff)), decimals=\(decimals))"
  }

  /// `bool(check)` is `check.matches`.
  func truthValue() throws -> Bool? { matches }

  func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    switch name {
    case "max_abs_diff": return .float(maxAbsDiff)
    case "decimals": return .int(decimals)
    case "matches": return .bool(matches)
    case "network", "formula":
      let rows = name == "network" ? network : formula
      let width = rows.first?.count ?? 0
      return KerasConvert.array(try KerasConvert.guarded { try Tensor(rows.flatMap { $0 }, shape: [rows.count, width]) })
    default: return try pyType.boundAttribute(name, of: .object(self), evaluator)
    }
  }

  func attributeNames() -> [String] { ["decimals", "formula", "matches", "max_abs_diff", "network"] }

  /// The agreeing decimals for a largest difference.
  static func agreeingDecimals(_ diff: Double) -> Int {
    guard diff.isFinite else { return 0 }
    guard diff > 0 else { return 16 }
    return min(16, max(0, Int((-log10(diff)).rounded(.down))))
  }

  /// The input rows for a network of `width` inputs.
  static func rows(_ x: Tensor, width: Int) throws -> [[Double]] {
    let values = x.doubles
    if x.ndim <= 1 && width == 1 { return values.map { [$0] } }
    guard width > 0, values.count % width == 0, x.ndim <= 1 || x.shape.last == width else {
      throw PyError.valueError("check_formula: x has shape \(KerasConvert.shapeText(x.shape.map { $0 })) but the model takes \(width) inputs")
    }
    return stride(from: 0, to: values.count, by: width).map { Array(values[$0..<($0 + width)]) }
  }

  /// Registers `check_formula` in `module`.
  static func define(in module: PyModule) {
    module.define("check_formula", signature: "(model, x, formula=None, tolerance=1e-06)", doc: """
      Checks a network's formula against model.predict on the inputs x.

      Without formula=, the formula neurona.formula(model) writes is evaluated in float64, one scalar
      operation at a time (independently of the network's float32 matrix code). With formula=f, the
      cell function f (the course's predict_formula) is called once per input (a number, or a row for
      several inputs). Shows input, network, formula and |difference| side by side, the largest
      difference and how many decimals agree. Returns an object with .matches (difference within
      tolerance), .max_abs_diff and .decimals, so a test can assert check_formula(...).matches.
      """, keywords: ["formula", "tolerance"]) { arguments, evaluator in
      let bound = try arguments.bind("check_formula", ["model", "x", "formula=", "tolerance="])
      let wrapper = try NetworkExtraction.model(bound.values["model"], "check_formula")
      let tolerance = try KerasConvert.double(bound["tolerance"], default: 1e-6)
      let custom = bound["formula"]
      let network = try NetworkExtraction.describe(wrapper, strict: custom == nil, "check_formula")
      let inputs = try rows(try KerasConvert.tensor(bound.values["x"] ?? .none, evaluator), width: network.inputCount)
      guard !inputs.isEmpty else { throw PyError.valueError("check_formula: x is empty") }
      let batch = try KerasConvert.guarded { try Tensor(inputs.flatMap { $0 }, shape: [inputs.count, network.inputCount]) }
      let predicted = try KerasConvert.guarded { try wrapper.model.predict(batch) }
      let outputs = max(1, predicted.shape.last ?? 1)
      let flat = predicted.doubles
      let networkRows = stride(from: 0, to: flat.count, by: outputs).map { Array(flat[$0..<min(flat.count, $0 + outputs)]) }
      var formulaRows: [[Double]] = []
      if let custom {
        for row in inputs {
          let argument: Value = row.count == 1 ? .float(row[0]) : KerasConvert.array(Tensor(row))
          let result = try evaluator.call(custom, Arguments([argument]))
          formulaRows.append(try KerasConvert.tensor(result, evaluator).doubles)
        }
      } else {
        let formula = NetworkFormula(network)
        formulaRows = inputs.map(formula.evaluate)
      }
      var maxDiff = 0.0
      var table: [[String]] = []
      for (i, row) in inputs.enumerated() {
        let expected = networkRows[i]
        let got = i < formulaRows.count ? formulaRows[i] : []
        for k in 0..<expected.count {
          let value = k < got.count ? got[k] : .nan
          let diff = abs(expected[k] - value)
          maxDiff = diff.isNaN || maxDiff.isNaN ? .nan : max(maxDiff, diff)
          guard table.count < 20 else { continue }
          let input = row.count == 1 ? fmt(row[0], 4) : "[" + row.map { fmt($0, 4) }.joined(separator: ", ") + "]"
          var cells = [input]
          if outputs > 1 { cells.append(String(k)) }
          cells += [fmt(expected[k], 8), fmt(value, 8), String(format: "%.2e", diff)]
          table.append(cells)
        }
      }
      let decimals = agreeingDecimals(maxDiff)
      let matches = maxDiff.isFinite && maxDiff <= tolerance
      var headers = ["input", "network", "formula", "|difference|"]
      if outputs > 1 { headers.insert("output", at: 1) }
      let shown = inputs.count * outputs
      let more = shown > table.count ? "\n… \(shown - table.count) more rows" : ""
      let verdict = (matches ? "✓ The formula matches the network" : "✗ The formula does not match the network")
        + " (largest difference \(String(format: "%.2e", maxDiff)), \(decimals) decimals agree; tolerance \(PyFormat.reprFloat(tolerance)))."
      let plain = TextTable(headers: headers, rows: table).render() + more + "\n" + verdict
      let html = HTMLTable(headers: headers, rows: table, caption: "Network vs formula").render()
        + (more.isEmpty ? "" : "<p>\(HTMLTable.escape(String(more.dropFirst())))</p>")
        + "<p style=\"font-weight:bold;color:\(matches ? "#1a7f37" : "#b42318")\">\(HTMLTable.escape(verdict))</p>"
      evaluator.sink.display(MimeBundle(["text/plain": plain, "text/html": html]), displayID: nil, update: false)
      return .object(FormulaCheck(maxAbsDiff: maxDiff, decimals: decimals, matches: matches, network: networkRows, formula: formulaRows))
    }
  }

  /// A number with `digits` decimals.
  static func fmt(_ v: Double, _ digits: Int) -> String {
    v.isFinite ? String(format: "%.\(digits)f", v) : (v.isNaN ? "nan" : (v > 0 ? "inf" : "-inf"))
  }
}
