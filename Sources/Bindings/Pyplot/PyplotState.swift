import Display
import Interpreter

/// One session's pyplot state, like matplotlib's `Gcf` with the inline backend: the open
/// figures in creation order, the current one, and `rcParams`.
final class PyplotState {
  /// Open figures, oldest first.
  private(set) var figures: [FigureObject] = []
  /// The figure `gcf()` returns, if any is open.
  private(set) var current: FigureObject?
  /// `plt.rcParams` (`figure.figsize` and `figure.dpi` are used for new figures).
  let rcParams = PyDict([
    ("figure.figsize", .list([.float(6.4), .float(4.8)])), ("figure.dpi", .float(100)),
    ("font.size", .float(10)), ("axes.grid", .bool(false)), ("lines.linewidth", .float(1.5)),
  ])

  /// Creates an empty state.
  init() {}

  /// Opens a figure (`plt.figure(num, figsize, dpi)`); an existing number is made current.
  func figure(number: Int? = nil, figsize: (Double, Double)? = nil, dpi: Double? = nil, _ evaluator: Evaluator) throws -> FigureObject {
    if let number, let open = figures.first(where: { $0.number == number }) {
      current = open
      return open
    }
    let size = try figsize ?? defaultSize(evaluator)
    let resolution = try dpi ?? rcParams.get("figure.dpi").map { try PyplotArgs.double($0) } ?? 100
    try FigureObject.checkSize(size.0, size.1, resolution)
    let next = number ?? ((figures.map(\.number).max() ?? 0) + 1)
    let created = FigureObject(try Figure(figsize: size, dpi: resolution), number: next, state: self)
    figures.append(created)
    current = created
    return created
  }

  /// `rcParams['figure.figsize']`.
  private func defaultSize(_ evaluator: Evaluator) throws -> (Double, Double) {
    guard let value = rcParams.get("figure.figsize") else { return (6.4, 4.8) }
    let (w, h) = try PyplotArgs.pair(value, evaluator, "figure.figsize")
    return (w ?? 6.4, h ?? 4.8)
  }

  /// The current figure, opening one when none is (`plt.gcf()`).
  func currentFigure(_ evaluator: Evaluator) throws -> FigureObject {
    if let current { return current }
    return try figure(evaluator)
  }

  /// The current axes of the current figure (`plt.gca()`).
  func currentAxes(_ evaluator: Evaluator) throws -> AxesObject {
    try currentFigure(evaluator).currentAxes()
  }

  /// Makes `figure` current (`plt.figure(fig)`, `plt.sca(ax)`), reopening it if it was closed.
  func makeCurrent(_ figure: FigureObject) {
    if !figures.contains(where: { $0 === figure }) { figures.append(figure) }
    current = figure
  }

  /// Closes one figure: it is no longer shown at the end of the cell.
  func close(_ figure: FigureObject) {
    figures.removeAll { $0 === figure }
    if current === figure { current = figures.last }
  }

  /// Closes every figure (`plt.close('all')`).
  func closeAll() {
    figures = []
    current = nil
  }

  /// Shows every open figure once, oldest first, then closes them (`plt.show()` and the end
  /// of each cell, like Jupyter's inline backend).
  func showAll(_ sink: OutputSink) {
    let shown = figures
    closeAll()
    for figure in shown { sink.display(figure.bundle(), displayID: nil, update: false) }
  }
}
