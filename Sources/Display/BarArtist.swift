/// Bars (`ax.bar`, `ax.barh`, `ax.hist`): one rectangle per value.
public struct BarArtist: Equatable, Sendable {
  /// Whether bars grow up from the x axis or right from the y axis.
  public enum Orientation: Equatable, Sendable {
    /// Vertical bars (`bar`, `hist`).
    case vertical
    /// Horizontal bars (`barh`).
    case horizontal
  }

  /// Bar centres along the category axis (data units).
  public var positions: [Double]
  /// Bar lengths along the value axis.
  public var heights: [Double]
  /// Bar widths along the category axis (one per bar, or one for all).
  public var widths: [Double]
  /// Where each bar starts on the value axis (default 0).
  public var bottoms: [Double]
  /// Fill colours (one per bar, or one for all).
  public var colors: [Color]
  /// Outline colour, if any.
  public var edgeColor: Color?
  /// Direction of the bars.
  public var orientation: Orientation
  /// Legend label.
  public var label: String?

  /// Creates a bar artist.
  public init(
    positions: [Double], heights: [Double], widths: [Double] = [0.8], bottoms: [Double] = [0],
    colors: [Color], edgeColor: Color? = nil, orientation: Orientation = .vertical,
    label: String? = nil
  ) {
    self.positions = positions
    self.heights = heights
    self.widths = widths
    self.bottoms = bottoms
    self.colors = colors
    self.edgeColor = edgeColor
    self.orientation = orientation
    self.label = label
  }

  func width(_ i: Int) -> Double { widths.count == 1 ? widths[0] : widths[i % max(widths.count, 1)] }

  func bottom(_ i: Int) -> Double {
    bottoms.count == 1 ? bottoms[0] : bottoms[i % max(bottoms.count, 1)]
  }

  func color(_ i: Int) -> Color { colors.count == 1 ? colors[0] : colors[i % max(colors.count, 1)] }
}
