/// Where and how one `Axes` is drawn: its frame, limits and ticks after layout.
struct AxesPlan {
  /// The axes.
  let axes: Axes
  /// The data rectangle in pixels.
  var frame: Rect
  /// X view limits (left, right).
  var xLimits: (Double, Double)
  /// Y view limits (bottom, top).
  var yLimits: (Double, Double)
  /// X ticks.
  var xTicks = AxisTicks(positions: [], labels: [], offsetText: nil)
  /// Y ticks.
  var yTicks = AxisTicks(positions: [], labels: [], offsetText: nil)
  /// Font sizes in use.
  var fonts: FontSizes

  /// The x data-to-pixel map.
  var xMap: AxisMap { AxisMap(limits: xLimits, pixels: (frame.x, frame.maxX), scale: axes.xAxis.scale) }

  /// The y data-to-pixel map.
  var yMap: AxisMap { AxisMap(limits: yLimits, pixels: (frame.maxY, frame.y), scale: axes.yAxis.scale) }

  /// The title font size in pixels.
  var titleFont: Double {
    let base = fonts.px(axes.titleFontSize)
    guard let title = axes.title, frame.width > 0 else { return base }
    let w = TextMetrics.width(title, fontSize: base), room = frame.width * 1.1
    return w > room ? max(base * 0.5, base * room / w) : base
  }

  /// Shrinks the frame around its centre so data units are square (`aspect='equal'`).
  mutating func applyAspect() {
    guard axes.aspectEqual else { return }
    let xs = axes.xAxis.scale, ys = axes.yAxis.scale
    guard let x0 = xs.forward(xLimits.0), let x1 = xs.forward(xLimits.1), let y0 = ys.forward(yLimits.0),
      let y1 = ys.forward(yLimits.1), abs(x1 - x0) > 0, abs(y1 - y0) > 0
    else { return }
    let ratio = abs(y1 - y0) / abs(x1 - x0)
    if frame.height / frame.width > ratio {
      let h = frame.width * ratio
      frame = Rect(x: frame.x, y: frame.y + (frame.height - h) / 2, width: frame.width, height: h)
    } else {
      let w = frame.height / ratio
      frame = Rect(x: frame.x + (frame.width - w) / 2, y: frame.y, width: w, height: frame.height)
    }
  }

  /// Chooses ticks for the current frame, thinning them until their labels do not overlap.
  mutating func chooseTicks() {
    xTicks = AxesPlan.ticks(settings: axes.xAxis, limits: xLimits, length: frame.width, fonts: fonts, horizontal: true)
    yTicks = AxesPlan.ticks(settings: axes.yAxis, limits: yLimits, length: frame.height, fonts: fonts, horizontal: false)
  }

  private static func ticks(
    settings: AxisSettings, limits: (Double, Double), length: Double, fonts: FontSizes, horizontal: Bool
  ) -> AxisTicks {
    let map = AxisMap(limits: limits, pixels: (0, length), scale: settings.scale)
    func visible(_ t: AxisTicks) -> AxisTicks {
      let keep = t.positions.indices.filter { map.contains(t.positions[$0]) }
      return AxisTicks(positions: keep.map { t.positions[$0] }, labels: keep.map { t.labels[$0] }, offsetText: t.offsetText)
    }
    if let fixed = settings.ticks { return visible(AxisTicks.fixed(fixed, labels: settings.tickLabels)) }
    let perTick = horizontal ? fonts.tick * 3 : fonts.tick * 2
    // A near-zero dpi makes both sizes 0 (0/0 is NaN): fall back to the fewest bins.
    let fit = length / perTick
    let maxBins = fit.isNaN ? 2 : max(2, min(9, Int(max(0, min(fit, 9)))))
    var fallback: AxisTicks?
    for bins in Array(stride(from: maxBins, through: 1, by: -1)) + Array(stride(from: maxBins + 1, through: 9, by: 1)) {
      let candidate =
        settings.scale == .log
        ? AxisTicks.log(limits.0, limits.1, maxTicks: bins + 1)
        : AxisTicks.linear(limits.0, limits.1, maxBins: bins)
      let t = visible(candidate)
      guard fits(t, map: map, fonts: fonts, horizontal: horizontal, rotation: settings.tickRotation) else { continue }
      if t.positions.count >= 2 { return t }
      if fallback == nil { fallback = t }
    }
    return fallback ?? AxisTicks(positions: [], labels: [], offsetText: nil)
  }

  private static func fits(_ t: AxisTicks, map: AxisMap, fonts: FontSizes, horizontal: Bool, rotation: Double) -> Bool {
    let gap = fonts.tick * 0.5
    let sizes: [Double] = t.labels.map {
      horizontal && rotation == 0 ? $0.width(fontSize: fonts.tick) : TextMetrics.height(fontSize: fonts.tick)
    }
    let pixels = t.positions.compactMap { map.pixel($0) }
    guard pixels.count == sizes.count, pixels.count > 1 else { return true }
    for i in 1..<pixels.count where abs(pixels[i] - pixels[i - 1]) < (sizes[i] + sizes[i - 1]) / 2 + gap {
      return false
    }
    return true
  }
}
