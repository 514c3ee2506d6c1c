/// LaTeX and Unicode spellings of formulas.
extension FormulaExpression {
  /// The expression in LaTeX (no delimiters); numbers keep at most `digits` decimals.
  public func latex(digits: Int = 4) -> String { render(latex: true, digits: digits) }

  /// The expression in Unicode text (`σ(w₂·x + b₂)`).
  public func plain(digits: Int = 4) -> String { render(latex: false, digits: digits) }

  /// Whether the expression is a literal number.
  var isConstant: Bool {
    if case .constant = self { return true }
    return false
  }

  /// Renders in either notation.
  func render(latex: Bool, digits: Int) -> String {
    switch self {
    case .input(let index, let count):
      if count == 1 { return "x" }
      return latex ? "x_{\(index + 1)}" : "x" + FormulaNumber.subscripted(String(index + 1))
    case .neuron(let number):
      return latex ? "y_{\(number)}" : "y" + FormulaNumber.subscripted(String(number))
    case .preactivation(let number):
      return latex ? "z_{\(number)}" : "z" + FormulaNumber.subscripted(String(number))
    case .symbol(let s): return latex ? s.latex : s.plain
    case .constant(let v): return latex ? FormulaNumber.latex(v, digits: digits) : FormulaNumber.plain(v, digits: digits)
    case .sum(let terms):
      var out = ""
      for (i, term) in terms.enumerated() {
        let text = term.render(latex: latex, digits: digits)
        if i == 0 {
          out = text
        } else if text.hasPrefix("-") {
          out += " - " + text.dropFirst()
        } else {
          out += " + " + text
        }
      }
      return out.isEmpty ? "0" : out
    case .product(let factors):
      var out = ""
      var previousConstant = false
      for (i, factor) in factors.enumerated() {
        var text = factor.render(latex: latex, digits: digits)
        if case .sum(let terms) = factor, terms.count > 1 { text = "(" + text + ")" }
        if i > 0, factor.isConstant, text.hasPrefix("-") { text = "(" + text + ")" }
        if i == 0 {
          out = text
        } else if latex {
          out += (previousConstant && factor.isConstant ? " \\cdot " : " ") + text
        } else {
          out += "·" + text
        }
        previousConstant = factor.isConstant
      }
      return out.isEmpty ? "1" : out
    case .activation(let f, let argument):
      let inner = argument.render(latex: latex, digits: digits)
      if f.isLinear || f.isVector { return inner }
      if f.name == "exponential" { return latex ? "e^{\(inner)}" : "e^(\(inner))" }
      return (latex ? f.latexName : f.plainName) + "(" + inner + ")"
    case .softmax(let index, let components):
      let parts = components.map { $0.render(latex: latex, digits: digits) }
      guard index < parts.count else { return "0" }
      if latex {
        let denominator = parts.map { "e^{\($0)}" }.joined(separator: " + ")
        return "\\frac{e^{\(parts[index])}}{\(denominator)}"
      }
      func power(_ p: String) -> String { p.contains(" ") || p.contains("·") ? "e^(\(p))" : "e^" + p }
      return power(parts[index]) + "/(" + parts.map(power).joined(separator: " + ") + ")"
    }
  }
}
