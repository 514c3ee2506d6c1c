import Display
import Interpreter

/// `matplotlib.colors.Colormap` for cells (`plt.cm.binary`, `plt.get_cmap('viridis')`),
/// accepted wherever `cmap=` is.
final class ColormapObject: PyObject {
  /// The colormap.
  let colormap: Colormap

  /// Wraps a colormap.
  init(_ colormap: Colormap) { self.colormap = colormap }

  /// `matplotlib.colors.Colormap`.
  static let type = PyType(
    name: "Colormap", module: "matplotlib.colors", bases: [.object],
    documentation: "A mapping from numbers in 0...1 to colours.")

  /// `matplotlib.colors.Colormap`.
  var pyType: PyType { ColormapObject.type }

  /// `<matplotlib.colors.LinearSegmentedColormap object at ...>` is matplotlib's; Neurona
  /// prints the name.
  func repr() -> String { "<matplotlib.colors.Colormap '\(colormap.name)'>" }

  /// `cmap.name`.
  func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    switch name {
    case "name": return .str(colormap.name)
    default: throw PyError.attributeError("'Colormap' object has no attribute '\(name)'")
    }
  }

  /// `cmap(0.5)`: the colour at a fraction as an `(r, g, b, a)` tuple.
  func call(_ arguments: Arguments, _ evaluator: Evaluator) throws -> Value? {
    let bound = try arguments.bind("Colormap", ["X", "alpha="])
    let t = try PyplotArgs.double(bound.values["X"] ?? .none)
    let c = colormap.color(at: t)
    return .tuple([.float(c.red), .float(c.green), .float(c.blue), .float(try PyplotArgs.optionalDouble(bound["alpha"]) ?? c.alpha)])
  }

  /// Every colormap name (with the `_r` reversed forms).
  static var allNames: [String] { Colormap.availableNames.flatMap { [$0, $0 + "_r"] } }

  /// The `matplotlib.cm` module: one member per colormap, plus `get_cmap`.
  static func makeModule() -> PyModule {
    let module = PyModule("matplotlib.cm", doc: "Built-in colormaps (plt.cm.viridis, plt.cm.binary, ...).")
    for name in allNames {
      if let map = try? Colormap(named: name) { module.members[name] = .object(ColormapObject(map)) }
    }
    module.define("get_cmap", signature: "(name=None, lut=None)", doc: "The colormap with a name.") { arguments, _ in
      try lookup(arguments.bind("get_cmap", ["name=", "lut="]))
    }
    return module
  }

  /// `get_cmap(name)`: a colormap object (viridis by default).
  static func lookup(_ bound: BoundArguments) throws -> Value {
    guard let name = bound["name"] else { return .object(ColormapObject(try Colormap(named: "viridis"))) }
    if name.as(ColormapObject.self) != nil { return name }
    return .object(ColormapObject(try Colormap(named: try PyplotArgs.string(name, "name"))))
  }
}
