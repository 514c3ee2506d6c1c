/// A horizontal or vertical line across the axes (`axhline`, `axvline`).
public struct ReferenceLine: Equatable, Sendable {
  /// Whether the line is horizontal (`axhline`) or vertical (`axvline`).
  public var horizontal: Bool
  /// The y (horizontal) or x (vertical) position in data units.
  public var value: Double
  /// Start of the line as a fraction of the axes (0...1).
  public var start: Double
  /// End of the line as a fraction of the axes (0...1).
  public var end: Double
  /// Line colour.
  public var color: Color
  /// Dash pattern.
  public var lineStyle: LineStyle
  /// Width in points.
  public var lineWidth: Double
  /// Legend label.
  public var label: String?

  /// Creates a reference line.
  public init(
    horizontal: Bool, value: Double, start: Double = 0, end: Double = 1, color: Color,
    lineStyle: LineStyle = .solid, lineWidth: Double = 1.5, label: String? = nil
  ) {
    self.horizontal = horizontal
    self.value = value
    self.start = start
    self.end = end
    self.color = color
    self.lineStyle = lineStyle
    self.lineWidth = lineWidth
    self.label = label
  }
}
