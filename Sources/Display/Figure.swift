/// A matplotlib-style figure: a size in inches at a dpi, an optional suptitle and a grid of
/// `Axes`. `svg()` draws it; `mimeBundle()` gives what a Jupyter display message carries.
public final class Figure {
  /// Width in inches (matplotlib's default is 6.4).
  public var width: Double
  /// Height in inches (matplotlib's default is 4.8).
  public var height: Double
  /// Pixels per inch (matplotlib's default is 100).
  public var dpi: Double
  /// A title above all axes (`suptitle`).
  public var suptitle: String?
  /// Suptitle font size in points.
  public var suptitleFontSize: Double = 12
  /// Whether margins are fitted to the labels exactly (`tight_layout()`); otherwise matplotlib's
  /// default margins are used, widened only where labels would overlap.
  public var tightLayout = false
  /// The axes, in creation order (row-major for `subplots`).
  public private(set) var axes: [Axes] = []
  /// The axes that `gca()` returns.
  public private(set) var currentAxes: Axes?
  private var shareGroups = 0

  /// Creates an empty figure of `figsize` inches at `dpi`.
  public init(figsize: (Double, Double) = (6.4, 4.8), dpi: Double = 100) throws {
    guard figsize.0 > 0, figsize.1 > 0, figsize.0.isFinite, figsize.1.isFinite, dpi > 0, dpi.isFinite,
      figsize.0 * dpi <= 20000, figsize.1 * dpi <= 20000
    else {
      throw DisplayError.invalidArgument(
        name: "figsize", reason: "figure size must be positive finite and at most 20000 pixels per side")
    }
    width = figsize.0
    height = figsize.1
    self.dpi = dpi
  }

  /// Width in pixels.
  public var pixelWidth: Int { Int((width * dpi).rounded()) }
  /// Height in pixels.
  public var pixelHeight: Int { Int((height * dpi).rounded()) }

  /// Replaces the axes with an `nrows`×`ncols` grid (row-major rows of axes), sharing limits as
  /// asked; inner tick labels of shared axes are hidden like matplotlib does.
  @discardableResult
  public func subplots(
    nrows: Int = 1, ncols: Int = 1, sharex: AxisSharing = .none, sharey: AxisSharing = .none
  ) throws -> [[Axes]] {
    guard nrows >= 1, ncols >= 1, nrows <= 400, ncols <= 400, nrows * ncols <= 400 else {
      throw DisplayError.invalidArgument(name: "nrows/ncols", reason: "need 1 to 400 subplots, got \(nrows)x\(ncols)")
    }
    axes = []
    let base = shareGroups
    shareGroups += 2 * (nrows + ncols + 1)
    var grid: [[Axes]] = []
    for r in 0..<nrows {
      var rowAxes: [Axes] = []
      for c in 0..<ncols {
        let ax = Axes(row: r, column: c, rows: nrows, columns: ncols)
        ax.xShareGroup = Figure.group(sharex, base: base, row: r, column: c, rows: nrows)
        ax.yShareGroup = Figure.group(sharey, base: base + nrows + ncols + 1, row: r, column: c, rows: nrows)
        if sharex == .all || sharex == .column { ax.xAxis.hideTickLabels = r < nrows - 1 }
        if sharey == .all || sharey == .row { ax.yAxis.hideTickLabels = c > 0 }
        rowAxes.append(ax)
        axes.append(ax)
      }
      grid.append(rowAxes)
    }
    currentAxes = axes.first
    return grid
  }

  /// The axes at 1-based `index` of an `nrows`×`ncols` grid (`plt.subplot(2, 3, 4)`), created
  /// if no axes occupies that cell yet; it becomes the current axes.
  @discardableResult
  public func addSubplot(nrows: Int, ncols: Int, index: Int) throws -> Axes {
    guard nrows >= 1, ncols >= 1, nrows <= 400, ncols <= 400, nrows * ncols <= 400 else {
      throw DisplayError.invalidArgument(name: "nrows/ncols", reason: "need 1 to 400 subplots, got \(nrows)x\(ncols)")
    }
    guard index >= 1, index <= nrows * ncols else {
      throw DisplayError.subplotOutOfRange(index: index, count: nrows * ncols)
    }
    let r = (index - 1) / ncols, c = (index - 1) % ncols
    if let existing = axes.first(where: { $0.rows == nrows && $0.columns == ncols && $0.row == r && $0.column == c }) {
      currentAxes = existing
      return existing
    }
    let ax = Axes(row: r, column: c, rows: nrows, columns: ncols)
    axes.append(ax)
    currentAxes = ax
    return ax
  }

  /// The current axes, creating a single one when the figure has none (`plt.gca()`).
  public func gca() -> Axes {
    if let currentAxes { return currentAxes }
    let ax = Axes()
    axes.append(ax)
    currentAxes = ax
    return ax
  }

  /// Makes `ax` (which must belong to this figure) the current axes (`plt.sca`).
  public func setCurrentAxes(_ ax: Axes) {
    if axes.contains(where: { $0 === ax }) { currentAxes = ax }
  }

  /// Removes all axes and the suptitle (`clf()`).
  public func clear() {
    axes = []
    currentAxes = nil
    suptitle = nil
  }

  /// matplotlib's text form, e.g. `<Figure size 640x480 with 1 Axes>`.
  public var plainText: String {
    "<Figure size \(pixelWidth)x\(pixelHeight) with \(axes.count) Axes>"
  }

  /// The MIME bundle for a display message: `image/svg+xml` and `text/plain`.
  public func mimeBundle() -> [String: String] {
    var builder = MimeBundleBuilder(plain: plainText)
    builder.add("image/svg+xml", svg())
    return builder.data
  }

  private static func group(_ sharing: AxisSharing, base: Int, row: Int, column: Int, rows: Int) -> Int? {
    switch sharing {
    case .none: return nil
    case .all: return base
    case .row: return base + 1 + row
    case .column: return base + 1 + rows + column
    }
  }
}
