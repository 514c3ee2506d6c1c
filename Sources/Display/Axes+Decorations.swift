extension Axes {
  /// A horizontal line across the axes at `y` (`axhline`), from `xmin` to `xmax` (axes fractions).
  public func axhline(
    y: Double = 0, xmin: Double = 0, xmax: Double = 1, color: Color? = nil, lineStyle: LineStyle = .solid,
    lineWidth: Double = 1.5, label: String? = nil
  ) {
    artists.append(
      .reference(
        ReferenceLine(
          horizontal: true, value: y, start: xmin, end: xmax, color: color ?? takeCycleColor(),
          lineStyle: lineStyle, lineWidth: lineWidth, label: label)))
  }

  /// A vertical line across the axes at `x` (`axvline`), from `ymin` to `ymax` (axes fractions).
  public func axvline(
    x: Double = 0, ymin: Double = 0, ymax: Double = 1, color: Color? = nil, lineStyle: LineStyle = .solid,
    lineWidth: Double = 1.5, label: String? = nil
  ) {
    artists.append(
      .reference(
        ReferenceLine(
          horizontal: false, value: x, start: ymin, end: ymax, color: color ?? takeCycleColor(),
          lineStyle: lineStyle, lineWidth: lineWidth, label: label)))
  }

  /// Writes `text` at (`x`, `y`) in data coordinates, or axes fractions with `axesCoordinates`.
  public func text(
    x: Double, y: Double, _ text: String, fontSize: Double = 10, color: Color = .black,
    horizontalAlignment: TextArtist.HorizontalAlignment = .left,
    verticalAlignment: TextArtist.VerticalAlignment = .baseline, axesCoordinates: Bool = false
  ) {
    artists.append(
      .text(
        TextArtist(
          x: x, y: y, text: text, fontSize: fontSize, color: color, horizontalAlignment: horizontalAlignment,
          verticalAlignment: verticalAlignment, axesCoordinates: axesCoordinates)))
  }

  /// Sets the x limits (`set_xlim`); a nil end stays automatic. `lower > upper` inverts the axis.
  public func setXLimits(lower: Double?, upper: Double?) throws {
    try Axes.checkLimits(lower, upper, xAxis.scale)
    xAxis.lower = lower
    xAxis.upper = upper
  }

  /// Sets the y limits (`set_ylim`); a nil end stays automatic. `lower > upper` inverts the axis.
  public func setYLimits(lower: Double?, upper: Double?) throws {
    try Axes.checkLimits(lower, upper, yAxis.scale)
    yAxis.lower = lower
    yAxis.upper = upper
  }

  /// Sets the x scale by name (`set_xscale('log')`).
  public func setXScale(_ name: String) throws { xAxis.scale = try AxisScale(parsing: name) }

  /// Sets the y scale by name (`set_yscale('log')`).
  public func setYScale(_ name: String) throws { yAxis.scale = try AxisScale(parsing: name) }

  /// Fixes the x ticks (`set_xticks`), optionally with labels and a label rotation in degrees.
  public func setXTicks(_ positions: [Double], labels: [String]? = nil, rotation: Double? = nil) throws {
    try Axes.checkTickLabels(positions, labels)
    xAxis.ticks = positions
    xAxis.tickLabels = labels
    if let rotation { xAxis.tickRotation = rotation }
  }

  /// Fixes the y ticks (`set_yticks`), optionally with labels.
  public func setYTicks(_ positions: [Double], labels: [String]? = nil, rotation: Double? = nil) throws {
    try Axes.checkTickLabels(positions, labels)
    yAxis.ticks = positions
    yAxis.tickLabels = labels
    if let rotation { yAxis.tickRotation = rotation }
  }

  /// Shows a legend of the labelled artists at a location name (`legend(loc='best')`).
  public func legend(location: String = "best", fontSize: Double? = nil) throws {
    legendLocation = try LegendLocation(parsing: location)
    if let fontSize { legendFontSize = fontSize }
  }

  /// The labels a legend would list, in drawing order.
  public var legendLabels: [String] { artists.compactMap(\.legendLabel) }

  /// Turns grid lines on or off (`grid(True)`).
  public func grid(_ visible: Bool = true) { showGrid = visible }

  /// Applies `axis('off')`, `'on'`, `'equal'`, `'scaled'`, `'image'`, `'tight'` or `'auto'`.
  public func axis(_ mode: String) throws {
    switch mode {
    case "off": axisVisible = false
    case "on": axisVisible = true
    case "equal", "scaled", "image": aspectEqual = true
    case "auto", "tight", "normal": aspectEqual = false
    default:
      throw DisplayError.invalidArgument(name: "axis", reason: "Unrecognized string '\(mode)' to axis; try 'on' or 'off'")
    }
  }

  /// Flips the y axis so values grow downwards (`invert_yaxis`).
  public func invertYAxis() { yAxis.inverted.toggle() }

  /// Flips the x axis (`invert_xaxis`).
  public func invertXAxis() { xAxis.inverted.toggle() }

  private static func checkLimits(_ lower: Double?, _ upper: Double?, _ scale: AxisScale) throws {
    for v in [lower, upper].compactMap({ $0 }) {
      guard v.isFinite else {
        throw DisplayError.invalidArgument(name: "limits", reason: "Axis limits cannot be NaN or Inf")
      }
      if scale == .log, v <= 0 {
        throw DisplayError.invalidArgument(name: "limits", reason: "log-scaled axis limits must be positive")
      }
    }
    if let lower, let upper, lower == upper {
      throw DisplayError.invalidArgument(name: "limits", reason: "Attempting to set identical low and high limits")
    }
  }

  private static func checkTickLabels(_ positions: [Double], _ labels: [String]?) throws {
    if let labels, labels.count != positions.count {
      throw DisplayError.invalidArgument(
        name: "labels",
        reason: "The number of FixedLocator locations (\(positions.count)), usually from a call to set_ticks, does not match the number of labels (\(labels.count)).")
    }
  }
}
