/// Maps data values along one axis to pixels, for linear or log scales.
struct AxisMap {
  /// The view limit drawn at `pixelLow`, transformed by the scale.
  let low: Double
  /// The view limit drawn at `pixelHigh`, transformed by the scale.
  let high: Double
  /// Pixel position of `low`.
  let pixelLow: Double
  /// Pixel position of `high`.
  let pixelHigh: Double
  /// The axis scale.
  let scale: AxisScale

  /// Builds a map from data limits (`limits.0` drawn at `pixelLow`).
  init(limits: (Double, Double), pixels: (Double, Double), scale: AxisScale) {
    self.scale = scale
    self.low = scale.forward(limits.0) ?? 0
    self.high = scale.forward(limits.1) ?? 1
    self.pixelLow = pixels.0
    self.pixelHigh = pixels.1
  }

  /// The pixel for a data value, or nil if it cannot be drawn (NaN, inf, non-positive on log).
  func pixel(_ v: Double) -> Double? {
    guard let t = scale.forward(v), high != low else { return nil }
    let p = pixelLow + (t - low) / (high - low) * (pixelHigh - pixelLow)
    return min(1e5, max(-1e5, p))
  }

  /// The pixel for a data value, clamped to the axis ends when it cannot be drawn (bar bottoms at 0 on log axes).
  func pixelOrEdge(_ v: Double) -> Double {
    if let p = pixel(v) { return p }
    return (low < high) == (v <= 0) ? pixelLow : pixelHigh
  }

  /// Pixel at a fraction of the axis (0 at `pixelLow`).
  func fraction(_ f: Double) -> Double { pixelLow + f * (pixelHigh - pixelLow) }

  /// Whether a data value lies within the view limits.
  func contains(_ v: Double) -> Bool {
    guard let t = scale.forward(v) else { return false }
    let eps = abs(high - low) * 1e-9
    return t >= min(low, high) - eps && t <= max(low, high) + eps
  }
}
