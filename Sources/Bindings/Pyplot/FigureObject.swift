import Display
import Foundation
import Interpreter

/// `matplotlib.figure.Figure` for cells: wraps a Display `Figure`, owns one `AxesObject` per
/// axes and offers `savefig`, `suptitle`, `tight_layout`, `add_subplot`, `subplots`, `show`.
final class FigureObject: PyObject {
  /// The drawing engine's figure.
  let figure: Figure
  /// The figure number (`plt.figure(2)`, `fig.number`).
  let number: Int
  /// The pyplot state that tracks the figure while it is open.
  weak var state: PyplotState?
  private var wrappers: [ObjectIdentifier: AxesObject] = [:]

  /// Wraps `figure` as figure `number` of `state`.
  init(_ figure: Figure, number: Int, state: PyplotState?) {
    self.figure = figure
    self.number = number
    self.state = state
  }

  /// `matplotlib.figure.Figure`.
  static let type = PyType(
    name: "Figure", module: "matplotlib.figure", bases: [.object],
    documentation: "A figure: a canvas holding one or more Axes.")

  /// `matplotlib.figure.Figure`.
  var pyType: PyType { FigureObject.type }

  /// `<Figure size 640x480 with 1 Axes>`.
  func repr() -> String { figure.plainText }

  /// The figure as an SVG image (when it has axes) plus its text form. Showing a figure as a
  /// cell result closes it, so the end of the cell does not show it a second time.
  func richDisplay() -> MimeBundle? {
    state?.close(self)
    return bundle()
  }

  /// `image/svg+xml` and `text/plain`, or only the text for a figure without axes (as
  /// Jupyter's inline backend shows `<Figure size 640x480 with 0 Axes>`).
  func bundle() -> MimeBundle {
    if figure.axes.isEmpty { return .plain(figure.plainText) }
    return MimeBundle(figure.mimeBundle())
  }

  /// The cell object for one of the figure's axes (always the same object for the same axes).
  func wrap(_ axes: Axes) -> AxesObject {
    if let known = wrappers[ObjectIdentifier(axes)] { return known }
    let wrapper = AxesObject(axes, figure: self)
    wrappers[ObjectIdentifier(axes)] = wrapper
    return wrapper
  }

  /// The current axes, created when the figure has none.
  func currentAxes() -> AxesObject { wrap(figure.gca()) }

  /// `subplots(nrows, ncols, sharex, sharey, squeeze)`: one Axes, or an array by matplotlib's
  /// squeeze rule.
  func subplots(_ bound: BoundArguments, _ evaluator: Evaluator) throws -> Value {
    let rows = try bound["nrows"].map { try PyplotArgs.int($0) } ?? 1
    let columns = try bound["ncols"].map { try PyplotArgs.int($0) } ?? 1
    let grid = try figure.subplots(
      nrows: rows, ncols: columns, sharex: try FigureObject.sharing(bound["sharex"], evaluator),
      sharey: try FigureObject.sharing(bound["sharey"], evaluator))
    let items = grid.flatMap { $0 }.map { wrap($0) }
    let squeeze = try PyplotArgs.flag(bound["squeeze"], evaluator, default: true)
    if squeeze, rows == 1, columns == 1, let only = items.first { return .object(only) }
    if squeeze, rows == 1 || columns == 1 { return .object(AxesArray(items, shape: [items.count])) }
    return .object(AxesArray(items, shape: [rows, columns]))
  }

  /// `sharex=True/False/'row'/'col'/'all'/'none'`.
  static func sharing(_ value: Value?, _ evaluator: Evaluator) throws -> AxisSharing {
    guard let value else { return .none }
    if case .str(let spec) = value { return try AxisSharing(parsing: spec) }
    return AxisSharing(try evaluator.truthy(value))
  }

  /// `add_subplot(2, 3, 4)`, `add_subplot(234)`, `add_subplot()`: the axes at that grid cell.
  func addSubplot(_ args: [Value]) throws -> AxesObject {
    var spec: [Int]
    switch args.count {
    case 0: spec = [1, 1, 1]
    case 1:
      let code = try PyplotArgs.int(args[0])
      guard code >= 111, code <= 999 else {
        throw PyError.valueError("Integer subplot specification must be a three-digit number, not \(code)")
      }
      spec = [code / 100, (code / 10) % 10, code % 10]
    case 3:
      if args[2].as(PyTuple.self) != nil {
        throw PyError.valueError("Neurona's matplotlib does not support subplots spanning several cells")
      }
      spec = try args.map { try PyplotArgs.int($0) }
    default:
      throw PyError.typeError("subplot() takes 1 or 3 positional arguments but \(args.count) were given")
    }
    return wrap(try figure.addSubplot(nrows: spec[0], ncols: spec[1], index: spec[2]))
  }

  /// `savefig(fname)`: writes the SVG; other formats raise ValueError.
  func save(_ bound: BoundArguments, _ evaluator: Evaluator) throws {
    var path = try PyplotArgs.string(bound.values["fname"] ?? .none, "fname")
    var format = try bound["format"].map { try PyplotArgs.string($0, "format").lowercased() }
    let ext = (path as NSString).pathExtension.lowercased()
    if format == nil { format = ext.isEmpty ? "svg" : ext }
    if ext.isEmpty { path += ".svg" }
    switch format {
    case "svg": break
    case "png", "jpg", "jpeg":
      throw PyError.valueError(
        "Neurona's matplotlib cannot write \(format?.uppercased() ?? "PNG") files (no raster output); save as SVG instead, e.g. savefig('\(((path as NSString).deletingPathExtension as String)).svg')")
    default:
      throw PyError.valueError("Format '\(format ?? "")' is not supported (supported formats: svg)")
    }
    let saved = (figure.width, figure.height, figure.dpi)
    if let dpi = try PyplotArgs.optionalDouble(bound["dpi"]), dpi > 0 {
      guard dpi.isFinite, figure.width * dpi <= 20000, figure.height * dpi <= 20000 else {
        throw PyError.valueError("dpi=\(PyFormat.reprFloat(dpi)) makes the figure larger than 20000 pixels per side")
      }
      figure.dpi = dpi
    }
    defer { (figure.width, figure.height, figure.dpi) = saved }
    do {
      try figure.svg().write(toFile: path, atomically: true, encoding: .utf8)
    } catch {
      throw PyError(.fileNotFoundError, "[Errno 2] No such file or directory: '\(path)'")
    }
  }

  /// `fig.axes`, `fig.number`, `fig.dpi` and the figure methods.
  func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    switch name {
    case "axes": return .list(figure.axes.map { .object(wrap($0)) })
    case "number": return .int(number)
    case "dpi": return .float(figure.dpi)
    default: break
    }
    guard let method = FigureObject.methods[name] else {
      let hint = Suggestions.didYouMean(name, in: Array(FigureObject.methods.keys) + ["axes", "number", "dpi"])
      throw PyError.attributeError("'Figure' object has no attribute '\(name)'\(hint)")
    }
    return .object(
      BuiltinFunction(name, signature: "(" + method.parameters.joined(separator: ", ") + ")", doc: method.doc) {
        [self] arguments, evaluator in
        try method.body(self, try arguments.bind(name, method.parameters), evaluator)
      })
  }

  /// Attribute names, for completion.
  func attributeNames() -> [String] { (Array(FigureObject.methods.keys) + ["axes", "dpi", "number"]).sorted() }
}
