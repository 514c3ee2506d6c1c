import Display
import Interpreter

extension PyplotModule {
  /// Builds `matplotlib.pyplot` over one session's `state`.
  static func makePyplot(_ state: PyplotState, cm: PyModule) -> PyModule {
    let module = PyModule(
      "matplotlib.pyplot",
      doc: "pyplot for Neurona: figure, subplots, plot, scatter, bar, hist, imshow, ... drawn as SVG.")
    module.members["cm"] = .object(cm)
    module.members["rcParams"] = .object(state.rcParams)
    module.members["style"] = .object(makeStyle())
    module.members["Figure"] = .object(FigureObject.type)
    module.members["Axes"] = .object(AxesObject.type)
    for (name, method) in AxesMethods.pyplotTable {
      module.define(
        name, signature: "(" + method.parameters.joined(separator: ", ") + ")", doc: method.doc,
        keywords: AxesMethod.keywords(method.parameters)
      ) { arguments, evaluator in
        try method.call(try state.currentAxes(evaluator), name, arguments, evaluator)
      }
    }
    defineFigures(module, state)
    defineFigureLevel(module, state)
    return module
  }

  /// Defines a function with a Python-style parameter list.
  static func define(
    _ module: PyModule, _ name: String, _ parameters: [String], _ doc: String,
    _ body: @escaping (BoundArguments, Evaluator) throws -> Value
  ) {
    module.define(
      name, signature: "(" + parameters.joined(separator: ", ") + ")", doc: doc,
      keywords: AxesMethod.keywords(parameters)
    ) { arguments, evaluator in
      try body(try arguments.bind(name, parameters), evaluator)
    }
  }

  /// `figsize=(w, h)`.
  static func figsize(_ value: Value?, _ evaluator: Evaluator) throws -> (Double, Double)? {
    guard let value else { return nil }
    let (w, h) = try PyplotArgs.pair(value, evaluator, "figsize")
    guard let w, let h else { throw PyError.valueError("figsize must be two numbers (width, height) in inches") }
    return (w, h)
  }

  /// `figure`, `subplots`, `subplot`, `gcf`, `gca`, `sca`, `close`, `show`.
  static func defineFigures(_ module: PyModule, _ state: PyplotState) {
    define(module, "figure", ["num=", "figsize=", "dpi=", "*", "facecolor=", "edgecolor=", "frameon=", "clear=", "layout=", "tight_layout="], "Opens a new figure (or makes figure num current).") { b, ev in
      if let existing = b["num"]?.as(FigureObject.self) {
        state.makeCurrent(existing)
        return .object(existing)
      }
      let fig = try state.figure(
        number: try b["num"].map { try PyplotArgs.int($0) }, figsize: try figsize(b["figsize"], ev),
        dpi: try PyplotArgs.optionalDouble(b["dpi"]), ev)
      if try PyplotArgs.flag(b["tight_layout"], ev) { fig.figure.tightLayout = true }
      return .object(fig)
    }
    define(module, "subplots", ["nrows=", "ncols=", "*", "sharex=", "sharey=", "squeeze=", "figsize=", "dpi=", "width_ratios=", "height_ratios=", "subplot_kw=", "gridspec_kw=", "layout=", "num="], "A new figure with a grid of axes: (fig, ax) or (fig, axes).") { b, ev in
      let fig = try state.figure(figsize: try figsize(b["figsize"], ev), dpi: try PyplotArgs.optionalDouble(b["dpi"]), ev)
      return .tuple([.object(fig), try fig.subplots(b, ev)])
    }
    define(module, "subplot", ["*args", "sharex=", "sharey=", "projection=", "polar=", "label="], "The axes at a cell of a grid of the current figure: subplot(2, 3, 4) or subplot(234).") { b, ev in
      let fig = try state.currentFigure(ev)
      return .object(try fig.addSubplot(b.extraPositional))
    }
    define(module, "gcf", [], "The current figure.") { _, ev in .object(try state.currentFigure(ev)) }
    define(module, "gca", [], "The current axes.") { _, ev in .object(try state.currentAxes(ev)) }
    define(module, "sca", ["ax"], "Makes an axes (and its figure) current.") { b, _ in
      guard let ax = b.values["ax"]?.as(AxesObject.self), let fig = ax.figure else {
        throw PyError.valueError("sca() needs an Axes of an open figure")
      }
      state.makeCurrent(fig)
      fig.figure.setCurrentAxes(ax.axes)
      return .none
    }
    define(module, "close", ["fig="], "Closes the current figure, a given one, or 'all'.") { b, ev in
      guard let target = b["fig"] else {
        if let current = state.current { state.close(current) }
        return .none
      }
      if let fig = target.as(FigureObject.self) {
        state.close(fig)
      } else if case .str(let name) = target {
        guard name == "all" else { throw PyError.valueError("close() argument must be a Figure, an int, 'all' or None, not '\(name)'") }
        state.closeAll()
      } else {
        let number = try PyplotArgs.int(target)
        if let fig = state.figures.first(where: { $0.number == number }) { state.close(fig) }
      }
      return .none
    }
    define(module, "show", ["*args", "block="], "Shows the open figures now and closes them.") { _, ev in
      state.showAll(ev.sink)
      return .none
    }
    define(module, "get_fignums", [], "The numbers of the open figures.") { _, _ in
      .list(state.figures.map { .int($0.number) })
    }
    define(module, "get_cmap", ["name=", "lut="], "The colormap with a name.") { b, _ in try ColormapObject.lookup(b) }
    for name in ["ion", "ioff"] {
      define(module, name, [], "Accepted: Neurona always shows figures at the end of each cell.") { _, _ in .none }
    }
  }

  /// `savefig`, `suptitle`, `tight_layout`, `clf`, `colorbar`, `subplots_adjust`: pyplot forms
  /// of the current figure's methods.
  static func defineFigureLevel(_ module: PyModule, _ state: PyplotState) {
    for name in ["savefig", "suptitle", "tight_layout", "clf", "colorbar", "subplots_adjust"] {
      guard let method = FigureObject.methods[name] else { continue }
      define(module, name, method.parameters, method.doc) { b, ev in
        let fig = try state.currentFigure(ev)
        if name == "colorbar", b["mappable"] == nil, fig.figure.axes.isEmpty {
          throw PyError(.runtimeError,
            "No mappable was found to use for colorbar creation. First define a mappable such as an image (with imshow) or a contour set (with contourf).")
        }
        return try method.body(fig, b, ev)
      }
    }
  }

  /// `plt.style`: `use()` is accepted (Neurona draws matplotlib's default style).
  static func makeStyle() -> PyModule {
    let module = PyModule("matplotlib.style", doc: "Style sheets: Neurona draws the default style.")
    module.members["available"] = .list(["default", "classic", "ggplot", "seaborn-v0_8", "bmh", "fivethirtyeight"].map(Value.str))
    module.define("use", signature: "(style)", doc: "Accepted; Neurona always draws the default style.") { arguments, _ in
      _ = try arguments.bind("use", ["style"])
      return .none
    }
    return module
  }
}
