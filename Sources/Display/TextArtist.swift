/// A text annotation (`ax.text`) placed in data or axes coordinates.
public struct TextArtist: Equatable, Sendable {
  /// Horizontal alignment of the text relative to its anchor.
  public enum HorizontalAlignment: String, Equatable, Sendable {
    /// The anchor is the left edge.
    case left
    /// The anchor is the centre.
    case center
    /// The anchor is the right edge.
    case right
  }
  /// Vertical alignment of the text relative to its anchor.
  public enum VerticalAlignment: String, Equatable, Sendable {
    /// The anchor is the top.
    case top
    /// The anchor is the middle.
    case center
    /// The anchor is the baseline.
    case baseline
    /// The anchor is the bottom.
    case bottom
  }

  /// Anchor x.
  public var x: Double
  /// Anchor y.
  public var y: Double
  /// The text.
  public var text: String
  /// Font size in points.
  public var fontSize: Double
  /// Text colour.
  public var color: Color
  /// Horizontal alignment.
  public var horizontalAlignment: HorizontalAlignment
  /// Vertical alignment.
  public var verticalAlignment: VerticalAlignment
  /// Whether x and y are fractions of the axes (`transform=ax.transAxes`) instead of data.
  public var axesCoordinates: Bool

  /// Creates a text annotation.
  public init(
    x: Double, y: Double, text: String, fontSize: Double = 10, color: Color = .black,
    horizontalAlignment: HorizontalAlignment = .left, verticalAlignment: VerticalAlignment = .baseline,
    axesCoordinates: Bool = false
  ) {
    self.x = x
    self.y = y
    self.text = text
    self.fontSize = fontSize
    self.color = color
    self.horizontalAlignment = horizontalAlignment
    self.verticalAlignment = verticalAlignment
    self.axesCoordinates = axesCoordinates
  }
}
