/// A scatter plot (`ax.scatter`): one marker per point with its own colour and size.
public struct ScatterArtist: Equatable, Sendable {
  /// X coordinates (data units).
  public var x: [Double]
  /// Y coordinates (data units).
  public var y: [Double]
  /// One colour per point, or a single colour for all.
  public var colors: [Color]
  /// Marker areas in points² (matplotlib's `s`, default 20), one per point or one for all.
  public var sizes: [Double]
  /// Marker shape.
  public var marker: Marker
  /// Marker outline colour, if any.
  public var edgeColor: Color?
  /// Legend label.
  public var label: String?
  /// The colormap and value range used to colour the points, when colours came from values.
  public var mapping: ColorMapping?

  /// Creates a scatter artist.
  public init(
    x: [Double], y: [Double], colors: [Color], sizes: [Double] = [20], marker: Marker = .circle,
    edgeColor: Color? = nil, label: String? = nil, mapping: ColorMapping? = nil
  ) {
    self.x = x
    self.y = y
    self.colors = colors
    self.sizes = sizes
    self.marker = marker
    self.edgeColor = edgeColor
    self.label = label
    self.mapping = mapping
  }

  /// The colour of point `i`.
  func color(_ i: Int) -> Color { colors.count == 1 ? colors[0] : colors[i % max(colors.count, 1)] }

  /// The area (points²) of point `i`.
  func size(_ i: Int) -> Double { sizes.count == 1 ? sizes[0] : sizes[i % max(sizes.count, 1)] }
}
