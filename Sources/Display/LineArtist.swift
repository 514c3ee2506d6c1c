/// A line plot (`ax.plot`): connected points with an optional marker at each point.
public struct LineArtist: Equatable, Sendable {
  /// X coordinates (data units).
  public var x: [Double]
  /// Y coordinates (data units); non-finite values break the line.
  public var y: [Double]
  /// Line and marker colour.
  public var color: Color
  /// Dash pattern (or none for markers only).
  public var lineStyle: LineStyle
  /// Line width in points (matplotlib's default is 1.5).
  public var lineWidth: Double
  /// Marker drawn at each point, if any.
  public var marker: Marker?
  /// Marker size in points (matplotlib's default is 6).
  public var markerSize: Double
  /// Legend label; labels starting with `_` are not shown.
  public var label: String?

  /// Creates a line artist.
  public init(
    x: [Double], y: [Double], color: Color, lineStyle: LineStyle = .solid, lineWidth: Double = 1.5,
    marker: Marker? = nil, markerSize: Double = 6, label: String? = nil
  ) {
    self.x = x
    self.y = y
    self.color = color
    self.lineStyle = lineStyle
    self.lineWidth = lineWidth
    self.marker = marker
    self.markerSize = markerSize
    self.label = label
  }
}
