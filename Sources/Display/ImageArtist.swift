/// An image (`ax.imshow`) already mapped to colours, drawn over pixel-centred coordinates.
public struct ImageArtist: Equatable, Sendable {
  /// Width in pixels (columns).
  public var width: Int
  /// Height in pixels (rows).
  public var height: Int
  /// Row-major RGBA bytes, 4 per pixel.
  public var rgba: [UInt8]
  /// The colormap and range used for a 2-D array (nil for RGB input).
  public var mapping: ColorMapping?
  /// Data extent (left, right, bottom, top); default (-0.5, w-0.5, h-0.5, -0.5).
  public var extent: (Double, Double, Double, Double)
  /// Whether row 0 is drawn at the top (matplotlib's `origin='upper'`).
  public var originUpper: Bool

  /// Creates an image artist.
  public init(
    width: Int, height: Int, rgba: [UInt8], mapping: ColorMapping? = nil,
    extent: (Double, Double, Double, Double)? = nil, originUpper: Bool = true
  ) {
    self.width = width
    self.height = height
    self.rgba = rgba
    self.mapping = mapping
    self.originUpper = originUpper
    let w = Double(width), h = Double(height)
    self.extent = extent ?? (originUpper ? (-0.5, w - 0.5, h - 0.5, -0.5) : (-0.5, w - 0.5, -0.5, h - 0.5))
  }

  /// Equality over size, pixels, mapping and extent.
  public static func == (a: ImageArtist, b: ImageArtist) -> Bool {
    a.width == b.width && a.height == b.height && a.rgba == b.rgba && a.mapping == b.mapping
      && a.extent == b.extent && a.originUpper == b.originUpper
  }
}
