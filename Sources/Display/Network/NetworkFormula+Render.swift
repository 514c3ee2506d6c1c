import Foundation

/// The formula as a `text/latex` document (with `$$` delimiters) and as Unicode text.
extension NetworkFormula {
  /// Limits past which a network is written per layer in matrix form instead.
  static let maxTableNeurons = 40
  static let maxFanIn = 12
  static let maxComposedLeaves = 160

  /// Whether the per-neuron formulas fit on a page.
  public var tableFits: Bool {
    network.neuronCount <= NetworkFormula.maxTableNeurons && network.layerSizes.dropLast().allSatisfy { $0 <= NetworkFormula.maxFanIn }
  }

  /// Whether the composed output formulas fit on a page.
  public var composedFits: Bool {
    tableFits && outputs.reduce(0) { $0 + $1.expression.leafCount } <= NetworkFormula.maxComposedLeaves
  }

  /// The output's name: `y = y_{5}` for one output, else `y_{k}`.
  func outputLHS(_ number: Int, latex: Bool) -> String {
    let reference = FormulaExpression.neuron(number).render(latex: latex, digits: 0)
    return outputs.count == 1 ? "y = " + reference : reference
  }

  /// The LaTeX document: per-neuron table, composed outputs, activation definitions.
  public func latex(values: Bool = false, digits: Int = 4) -> String {
    var blocks: [String] = []
    guard tableFits else { return matrixLaTeX() }
    if !simplified {
      var lines = ["\\begin{array}{r|l}", "\\text{Neuron} & \\text{Formula} \\\\", "\\hline"]
      for row in rows {
        let rhs = values ? row.expression.withValues : row.expression
        lines.append("\(row.number) & \(row.lhs.latex()) = \(rhs.latex(digits: digits)) \\\\")
      }
      lines.append("\\end{array}")
      blocks.append(LaTeX.display(lines.joined(separator: "\n")))
    }
    for (symbol, expression) in definitions {
      let rhs = values ? FormulaExpression.constant(symbol.value) : expression
      blocks.append(LaTeX.display("\(symbol.latex) = \(rhs.latex(digits: digits))"))
    }
    if composedFits {
      for output in outputs {
        let rhs = values ? output.expression.withValues : output.expression
        blocks.append(LaTeX.display(composedLaTeX(outputLHS(output.number, latex: true), rhs, digits: digits)))
      }
    } else {
      blocks.append(LaTeX.display("\\text{The composed formula is too long to show: \(outputs.count) outputs.}"))
    }
    for f in activationsUsed { if let d = f.latexDefinition { blocks.append(LaTeX.display(d)) } }
    return blocks.joined(separator: "\n")
  }

  /// The Unicode text form.
  public func plain(values: Bool = false, digits: Int = 4) -> String {
    guard tableFits else { return matrixPlain() }
    var lines: [String] = []
    if !simplified {
      let width = max(6, String(network.neuronCount).count)
      lines.append("Neuron".padding(toLength: width, withPad: " ", startingAt: 0) + "  Formula")
      for row in rows {
        let rhs = values ? row.expression.withValues : row.expression
        let number = String(row.number)
        lines.append(String(repeating: " ", count: width - number.count) + number + "  " + row.lhs.plain() + " = " + rhs.plain(digits: digits))
      }
      lines.append("")
    }
    for (symbol, expression) in definitions {
      let rhs = values ? FormulaExpression.constant(symbol.value) : expression
      lines.append("\(symbol.plain) = \(rhs.plain(digits: digits))")
    }
    if !definitions.isEmpty { lines.append("") }
    if composedFits {
      for output in outputs {
        let rhs = values ? output.expression.withValues : output.expression
        lines.append("\(outputLHS(output.number, latex: false)) = \(rhs.plain(digits: digits))")
      }
    } else {
      lines.append("The composed formula is too long to show (\(outputs.count) outputs).")
    }
    let definitionsText = activationsUsed.compactMap(\.plainDefinition)
    if !definitionsText.isEmpty { lines.append("") }
    lines += definitionsText
    return lines.joined(separator: "\n")
  }

