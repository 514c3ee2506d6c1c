import Display
import Interpreter

/// `matplotlib.patches.Rectangle` for cells: one bar of a `BarContainerObject`, whose colour can
/// be changed (`set_color`, `set_facecolor`) and whose geometry can be read.
final class RectangleObject: PyObject {
  /// The bars it belongs to.
  let container: BarContainerObject
  /// Which bar.
  let bar: Int

  /// Creates a handle on bar `bar` of `container`.
  init(_ container: BarContainerObject, bar: Int) {
    self.container = container
    self.bar = bar
  }

  /// `matplotlib.patches.Rectangle`.
  static let type = PyType(
    name: "Rectangle", module: "matplotlib.patches", bases: [.object],
    documentation: "One bar of a bar chart or histogram.")

  /// `matplotlib.patches.Rectangle`.
  var pyType: PyType { RectangleObject.type }

  /// `Rectangle(xy=(-0.4, 0), width=0.8, height=3, angle=0)`.
  func repr() -> String {
    let (x, y, w, h) = geometry
    return "Rectangle(xy=(\(PyplotArgs.number(x)), \(PyplotArgs.number(y))), width=\(PyplotArgs.number(w)), height=\(PyplotArgs.number(h)), angle=0)"
  }

  /// Lower-left x, lower-left y, width and height in data units.
  var geometry: (Double, Double, Double, Double) {
    guard let a = container.artist, bar < a.positions.count else { return (0, 0, 0, 0) }
    let width = a.widths.count == 1 ? a.widths[0] : a.widths[bar % max(a.widths.count, 1)]
    let bottom = a.bottoms.count == 1 ? a.bottoms[0] : a.bottoms[bar % max(a.bottoms.count, 1)]
    if a.orientation == .vertical {
      return (a.positions[bar] - width / 2, bottom, width, a.heights[bar])
    }
    return (bottom, a.positions[bar] - width / 2, a.heights[bar], width)
  }

  /// `set_color`, `set_facecolor`, `get_height`, `get_width`, `get_x`, `get_y`.
  func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    let (x, y, w, h) = geometry
    switch name {
    case "set_color", "set_facecolor":
      return .object(
        BuiltinFunction(name, signature: "(color)") { [self] arguments, evaluator in
          let bound = try arguments.bind(name, ["color"])
          container.setColor(try PyplotArgs.color(bound.values["color"] ?? .none, evaluator), bar: bar)
          return .none
        })
    case "get_height": return .object(BuiltinFunction(name, signature: "()") { _, _ in .float(h) })
    case "get_width": return .object(BuiltinFunction(name, signature: "()") { _, _ in .float(w) })
    case "get_x": return .object(BuiltinFunction(name, signature: "()") { _, _ in .float(x) })
    case "get_y": return .object(BuiltinFunction(name, signature: "()") { _, _ in .float(y) })
    default:
      throw PyError.attributeError("'Rectangle' object has no attribute '\(name)'")
    }
  }

  /// Method names, for completion.
  func attributeNames() -> [String] { ["get_height", "get_width", "get_x", "get_y", "set_color", "set_facecolor"] }
}
