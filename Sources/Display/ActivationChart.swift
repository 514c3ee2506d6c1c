/// Builds charts that compare activation functions sampled at the same inputs.
public enum ActivationChart {
  /// All curves in one axes with a legend and zero lines (`columns == nil`), or one small axes
  /// per activation in a grid of `columns` columns, titled with the names.
  public static func figure(
    x: [Double], curves: [(name: String, y: [Double])], columns: Int? = nil, title: String? = nil
  ) throws -> Figure {
    for c in curves where c.y.count != x.count {
      throw DisplayError.lengthMismatch(what: "x and \(c.name)", expected: x.count, actual: c.y.count)
    }
    guard let columns else {
      let fig = try Figure()
      let ax = fig.gca()
      ax.axhline(y: 0, color: Color(red: 0.5, green: 0.5, blue: 0.5), lineWidth: 0.8)
      ax.axvline(x: 0, color: Color(red: 0.5, green: 0.5, blue: 0.5), lineWidth: 0.8)
      ax.nextColorIndex = 0
      for c in curves { try ax.plot(x: x, y: c.y, label: c.name) }
      ax.title = title
      ax.xlabel = "x"
      ax.ylabel = "f(x)"
      ax.showGrid = true
      ax.legendLocation = .best
      return fig
    }
    guard columns >= 1 else {
      throw DisplayError.invalidArgument(name: "columns", reason: "must be at least 1")
    }
    let cols = min(columns, max(1, curves.count))
    let rows = max(1, (curves.count + cols - 1) / cols)
    let fig = try Figure(figsize: (3.2 * Double(cols), 2.6 * Double(rows)))
    fig.suptitle = title
    let grid = try fig.subplots(nrows: rows, ncols: cols)
    for (i, c) in curves.enumerated() {
      let ax = grid[i / cols][i % cols]
      ax.axhline(y: 0, color: Color(red: 0.5, green: 0.5, blue: 0.5), lineWidth: 0.8)
      try ax.plot(x: x, y: c.y, color: Color.cycle(i))
      ax.title = c.name
      ax.showGrid = true
    }
    for i in curves.count..<(rows * cols) { grid[i / cols][i % cols].axisVisible = false }
    fig.tightLayout = true
    return fig
  }
}
