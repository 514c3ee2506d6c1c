/// Where a legend is placed inside its axes.
public enum LegendLocation: String, Equatable, Sendable, CaseIterable {
  /// The corner or edge with the fewest data points under it.
  case best
  /// Top right corner.
  case upperRight = "upper right"
  /// Top left corner.
  case upperLeft = "upper left"
  /// Bottom left corner.
  case lowerLeft = "lower left"
  /// Bottom right corner.
  case lowerRight = "lower right"
  /// Right edge, vertically centred.
  case right
  /// Left edge, vertically centred.
  case centerLeft = "center left"
  /// Right edge, vertically centred (as `right`).
  case centerRight = "center right"
  /// Bottom edge, horizontally centred.
  case lowerCenter = "lower center"
  /// Top edge, horizontally centred.
  case upperCenter = "upper center"
  /// The centre.
  case center

  /// Parses a matplotlib location name or code (0 = best, 1 = upper right, ... 10 = center).
  public init(parsing spec: String) throws {
    if let code = Int(spec), code >= 0, code < LegendLocation.allCases.count {
      self = LegendLocation.allCases[code]
      return
    }
    guard let loc = LegendLocation(rawValue: spec) else { throw DisplayError.unknownLegendLocation(spec) }
    self = loc
  }

  /// The anchor as fractions of the axes: x 0 left ... 1 right, y 0 bottom ... 1 top.
  var anchor: (x: Double, y: Double) {
    switch self {
    case .best, .upperRight: return (1, 1)
    case .upperLeft: return (0, 1)
    case .lowerLeft: return (0, 0)
    case .lowerRight: return (1, 0)
    case .right, .centerRight: return (1, 0.5)
    case .centerLeft: return (0, 0.5)
    case .lowerCenter: return (0.5, 0)
    case .upperCenter: return (0.5, 1)
    case .center: return (0.5, 0.5)
    }
  }
}
