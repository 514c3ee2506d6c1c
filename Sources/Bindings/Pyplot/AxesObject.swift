import Display
import Interpreter

/// `matplotlib.axes.Axes` for cells: wraps a Display `Axes`, keeps matplotlib's colour cycle
/// and exposes the methods of `AxesMethods` (`ax.plot`, `ax.set_title`, ...).
final class AxesObject: PyObject {
  /// The drawing engine's axes.
  let axes: Axes
  /// The figure the axes belongs to.
  weak var figure: FigureObject?
  /// The next colour of the default property cycle.
  private var cycleIndex = 0

  /// Wraps `axes` of `figure`.
  init(_ axes: Axes, figure: FigureObject?) {
    self.axes = axes
    self.figure = figure
  }

  /// `matplotlib.axes.Axes`.
  static let type = PyType(
    name: "Axes", module: "matplotlib.axes", bases: [.object],
    documentation: "One plotting area of a figure: data, titles, labels, ticks and legend.")

  /// `matplotlib.axes.Axes`.
  var pyType: PyType { AxesObject.type }

  /// `<Axes: title={'center': 'Loss'}, xlabel='epoch', ylabel='loss'>`, like matplotlib 3.8+.
  func repr() -> String {
    var parts: [String] = []
    if let title = axes.title, !title.isEmpty { parts.append("title={'center': \(Evaluator.reprOf(.str(title)))}") }
    if let x = axes.xlabel, !x.isEmpty { parts.append("xlabel=\(Evaluator.reprOf(.str(x)))") }
    if let y = axes.ylabel, !y.isEmpty { parts.append("ylabel=\(Evaluator.reprOf(.str(y)))") }
    return "<Axes: \(parts.joined(separator: ", "))>"
  }

  /// Takes the next colour of the default cycle (`C0`, `C1`, ...).
  func nextColor() -> Color {
    defer { cycleIndex += 1 }
    return Color.cycle(cycleIndex)
  }

  /// Restarts the colour cycle (`cla()`).
  func resetCycle() { cycleIndex = 0 }

  /// Changes drawn artists in place (`line.set_label`, `bars[i].set_color`, `legend([...])`),
  /// keeping titles, labels, limits and settings.
  func updateArtists(_ update: (inout [Artist]) throws -> Void) rethrows {
    var artists = axes.artists
    try update(&artists)
    let title = axes.title, xAxis = axes.xAxis, yAxis = axes.yAxis, grid = axes.showGrid
    let legend = axes.legendLocation, visible = axes.axisVisible, aspect = axes.aspectEqual
    axes.clear()
    axes.title = title
    axes.xAxis = xAxis
    axes.yAxis = yAxis
    axes.showGrid = grid
    axes.legendLocation = legend
    axes.axisVisible = visible
    axes.aspectEqual = aspect
    for artist in artists { axes.add(artist) }
  }

  /// `ax.transAxes`, `ax.figure` and the plotting methods.
  func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    switch name {
    case "transAxes": return .object(TransformObject.axes)
    case "transData": return .object(TransformObject.data)
    case "figure": return figure.map { .object($0) } ?? Value.none
    default: break
    }
    guard let method = AxesMethods.axesTable[name] else {
      let hint = Suggestions.didYouMean(name, in: Array(AxesMethods.axesTable.keys))
      throw PyError.attributeError("'Axes' object has no attribute '\(name)'\(hint)")
    }
    return .object(method.bound(to: self, name: name))
  }

  /// Method names, for completion.
  func attributeNames() -> [String] {
    (Array(AxesMethods.axesTable.keys) + ["figure", "transAxes", "transData"]).sorted()
  }
}
