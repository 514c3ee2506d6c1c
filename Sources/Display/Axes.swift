/// One plotting area of a `Figure`, like matplotlib's `Axes`: artists plus titles, labels,
/// limits, ticks, legend and grid settings. Drawing happens in `Figure.svg()`.
public final class Axes {
  /// Everything drawn, in order.
  public internal(set) var artists: [Artist] = []
  /// The title above the axes (`set_title`).
  public var title: String?
  /// Title font size in points (matplotlib's default is 12).
  public var titleFontSize: Double = 12
  /// The x axis settings.
  public var xAxis = AxisSettings()
  /// The y axis settings.
  public var yAxis = AxisSettings()
  /// Whether grid lines are drawn at the major ticks (`grid(True)`).
  public var showGrid = false
  /// Where to draw a legend; nil draws none (call `legend()`).
  public var legendLocation: LegendLocation?
  /// Legend font size in points.
  public var legendFontSize: Double = 10
  /// Whether spines, ticks and tick labels are drawn (`axis('off')` clears it).
  public var axisVisible = true
  /// Whether one x unit is as long as one y unit on screen (`axis('equal')`, `imshow`).
  public var aspectEqual = false
  /// Zero-based row of the grid cell.
  public let row: Int
  /// Zero-based column of the grid cell.
  public let column: Int
  /// Rows of the grid the axes was laid out in.
  public let rows: Int
  /// Columns of the grid the axes was laid out in.
  public let columns: Int
  /// Index of the shared-x group (axes with the same group share x limits).
  var xShareGroup: Int?
  /// Index of the shared-y group.
  var yShareGroup: Int?
  /// The next colour index of the default cycle.
  var nextColorIndex = 0

  /// Creates an axes in cell (`row`, `column`) of a `rows`×`columns` grid.
  public init(row: Int = 0, column: Int = 0, rows: Int = 1, columns: Int = 1) {
    self.row = row
    self.column = column
    self.rows = rows
    self.columns = columns
  }

  /// The x label (`set_xlabel`).
  public var xlabel: String? {
    get { xAxis.label }
    set { xAxis.label = newValue }
  }

  /// The y label (`set_ylabel`).
  public var ylabel: String? {
    get { yAxis.label }
    set { yAxis.label = newValue }
  }

  /// Appends an artist as is.
  public func add(_ artist: Artist) { artists.append(artist) }

  /// Removes every artist and resets titles, labels, limits and the colour cycle (`cla()`).
  public func clear() {
    artists = []
    title = nil
    xAxis = AxisSettings()
    yAxis = AxisSettings()
    showGrid = false
    legendLocation = nil
    axisVisible = true
    aspectEqual = false
    nextColorIndex = 0
  }

  /// Takes the next colour of the default cycle.
  func takeCycleColor() -> Color {
    defer { nextColorIndex += 1 }
    return Color.cycle(nextColorIndex)
  }

  /// Plots `y` against `x` (or against 0..<n when `x` is nil), like `ax.plot(x, y, fmt, ...)`.
  /// Explicit keyword values override what the format string says.
  public func plot(
    x: [Double]? = nil, y: [Double], format: String? = nil, color: Color? = nil,
    lineStyle: LineStyle? = nil, marker: Marker? = nil, lineWidth: Double? = nil,
    markerSize: Double? = nil, alpha: Double? = nil, label: String? = nil
  ) throws {
    let xs = x ?? (0..<y.count).map(Double.init)
    guard xs.count == y.count else {
      throw DisplayError.lengthMismatch(what: "x and y", expected: xs.count, actual: y.count)
    }
    let fmt = try format.map { try FormatString($0) }
    let style = lineStyle ?? fmt?.lineStyle ?? ((marker ?? fmt?.marker) == nil ? .solid : LineStyle.none)
    var c = color ?? fmt?.color ?? takeCycleColor()
    if let alpha { c = c.withAlpha(alpha) }
    artists.append(
      .line(
        LineArtist(
          x: xs, y: y, color: c, lineStyle: style, lineWidth: lineWidth ?? 1.5,
          marker: marker ?? fmt?.marker, markerSize: markerSize ?? 6, label: label)))
  }

  /// Draws one marker per point (`ax.scatter`). Colours come from `values` through `colormap`
  /// (with optional `vmin`/`vmax`), from `colors` per point, or from one `color` (default: next
  /// cycle colour). `sizes` are marker areas in points², one per point or one for all.
  public func scatter(
    x: [Double], y: [Double], color: Color? = nil, colors: [Color]? = nil, values: [Double]? = nil,
    colormap: String = "viridis", vmin: Double? = nil, vmax: Double? = nil, sizes: [Double] = [20],
    marker: Marker = .circle, alpha: Double? = nil, edgeColor: Color? = nil, label: String? = nil
  ) throws {
    guard x.count == y.count else {
      throw DisplayError.lengthMismatch(what: "x and y", expected: x.count, actual: y.count)
    }
    if sizes.count != 1, sizes.count != x.count {
      throw DisplayError.invalidArgument(name: "s", reason: "s must be a scalar, or float array-like with the same size as x and y")
    }
    var mapping: ColorMapping?
    var pointColors: [Color]
    if let values {
      guard values.count == x.count else {
        throw DisplayError.invalidArgument(
          name: "c", reason: "'c' argument has \(values.count) elements, which is inconsistent with 'x' and 'y' with size \(x.count).")
      }
      let m = ColorMapping.over(values, colormap: try Colormap(named: colormap), vmin: vmin, vmax: vmax)
      mapping = m
      pointColors = values.map { m.color($0) }
    } else if let colors {
      guard colors.count == x.count || colors.count == 1 else {
        throw DisplayError.lengthMismatch(what: "c and x", expected: x.count, actual: colors.count)
      }
      pointColors = colors
    } else {
      pointColors = [color ?? takeCycleColor()]
    }
    if let alpha { pointColors = pointColors.map { $0.withAlpha(alpha) } }
    artists.append(
      .scatter(
        ScatterArtist(
          x: x, y: y, colors: pointColors, sizes: sizes, marker: marker, edgeColor: edgeColor,
          label: label, mapping: mapping)))
  }
}
