import Display
import Interpreter

/// The `matplotlib` and `matplotlib.pyplot` modules for cells, drawing SVG through Display with
/// Jupyter's inline-backend behaviour: figures made by a cell are shown when it ends.
public enum PyplotModule {
  /// The version cells see as `matplotlib.__version__`.
  static let version = "3.10.0"

  /// Registers `matplotlib`, `matplotlib.pyplot`, `matplotlib.cm`, `matplotlib.colors`-style
  /// helpers and the completion options for `cmap=`, `color=`, `loc=`, `marker=`, `linestyle=`.
  public static func install(into session: Session) {
    let state = PyplotState()
    var cached: (top: PyModule, pyplot: PyModule, cm: PyModule)?
    let build = { () -> (top: PyModule, pyplot: PyModule, cm: PyModule) in
      if let cached { return cached }
      let cm = ColormapObject.makeModule()
      let pyplot = makePyplot(state, cm: cm)
      let top = makeTop(pyplot: pyplot, cm: cm)
      cached = (top, pyplot, cm)
      return (top, pyplot, cm)
    }
    session.registerModule("matplotlib") { build().top }
    session.registerModule("matplotlib.pyplot") { build().pyplot }
    session.registerModule("matplotlib.cm") { build().cm }
    let evaluator = session.evaluator
    evaluator.afterCell.append { [weak evaluator] in
      guard let evaluator, !state.figures.isEmpty else { return }
      state.showAll(evaluator.sink)
    }
    evaluator.stringOptions["cmap"] = ColormapObject.allNames
    evaluator.stringOptions["color"] = colorNames
    evaluator.stringOptions["c"] = colorNames
    evaluator.stringOptions["loc"] = LegendLocation.allCases.map(\.rawValue)
    evaluator.stringOptions["marker"] = Marker.allCases.map(\.rawValue)
    evaluator.stringOptions["linestyle"] = ["-", "--", ":", "-.", "solid", "dashed", "dotted", "dashdot", "None"]
    evaluator.stringOptions["ls"] = ["-", "--", ":", "-."]
  }

  /// Colour names offered by completion (those the engine accepts).
  static let colorNames: [String] = [
    "blue", "orange", "green", "red", "purple", "brown", "pink", "gray", "olive", "cyan", "black", "white",
    "magenta", "yellow", "navy", "teal", "gold", "lime", "maroon", "salmon", "skyblue", "steelblue",
    "darkgreen", "darkred", "darkblue", "lightblue", "lightgreen", "lightgray", "crimson", "coral", "tomato",
    "indigo", "violet", "turquoise", "tab:blue", "tab:orange", "tab:green", "tab:red", "tab:purple", "tab:brown",
    "tab:pink", "tab:gray", "tab:olive", "tab:cyan", "b", "g", "r", "c", "m", "y", "k", "w",
    "C0", "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9",
  ].filter { (try? Color(parsing: $0)) != nil }

  /// The top-level `matplotlib` module.
  static func makeTop(pyplot: PyModule, cm: PyModule) -> PyModule {
    let module = PyModule(
      "matplotlib", doc: "Neurona's matplotlib: pyplot figures drawn as SVG, shown inline at the end of each cell.")
    module.members["__version__"] = .str(version)
    module.members["pyplot"] = .object(pyplot)
    module.members["cm"] = .object(cm)
    module.members["rcParams"] = pyplot.members["rcParams"] ?? Value.none
    module.define("use", signature: "(backend, *, force=True)", doc: "Accepted: Neurona always draws inline SVG.") { arguments, _ in
      _ = try arguments.bind("use", ["backend", "*", "force="])
      return .none
    }
    module.define("get_backend", signature: "()", doc: "The backend name.") { _, _ in
      .str("module://matplotlib_inline.backend_inline")
    }
    return module
  }
}
