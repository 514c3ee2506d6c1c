/// Places every axes of a figure: shared limits, margins that fit the labels, fonts shrunk
/// for crowded grids and ticks thinned so labels never overlap.
struct FigureLayout {
  /// One plan per axes, in the figure's order.
  private(set) var plans: [AxesPlan] = []
  /// Font sizes in use.
  private(set) var fonts: FontSizes
  /// Baseline of the suptitle, if any.
  private(set) var suptitleBaseline = 0.0

  private let width: Double
  private let height: Double

  /// Lays out `figure`.
  init(figure: Figure) {
    width = figure.width * figure.dpi
    height = figure.height * figure.dpi
    fonts = FontSizes(pointPixels: figure.dpi / 72, scale: 1)
    let axes = figure.axes
    guard !axes.isEmpty else { return }
    let limits = FigureLayout.limits(axes)
    var scale = 1.0
    while true {
      fonts = FontSizes(pointPixels: figure.dpi / 72, scale: scale)
      let supHeight = figure.suptitle.map { _ in TextMetrics.height(fontSize: fonts.px(figure.suptitleFontSize)) } ?? 0
      var insets = [Insets](repeating: Insets(), count: axes.count)
      for _ in 0..<3 {
        plans = axes.indices.map { i in
          var plan = AxesPlan(
            axes: axes[i], frame: frame(axes[i], axes, insets, supHeight, figure.tightLayout),
            xLimits: limits[i].0, yLimits: limits[i].1, fonts: fonts)
          plan.applyAspect()
          plan.chooseTicks()
          return plan
        }
        insets = plans.map(\.insets)
      }
      let smallest = plans.map { min($0.frame.width / 1.3, $0.frame.height) }.min() ?? 0
      if smallest >= 4 * fonts.tick || scale < 0.5 { break }
      scale *= 0.85
    }
    suptitleBaseline = fonts.layoutPad * 0.5 + fonts.px(figure.suptitleFontSize) * 0.95
  }

  /// The frame of `ax` given every axes' insets.
  private func frame(_ ax: Axes, _ axesList: [Axes], _ insets: [Insets], _ supHeight: Double, _ tight: Bool) -> Rect {
    func maxOf(_ pick: (Int) -> Double?) -> Double { axesList.indices.compactMap(pick).max() ?? 0 }
    let pad = fonts.layoutPad
    func a(_ i: Int) -> Axes { axesList[i] }
    let leftNeed = maxOf { a($0).column == 0 ? insets[$0].left : nil }
    let rightNeed = maxOf { a($0).column == a($0).columns - 1 ? insets[$0].right : nil }
    let topNeed = maxOf { a($0).row == 0 ? insets[$0].top : nil } + (supHeight > 0 ? supHeight + pad * 0.5 : 0)
    let bottomNeed = maxOf { a($0).row == a($0).rows - 1 ? insets[$0].bottom : nil }
    let gapW = maxOf { a($0).column > 0 ? insets[$0].left : nil } + maxOf { a($0).column < a($0).columns - 1 ? insets[$0].right : nil } + pad
    let gapH = maxOf { a($0).row > 0 ? insets[$0].top : nil } + maxOf { a($0).row < a($0).rows - 1 ? insets[$0].bottom : nil } + pad
    var left = leftNeed + pad, right = rightNeed + pad, top = topNeed + pad, bottom = bottomNeed + pad
    var hGap = gapW, vGap = gapH
    if !tight {
      left = max(left, 0.125 * width)
      right = max(right, 0.1 * width)
      top = max(top, 0.12 * height)
      bottom = max(bottom, 0.11 * height)
      let cols = Double(ax.columns), rows = Double(ax.rows)
      hGap = max(hGap, 0.2 * (width - left - right) / (cols + 0.2 * (cols - 1)))
      vGap = max(vGap, 0.2 * (height - top - bottom) / (rows + 0.2 * (rows - 1)))
    }
    let cols = Double(ax.columns), rows = Double(ax.rows)
    let w = max(4, (width - left - right - (cols - 1) * hGap) / cols)
    let h = max(4, (height - top - bottom - (rows - 1) * vGap) / rows)
    return Rect(x: left + Double(ax.column) * (w + hGap), y: top + Double(ax.row) * (h + vGap), width: w, height: h)
  }

  /// View limits per axes, merging the data extents of shared groups.
  private static func limits(_ axes: [Axes]) -> [((Double, Double), (Double, Double))] {
    var xGroups: [Int: DataExtent] = [:], yGroups: [Int: DataExtent] = [:]
    let xs = axes.map { $0.dataExtent(forX: true) }, ys = axes.map { $0.dataExtent(forX: false) }
    for (i, ax) in axes.enumerated() {
      if let g = ax.xShareGroup { xGroups[g, default: DataExtent()].merge(xs[i]) }
      if let g = ax.yShareGroup { yGroups[g, default: DataExtent()].merge(ys[i]) }
    }
    var xUser: [Int: Axes] = [:], yUser: [Int: Axes] = [:]
    for ax in axes {
      if let g = ax.xShareGroup, ax.xAxis.lower != nil || ax.xAxis.upper != nil { xUser[g] = ax }
      if let g = ax.yShareGroup, ax.yAxis.lower != nil || ax.yAxis.upper != nil { yUser[g] = ax }
    }
    return axes.indices.map { i in
      let ax = axes[i]
      let xe = ax.xShareGroup.flatMap { xGroups[$0] } ?? xs[i]
      let ye = ax.yShareGroup.flatMap { yGroups[$0] } ?? ys[i]
      let xSource = ax.xShareGroup.flatMap { xUser[$0] } ?? ax
      let ySource = ax.yShareGroup.flatMap { yUser[$0] } ?? ax
      return (xSource.viewLimits(forX: true, extent: xe), ySource.viewLimits(forX: false, extent: ye))
    }
  }
}