  /// The per-layer matrix form for large networks.
  func matrixRows(latex: Bool) -> [String] {
    var rows: [String] = []
    let sizes = network.layerSizes
    for (s, stage) in network.stages.enumerated() {
      let l = s + 1
      let sup = { (n: Int) in FormulaNumber.superscripted("⁽\(n)⁾") }
      let input = s == 0 ? (latex ? "\\mathbf{x}" : "x") : (latex ? "\\mathbf{y}^{(\(s))}" : "y" + sup(s))
      var inner = latex
        ? "W^{(\(l))} \(input)" + (stage.bias == nil ? "" : " + \\mathbf{b}^{(\(l))}")
        : "W" + sup(l) + "·" + input + (stage.bias == nil ? "" : " + b" + sup(l))
      for f in stage.activations {
        let name = f.isVector ? (latex ? "\\operatorname{softmax}" : "softmax") : (latex ? f.latexName : f.plainName)
        inner = name + "(" + inner + ")"
      }
      let lhs = latex ? "\\mathbf{y}^{(\(l))}" : "y" + sup(l)
      let shape = latex
        ? "\\quad W^{(\(l))} \\in \\mathbb{R}^{\(stage.units) \\times \(sizes[s])}"
        : "    (W" + sup(l) + ": \(stage.units)×\(sizes[s]))"
      rows.append("\(lhs) = \(inner)\(shape)")
    }
    return rows
  }

  /// The size note shown above the matrix form.
  var sizeNote: String {
    "The network is too large to write neuron by neuron (\(network.neuronCount) neurons, "
      + "\(network.parameterCount) parameters); per layer:"
  }

  func matrixLaTeX() -> String {
    ([LaTeX.display(LaTeX.text(sizeNote))] + matrixRows(latex: true).map(LaTeX.display)).joined(separator: "\n")
  }

  func matrixPlain() -> String {
    ([sizeNote] + matrixRows(latex: false)).joined(separator: "\n")
  }

  /// Longest composed formula written on one line, in visible characters (about a cell's width).
  static let maxLineLength = 110

  /// Roughly how many characters the typeset LaTeX shows: commands, braces and scripts removed.
  static func visibleLength(_ latex: String) -> Int {
    var text = latex.replacingOccurrences(of: "\\operatorname", with: "")
    for mark in ["{", "}", "_", "^"] { text = text.replacingOccurrences(of: mark, with: "") }
    var count = 0
    var inCommand = false
    for character in text {
      if character == "\\" {
        inCommand = true
        continue
      }
      if inCommand, character.isLetter { continue }
      if inCommand { count += 1 }  // a command such as \sigma shows as one symbol
      inCommand = false
      count += 1
    }
    return count
  }

  /// `lhs = expression`, with the top-level sum broken one term per line when the one-line form
  /// would run off the cell (a 2-8-1 network's output is several screens wide otherwise).
  func composedLaTeX(_ lhs: String, _ expression: FormulaExpression, digits: Int) -> String {
    let flat = expression.latex(digits: digits)
    guard NetworkFormula.visibleLength(lhs + " = " + flat) > NetworkFormula.maxLineLength else { return "\(lhs) = \(flat)" }
    var opening = ""
    var closing = ""
    var terms: [FormulaExpression]
    switch expression {
    case .activation(let f, .sum(let inner)) where !f.isLinear && !f.isVector && inner.count > 1:
      (opening, closing, terms) = (f.latexName + "\\Big(", " \\Big)", inner)
    case .activation(let f, .sum(let inner)) where f.isLinear && inner.count > 1:
      terms = inner
    case .sum(let inner) where inner.count > 1:
      terms = inner
    default:
      return "\(lhs) = \(flat)"
    }
    var lines: [String] = []
    for (index, term) in terms.enumerated() {
      let text = term.latex(digits: digits)
      if index == 0 {
        lines.append("\(lhs) = {} & \(opening)\(text)")
      } else {
        lines.append("& \\quad " + (text.hasPrefix("-") ? "- " + text.dropFirst() : "+ " + text))
      }
    }
    lines[lines.count - 1] += closing
    return "\\begin{aligned}\n" + lines.joined(separator: " \\\\\n") + "\n\\end{aligned}"
  }
}
