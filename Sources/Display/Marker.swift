/// A point marker shape, named by matplotlib's one-character codes.
public enum Marker: String, Equatable, Sendable, CaseIterable {
  /// `'o'`, a circle.
  case circle = "o"
  /// `'.'`, a small dot.
  case point = "."
  /// `','`, a single pixel.
  case pixel = ","
  /// `'s'`, a square.
  case square = "s"
  /// `'^'`, an upward triangle.
  case triangleUp = "^"
  /// `'v'`, a downward triangle.
  case triangleDown = "v"
  /// `'D'`, a diamond.
  case diamond = "D"
  /// `'x'`, a diagonal cross.
  case cross = "x"
  /// `'+'`, a plus sign.
  case plus = "+"
  /// `'*'`, a star.
  case star = "*"

  /// Parses a marker code; `'None'`/`''` give nil.
  public static func parse(_ spec: String) throws -> Marker? {
    if spec == "None" || spec == "none" || spec.isEmpty { return nil }
    guard let m = Marker(rawValue: spec) else { throw DisplayError.unknownMarker(spec) }
    return m
  }

  /// Whether the marker is drawn with strokes only (no fill).
  var isStrokeOnly: Bool { self == .cross || self == .plus }

  /// The size factor relative to the nominal marker size (matplotlib draws '.' at half size).
  var sizeFactor: Double {
    switch self {
    case .point: return 0.5
    case .pixel: return 0.2
    default: return 1
    }
  }
}
