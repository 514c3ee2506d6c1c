/// A colormap with the value range it was applied over (what a colorbar shows).
public struct ColorMapping: Equatable, Sendable {
  /// The colormap.
  public var colormap: Colormap
  /// The value mapped to the colormap's first colour.
  public var vmin: Double
  /// The value mapped to the colormap's last colour.
  public var vmax: Double

  /// Creates a mapping.
  public init(colormap: Colormap, vmin: Double, vmax: Double) {
    self.colormap = colormap
    self.vmin = vmin
    self.vmax = vmax
  }

  /// The colour for one value.
  public func color(_ value: Double) -> Color { colormap.color(for: value, vmin: vmin, vmax: vmax) }

  /// A mapping over the finite range of `values` unless `vmin`/`vmax` are given.
  static func over(_ values: [Double], colormap: Colormap, vmin: Double?, vmax: Double?) -> ColorMapping {
    let finite = values.filter { $0.isFinite }
    let lo = vmin ?? finite.min() ?? 0
    let hi = vmax ?? finite.max() ?? 1
    return ColorMapping(colormap: colormap, vmin: lo, vmax: hi)
  }
}
