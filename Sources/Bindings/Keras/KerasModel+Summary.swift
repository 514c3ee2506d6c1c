import Interpreter
import NeuralNet

/// `model.summary()`: Keras 3's table, as rich prints it for a notebook (76 columns).
extension KerasModel {
  /// `68.00 B`, `1.02 MB` (Keras's `readable_memory_size`).
  static func readableSize(_ bytes: Double) -> String {
    var value = bytes
    for unit in ["B", "KB", "MB", "GB", "TB"] {
      if value < 1024 || unit == "TB" { return String(format: "%.2f", value) + " " + unit }
      value /= 1024
    }
    return String(format: "%.2f PB", value)
  }

  /// `266,610`.
  static func grouped(_ n: Int) -> String {
    let digits = String(n)
    var out = ""
    for (i, ch) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(ch)
    }
    return out
  }

  /// The table rows: name cell, shape cell, params cell.
  var summaryRows: [(String, String, String)] {
    zip(model.layers, model.layerOutputShapes).map { layer, shape in
      let shapeText = shape.map { KerasConvert.shapeText([nil] + $0.map { $0 }) } ?? "?"
      let params = layer.isBuilt ? KerasModel.grouped(layer.countParams()) : "0 (unbuilt)"
      return ("\(layer.name) (\(layer.className))", shapeText, params)
    }
  }

  /// The totals lines (with the optimizer's variables once it has been used; 4 bytes each,
  /// the iteration counter included, as Keras 3 on JAX reports them).
  var summaryTotals: [String] {
    let trainable = model.trainableParameters.reduce(0) { $0 + $1.count }
    let total = model.layers.filter(\.isBuilt).reduce(0) { $0 + $1.countParams() }
    var lines: [String] = []
    var optimizerCount = 0
    if let optimizer = model.optimizer, optimizer.iterations > 0 {
      optimizerCount = optimizer.variableCount(for: model.trainableParameters)
    }
    let optimizerBytes = Double(4 * optimizerCount)
    func entry(_ title: String, _ count: Int, _ bytes: Double) -> String {
      " \(title): \(KerasModel.grouped(count)) (\(KerasModel.readableSize(bytes)))"
    }
    lines.append(entry("Total params", total + optimizerCount, Double(total * 4) + optimizerBytes))
    lines.append(entry("Trainable params", trainable, Double(trainable * 4)))
    lines.append(entry("Non-trainable params", total - trainable, Double((total - trainable) * 4)))
    if optimizerCount > 0 { lines.append(entry("Optimizer params", optimizerCount, optimizerBytes)) }
    return lines
  }

  /// The widest table `summary(line_length=...)` draws.
  static let maxLineLength = 10_000

  /// The text table for a line length (76 in a notebook, 88 on a wide terminal); narrow
  /// lengths clip the cells to nothing rather than fail.
  func summaryText(lineLength: Int = 76) -> String {
    let a = Int(Double(lineLength) * 0.45)
    let b = Int(Double(lineLength) * 0.80)
    let widths = [a - 1, b - a - 2, lineLength - b - 1]
    func cell(_ text: String, _ width: Int, right: Bool = false) -> String {
      let inner = max(width - 2, 0)
      let clipped = text.count > inner ? String(text.prefix(inner)) : text
      let pad = String(repeating: " ", count: inner - clipped.count)
      return " " + (right ? pad + clipped : clipped + pad) + " "
    }
    func rule(_ left: String, _ fill: String, _ middle: String, _ right: String) -> String {
      left + widths.map { String(repeating: fill, count: max($0, 0)) }.joined(separator: middle) + right
    }
    var lines = ["Model: \"\(model.name)\"", rule("┏", "━", "┳", "┓")]
    lines.append("┃" + cell("Layer (type)", widths[0]) + "┃" + cell("Output Shape", widths[1]) + "┃" + cell("Param #", widths[2], right: true) + "┃")
    let rows = summaryRows
    lines.append(rows.isEmpty ? rule("┗", "━", "┻", "┛") : rule("┡", "━", "╇", "┩"))
    for (index, row) in rows.enumerated() {
      lines.append("│" + cell(row.0, widths[0]) + "│" + cell(row.1, widths[1]) + "│" + cell(row.2, widths[2], right: true) + "│")
      lines.append(index == rows.count - 1 ? rule("└", "─", "┴", "┘") : rule("├", "─", "┼", "┤"))
    }
    return (lines + summaryTotals).joined(separator: "\n")
  }

  /// A simple HTML version of the table.
  var summaryHTML: String {
    func esc(_ s: String) -> String { s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;") }
    var html = "<div><b>Model: \"\(esc(model.name))\"</b><table>"
    html += "<thead><tr><th style=\"text-align:left\">Layer (type)</th><th style=\"text-align:left\">Output Shape</th><th style=\"text-align:right\">Param #</th></tr></thead><tbody>"
    for row in summaryRows {
      html += "<tr><td style=\"text-align:left\">\(esc(row.0))</td><td style=\"text-align:left\">\(esc(row.1))</td><td style=\"text-align:right\">\(esc(row.2))</td></tr>"
    }
    html += "</tbody></table><pre style=\"margin:0\">" + summaryTotals.map(esc).joined(separator: "\n") + "</pre></div>"
    return html
  }

  /// `summary(line_length=None, print_fn=None)`: shows the table as a display.
  func summary(_ arguments: Arguments, _ evaluator: Evaluator) throws -> Value {
    let bound = try arguments.bind("summary", ["line_length=", "positions=", "print_fn=", "expand_nested=", "show_trainable=", "layer_range="])
    let lineLength = try KerasConvert.int(bound["line_length"], default: 76)
    guard (1...KerasModel.maxLineLength).contains(lineLength) else {
      throw PyError.valueError(
        "Invalid value for `line_length`: expected a positive integer of at most \(KerasModel.maxLineLength). Received: line_length=\(lineLength)")
    }
    let text = summaryText(lineLength: lineLength)
    if let printer = bound["print_fn"] {
      _ = try evaluator.call(printer, Arguments([.str(text + "\n")]))
      return .none
    }
    evaluator.sink.display(MimeBundle(["text/plain": text, "text/html": summaryHTML]), displayID: nil, update: false)
    return .none
  }
}
