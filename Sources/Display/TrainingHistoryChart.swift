/// Builds the usual training-history figure: loss and val_loss on the left, other metrics
/// (accuracy, val_accuracy, ...) on the right, against epochs 1...n.
public enum TrainingHistoryChart {
  /// A figure for Keras-style history series in order (e.g. `loss`, `accuracy`, `val_loss`,
  /// `val_accuracy`). `val_x` is drawn dashed-free in the next colour next to `x`, with legends.
  /// Series named `lr`/`learning_rate` are left out. Without metrics the figure has one axes.
  public static func figure(
    history: [(name: String, values: [Double])], title: String? = nil, logLoss: Bool = false
  ) throws -> Figure {
    let series = history.filter { $0.name != "lr" && $0.name != "learning_rate" }
    func base(_ name: String) -> String { name.hasPrefix("val_") ? String(name.dropFirst(4)) : name }
    let lossNames = series.filter { base($0.name) == "loss" }
    let metricNames = series.filter { base($0.name) != "loss" }
    let fig = try Figure(figsize: metricNames.isEmpty ? (6.4, 4.8) : (12, 4.5))
    fig.suptitle = title
    let grid = try fig.subplots(nrows: 1, ncols: metricNames.isEmpty ? 1 : 2)
    let lossAxes = grid[0][0]
    try draw(lossNames, on: lossAxes, ylabel: "Loss")
    lossAxes.title = "Loss"
    if logLoss { lossAxes.yAxis.scale = .log }
    if let metricAxes = grid[0].dropFirst().first {
      let bases = metricNames.map { base($0.name) }
      var unique: [String] = []
      for b in bases where !unique.contains(b) { unique.append(b) }
      try draw(metricNames, on: metricAxes, ylabel: unique.count == 1 ? pretty(unique[0]) : "Metric")
      metricAxes.title = unique.map(pretty).joined(separator: ", ")
    }
    fig.tightLayout = true
    return fig
  }

  private static func draw(_ series: [(name: String, values: [Double])], on ax: Axes, ylabel: String) throws {
    for s in series {
      try ax.plot(x: (1...max(1, s.values.count)).prefix(s.values.count).map(Double.init), y: s.values, label: s.name)
    }
    ax.xlabel = "Epoch"
    ax.ylabel = ylabel
    ax.showGrid = true
    if !series.isEmpty { ax.legendLocation = .best }
  }

  private static func pretty(_ name: String) -> String {
    name.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
  }
}
