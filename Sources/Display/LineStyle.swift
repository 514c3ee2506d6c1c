/// A line's dash pattern: `'-'`, `'--'`, `':'`, `'-.'` or none.
public enum LineStyle: String, Equatable, Sendable, CaseIterable {
  /// `'-'`, a solid line.
  case solid = "-"
  /// `'--'`, a dashed line.
  case dashed = "--"
  /// `':'`, a dotted line.
  case dotted = ":"
  /// `'-.'`, alternating dashes and dots.
  case dashDot = "-."
  /// `'None'` or `''`: no line (markers only).
  case none = "None"

  /// Parses a style by symbol or matplotlib's long names (`'dashed'`, `'dotted'`, ...).
  public init(parsing spec: String) throws {
    switch spec {
    case "-", "solid": self = .solid
    case "--", "dashed": self = .dashed
    case ":", "dotted": self = .dotted
    case "-.", "dashdot": self = .dashDot
    case "None", "none", "", " ": self = .none
    default: throw DisplayError.unknownLineStyle(spec)
    }
  }

  /// The SVG `stroke-dasharray` value for a line of `width` pixels (nil for solid).
  func dashArray(width: Double) -> String? {
    let w = max(width, 1)
    let pattern: [Double]
    switch self {
    case .solid, .none: return nil
    case .dashed: pattern = [3.7, 1.6]
    case .dotted: pattern = [1, 1.65]
    case .dashDot: pattern = [6.4, 1.6, 1, 1.6]
    }
    return pattern.map { SVGWriter.number($0 * w) }.joined(separator: ",")
  }
}
