import Foundation

/// Small building blocks for `text/latex` output (MathJax): escaping, numbers and
/// `aligned`/matrix environments.
public enum LaTeX {
  /// Escapes text for use inside `\text{...}` (or running LaTeX text).
  public static func escape(_ s: String) -> String {
    var out = ""
    for ch in s {
      switch ch {
      case "\\": out += "\\textbackslash{}"
      case "{": out += "\\{"
      case "}": out += "\\}"
      case "$": out += "\\$"
      case "&": out += "\\&"
      case "#": out += "\\#"
      case "%": out += "\\%"
      case "_": out += "\\_"
      case "^": out += "\\^{}"
      case "~": out += "\\~{}"
      default: out.append(ch)
      }
    }
    return out
  }

  /// `\text{...}` with escaped content.
  public static func text(_ s: String) -> String { "\\text{" + escape(s) + "}" }

  /// A number with at most `digits` decimals (trailing zeros dropped; minus as `-`).
  public static func number(_ v: Double, digits: Int = 4) -> String {
    guard v.isFinite else { return v.isNaN ? "\\text{nan}" : (v > 0 ? "\\infty" : "-\\infty") }
    var s = String(format: "%.\(max(0, digits))f", v)
    if s.contains(".") {
      while s.hasSuffix("0") { s.removeLast() }
      if s.hasSuffix(".") { s.removeLast() }
    }
    return s == "-0" ? "0" : s
  }

  /// `\begin{aligned} lhs &= rhs \\ ... \end{aligned}` from (left, right) pairs.
  public static func aligned(_ rows: [(lhs: String, rhs: String)], relation: String = "=") -> String {
    let body = rows.map { "\($0.lhs) &\(relation) \($0.rhs)" }.joined(separator: " \\\\\n")
    return "\\begin{aligned}\n" + body + "\n\\end{aligned}"
  }

  /// A matrix environment (`bmatrix`, `pmatrix`, ...) from rows of cells.
  public static func matrix(_ rows: [[String]], environment: String = "bmatrix") -> String {
    let body = rows.map { $0.joined(separator: " & ") }.joined(separator: " \\\\ ")
    return "\\begin{\(environment)} " + body + " \\end{\(environment)}"
  }

  /// Wraps math in display delimiters (`$$...$$`) as JupyterLab's `text/latex` renderer needs.
  public static func display(_ math: String) -> String { "$$" + math + "$$" }

  /// Wraps math in inline delimiters (`$...$`).
  public static func inline(_ math: String) -> String { "$" + math + "$" }
}
