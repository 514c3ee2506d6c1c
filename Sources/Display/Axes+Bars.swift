extension Axes {
  /// Vertical bars at numeric positions (`ax.bar(x, height, width, bottom, color=...)`).
  public func bar(
    x: [Double], heights: [Double], width: Double = 0.8, bottom: [Double] = [0],
    colors: [Color]? = nil, edgeColor: Color? = nil, alpha: Double? = nil, label: String? = nil,
    horizontal: Bool = false
  ) throws {
    guard x.count == heights.count else {
      throw DisplayError.lengthMismatch(what: "x and height", expected: x.count, actual: heights.count)
    }
    guard bottom.count == 1 || bottom.count == x.count else {
      throw DisplayError.lengthMismatch(what: "x and bottom", expected: x.count, actual: bottom.count)
    }
    var fills = colors ?? [takeCycleColor()]
    if fills.isEmpty { fills = [takeCycleColor()] }
    if let alpha { fills = fills.map { $0.withAlpha(alpha) } }
    artists.append(
      .bars(
        BarArtist(
          positions: x, heights: heights, widths: [width], bottoms: bottom, colors: fills,
          edgeColor: edgeColor, orientation: horizontal ? .horizontal : .vertical, label: label)))
  }

  /// Bars labelled by category names, placed at 0, 1, 2, ... with the names as tick labels.
  public func bar(
    categories: [String], heights: [Double], width: Double = 0.8, colors: [Color]? = nil,
    edgeColor: Color? = nil, alpha: Double? = nil, label: String? = nil, horizontal: Bool = false
  ) throws {
    let positions = categories.indices.map(Double.init)
    try bar(
      x: positions, heights: heights, width: width, colors: colors, edgeColor: edgeColor, alpha: alpha,
      label: label, horizontal: horizontal)
    if horizontal {
      yAxis.ticks = positions
      yAxis.tickLabels = categories
    } else {
      xAxis.ticks = positions
      xAxis.tickLabels = categories
    }
  }

  /// A histogram of `values` in `bins` equal bins over `range` (`ax.hist`); returns the counts and
  /// edges as `numpy.histogram` would.
  @discardableResult
  public func hist(
    _ values: [Double], bins: Int = 10, range: (Double, Double)? = nil, density: Bool = false,
    color: Color? = nil, edgeColor: Color? = nil, alpha: Double? = nil, label: String? = nil
  ) throws -> Histogram {
    let h = try Histogram(values: values, bins: bins, range: range, density: density)
    addHistogram(h, color: color, edgeColor: edgeColor, alpha: alpha, label: label)
    return h
  }

  /// A histogram with explicit bin edges (`ax.hist(values, bins=[...])`).
  @discardableResult
  public func hist(
    _ values: [Double], edges: [Double], density: Bool = false, color: Color? = nil,
    edgeColor: Color? = nil, alpha: Double? = nil, label: String? = nil
  ) throws -> Histogram {
    let h = try Histogram(values: values, edges: edges, density: density)
    addHistogram(h, color: color, edgeColor: edgeColor, alpha: alpha, label: label)
    return h
  }

  private func addHistogram(_ h: Histogram, color: Color?, edgeColor: Color?, alpha: Double?, label: String?) {
    var fill = color ?? takeCycleColor()
    if let alpha { fill = fill.withAlpha(alpha) }
    let n = h.counts.count
    let centres = (0..<n).map { (h.edges[$0] + h.edges[$0 + 1]) / 2 }
    let widths = (0..<n).map { h.edges[$0 + 1] - h.edges[$0] }
    artists.append(
      .bars(
        BarArtist(
          positions: centres, heights: h.counts, widths: widths, colors: [fill], edgeColor: edgeColor,
          label: label)))
  }
}
