/// Pixel sizes of the fonts and tick marks of a figure at one shrink factor.
struct FontSizes {
  /// Pixels per point (dpi / 72).
  let pointPixels: Double
  /// Shrink factor applied to everything (1 = matplotlib's defaults).
  let scale: Double

  /// Converts points to pixels at this scale.
  func px(_ points: Double) -> Double { points * pointPixels * scale }
  /// Tick label size (10 pt).
  var tick: Double { px(10) }
  /// Axis label size (10 pt).
  var label: Double { px(10) }
  /// Tick mark length (3.5 pt).
  var tickLength: Double { px(3.5) }
  /// Gap between tick mark and label (3.5 pt).
  var tickPad: Double { px(3.5) }
  /// Gap between tick labels and the axis label (4 pt).
  var labelPad: Double { px(4) }
  /// Gap between the axes and the title (6 pt).
  var titlePad: Double { px(6) }
  /// Padding around the layout in tight mode (1.08 × 10 pt).
  var layoutPad: Double { px(10.8) }
  /// Spine and tick width (0.8 pt).
  var spineWidth: Double { px(0.8) }
}
