import Display
import Interpreter

extension FigureObject {
  /// One figure method: parameters, a description and a body.
  struct Method {
    /// Parameters as `Arguments.bind` reads them.
    let parameters: [String]
    /// A one-line description.
    let doc: String
    /// What the method does.
    let body: (FigureObject, BoundArguments, Evaluator) throws -> Value
  }

  /// The methods of `Figure` objects, by matplotlib name.
  static let methods: [String: Method] = [
    "savefig": Method(
      parameters: ["fname", "*", "dpi=", "format=", "bbox_inches=", "pad_inches=", "transparent=", "facecolor=", "edgecolor=", "metadata="],
      doc: "Writes the figure to an .svg file."
    ) { fig, b, ev in
      try fig.save(b, ev)
      return .none
    },
    "suptitle": Method(parameters: ["t", "*", "fontsize=", "size=", "fontweight=", "weight=", "x=", "y=", "color="], doc: "A title above all axes.") { fig, b, ev in
      let text = try PyplotArgs.text(b.values["t"] ?? .none, ev)
      fig.figure.suptitle = text
      if let size = try AxesMethods.fontSize(try PyplotArgs.alias(b, "fontsize", "size")) { fig.figure.suptitleFontSize = size }
      return .object(PlotHandle("Text", module: "matplotlib.text", repr: "Text(0.5, 0.98, \(Evaluator.reprOf(.str(text))))"))
    },
    "tight_layout": Method(parameters: ["*", "pad=", "h_pad=", "w_pad=", "rect="], doc: "Fits the margins to the labels.") { fig, _, _ in
      fig.figure.tightLayout = true
      return .none
    },
    "add_subplot": Method(parameters: ["*args", "sharex=", "sharey=", "projection=", "polar="], doc: "Adds (or returns) the axes at a grid cell.") { fig, b, _ in
      .object(try fig.addSubplot(b.extraPositional))
    },
    "subplots": Method(
      parameters: ["nrows=", "ncols=", "*", "sharex=", "sharey=", "squeeze=", "width_ratios=", "height_ratios=", "subplot_kw=", "gridspec_kw="],
      doc: "Replaces the axes with a grid and returns it."
    ) { fig, b, ev in try fig.subplots(b, ev) },
    "gca": Method(parameters: [], doc: "The current axes.") { fig, _, _ in .object(fig.currentAxes()) },
    "clf": Method(parameters: ["keep_observers="], doc: "Removes all axes.") { fig, _, _ in
      fig.figure.clear()
      return .none
    },
    "show": Method(parameters: ["warn="], doc: "Shows the figure now.") { fig, _, ev in
      ev.sink.display(fig.bundle(), displayID: nil, update: false)
      fig.state?.close(fig)
      return .none
    },
    "set_size_inches": Method(parameters: ["w", "h=", "forward="], doc: "Sets the size in inches.") { fig, b, ev in
      let w = b.values["w"] ?? .none
      let size = try b["h"].map { (try PyplotArgs.double(w), try PyplotArgs.double($0)) }
        ?? { let p = try PyplotArgs.pair(w, ev, "size"); return (p.0 ?? fig.figure.width, p.1 ?? fig.figure.height) }()
      try FigureObject.checkSize(size.0, size.1, fig.figure.dpi)
      (fig.figure.width, fig.figure.height) = size
      return .none
    },
    "get_size_inches": Method(parameters: [], doc: "The size in inches.") { fig, _, _ in
      PyplotArgs.array([fig.figure.width, fig.figure.height])
    },
    "colorbar": Method(parameters: ["mappable=", "cax=", "ax=", "**kwargs"], doc: "Accepted; Neurona does not draw colorbars.") { _, _, _ in
      .object(PlotHandle("Colorbar", module: "matplotlib.colorbar"))
    },
    "subplots_adjust": Method(
      parameters: ["left=", "bottom=", "right=", "top=", "wspace=", "hspace="],
      doc: "Accepted; Neurona lays subplots out automatically (spacing widens to fit labels)."
    ) { _, _, _ in .none },
  ]

  /// Checks a figure size like `Figure.init` does.
  static func checkSize(_ w: Double, _ h: Double, _ dpi: Double) throws {
    guard w > 0, h > 0, w.isFinite, h.isFinite, w * dpi <= 20000, h * dpi <= 20000 else {
      throw PyError.valueError("figure size must be positive finite and at most 20000 pixels per side, not (\(w), \(h))")
    }
  }
}
