import Display
import Interpreter

/// Limits, scales, ticks, aspect and `axis()`.
extension AxesMethods {
  /// Methods for the axes' coordinate system.
  static let limits: [String: AxesMethod] = [
    "set_xlim": AxesMethod(["left=", "right=", "*", "emit=", "auto=", "xmin=", "xmax="], "Sets the x limits.") { ax, b, ev in
      try setLimits(ax, forX: true, b["left"] ?? b["xmin"], b["right"] ?? b["xmax"], ev)
    },
    "set_ylim": AxesMethod(["bottom=", "top=", "*", "emit=", "auto=", "ymin=", "ymax="], "Sets the y limits.") { ax, b, ev in
      try setLimits(ax, forX: false, b["bottom"] ?? b["ymin"], b["top"] ?? b["ymax"], ev)
    },
    "get_xlim": AxesMethod([], "The x limits.") { ax, _, _ in limitsValue(ax.axes.xLimits()) },
    "get_ylim": AxesMethod([], "The y limits.") { ax, _, _ in limitsValue(ax.axes.yLimits()) },
    "set_xscale": AxesMethod(["value", "**kwargs"], "Sets the x scale ('linear' or 'log').") { ax, b, _ in
      try ax.axes.setXScale(try PyplotArgs.string(b.values["value"] ?? .none, "value"))
      return .none
    },
    "set_yscale": AxesMethod(["value", "**kwargs"], "Sets the y scale ('linear' or 'log').") { ax, b, _ in
      try ax.axes.setYScale(try PyplotArgs.string(b.values["value"] ?? .none, "value"))
      return .none
    },
    "get_xscale": AxesMethod([], "The x scale.") { ax, _, _ in .str(ax.axes.xAxis.scale.rawValue) },
    "get_yscale": AxesMethod([], "The y scale.") { ax, _, _ in .str(ax.axes.yAxis.scale.rawValue) },
    "set_xticks": AxesMethod(["ticks", "labels=", "*", "minor=", "rotation=", "fontsize="], "Fixes the x ticks.") { ax, b, ev in
      try setTicks(ax, forX: true, b["ticks"], b["labels"], b["rotation"], ev)
    },
    "set_yticks": AxesMethod(["ticks", "labels=", "*", "minor=", "rotation=", "fontsize="], "Fixes the y ticks.") { ax, b, ev in
      try setTicks(ax, forX: false, b["ticks"], b["labels"], b["rotation"], ev)
    },
    "set_xticklabels": AxesMethod(["labels", "*", "minor=", "rotation=", "fontsize=", "ha=", "fontdict="], "Sets the x tick labels.") { ax, b, ev in
      try setTickLabels(ax, forX: true, b.values["labels"] ?? .none, b["rotation"], ev)
    },
    "set_yticklabels": AxesMethod(["labels", "*", "minor=", "rotation=", "fontsize=", "va=", "fontdict="], "Sets the y tick labels.") { ax, b, ev in
      try setTickLabels(ax, forX: false, b.values["labels"] ?? .none, b["rotation"], ev)
    },
    "get_xticks": AxesMethod(["*", "minor="], "The fixed x ticks.") { ax, _, _ in PyplotArgs.array(ax.axes.xAxis.ticks ?? []) },
    "get_yticks": AxesMethod(["*", "minor="], "The fixed y ticks.") { ax, _, _ in PyplotArgs.array(ax.axes.yAxis.ticks ?? []) },
    "tick_params": AxesMethod(["axis=", "**kwargs"], "Sets tick label rotation (other tick styling is not drawn).") { ax, b, ev in
      let which = try b["axis"].map { try PyplotArgs.string($0, "axis") } ?? "both"
      for (name, value) in b.extraKeywords where name == "rotation" || name == "labelrotation" {
        let degrees = try PyplotArgs.double(value)
        if which != "y" { ax.axes.xAxis.tickRotation = degrees }
        if which != "x" { ax.axes.yAxis.tickRotation = degrees }
      }
      return .none
    },
    "axis": AxesMethod(["arg=", "*", "emit=", "xmin=", "xmax=", "ymin=", "ymax="], "Gets or sets limits, or 'off', 'equal', ...") { ax, b, ev in
      try axis(ax, b, ev)
    },
    "invert_xaxis": AxesMethod([], "Flips the x axis.") { ax, _, _ in
      ax.axes.invertXAxis()
      return .none
    },
    "invert_yaxis": AxesMethod([], "Flips the y axis.") { ax, _, _ in
      ax.axes.invertYAxis()
      return .none
    },
    "set_aspect": AxesMethod(["aspect", "adjustable=", "anchor=", "share="], "'equal' or 1 for equal units, 'auto' otherwise.") { ax, b, _ in
      let aspect = b.values["aspect"] ?? .none
      if case .str(let name) = aspect {
        guard name == "equal" || name == "auto" else {
          throw PyError.valueError("aspect must be finite and positive, 'equal' or 'auto'")
        }
        ax.axes.aspectEqual = name == "equal"
      } else {
        ax.axes.aspectEqual = try PyplotArgs.double(aspect) == 1
      }
      return .none
    },
    "set": AxesMethod(["**kwargs"], "Sets several properties: ax.set(title=..., xlabel=..., xlim=...).") { ax, b, ev in
      for (name, value) in b.extraKeywords {
        let method = "set_" + name
        guard let target = axesTable[method] else {
          throw PyError.attributeError("Axes.set() got an unexpected keyword argument '\(name)'")
        }
        _ = try target.call(ax, method, Arguments([value]), ev)
      }
      return .none
    },
  ]

  /// pyplot's get-or-set functions: `xlim`, `ylim`, `xticks`, `yticks`.
  static let pyplotLimits: [String: AxesMethod] = [
    "xlim": AxesMethod(["*args", "left=", "right=", "xmin=", "xmax="], "Gets or sets the x limits of the current axes.") { ax, b, ev in
      try getOrSetLimits(ax, forX: true, b, ev, names: ("left", "right", "xmin", "xmax"))
    },
    "ylim": AxesMethod(["*args", "bottom=", "top=", "ymin=", "ymax="], "Gets or sets the y limits of the current axes.") { ax, b, ev in
      try getOrSetLimits(ax, forX: false, b, ev, names: ("bottom", "top", "ymin", "ymax"))
    },
    "xticks": AxesMethod(["ticks=", "labels=", "*", "minor=", "rotation=", "fontsize=", "ha="], "Gets or sets the x ticks of the current axes.") { ax, b, ev in
      try pyplotTicks(ax, forX: true, b, ev)
    },
    "yticks": AxesMethod(["ticks=", "labels=", "*", "minor=", "rotation=", "fontsize=", "va="], "Gets or sets the y ticks of the current axes.") { ax, b, ev in
      try pyplotTicks(ax, forX: false, b, ev)
    },
  ]

  /// A `(low, high)` tuple of floats.
  static func limitsValue(_ limits: (Double, Double)) -> Value { .tuple([.float(limits.0), .float(limits.1)]) }

  /// `set_xlim(left, right)` / `set_xlim((left, right))`; returns the new limits.
  static func setLimits(_ ax: AxesObject, forX: Bool, _ low: Value?, _ high: Value?, _ ev: Evaluator) throws -> Value {
    var lo = try PyplotArgs.optionalDouble(low.flatMap { $0.as(PyTuple.self) == nil && $0.as(PyList.self) == nil ? $0 : nil })
    var hi = try PyplotArgs.optionalDouble(high)
    if let low, low.as(PyTuple.self) != nil || low.as(PyList.self) != nil {
      (lo, hi) = try PyplotArgs.pair(low, ev, forX ? "xlim" : "ylim")
    }
    let settings = forX ? ax.axes.xAxis : ax.axes.yAxis
    lo = lo ?? settings.lower
    hi = hi ?? settings.upper
    if forX { try ax.axes.setXLimits(lower: lo, upper: hi) } else { try ax.axes.setYLimits(lower: lo, upper: hi) }
    return limitsValue(forX ? ax.axes.xLimits() : ax.axes.yLimits())
  }

  /// pyplot's `xlim()`, `xlim(lo, hi)`, `xlim((lo, hi))`, `xlim(left=...)`.
  static func getOrSetLimits(
    _ ax: AxesObject, forX: Bool, _ b: BoundArguments, _ ev: Evaluator, names: (String, String, String, String)
  ) throws -> Value {
    let args = b.extraPositional
    guard args.count <= 2 else { throw PyError.typeError("\(forX ? "xlim" : "ylim")() takes at most 2 positional arguments") }
    let low = args.first ?? b[names.0] ?? b[names.2]
    let high = args.count > 1 ? args[1] : (b[names.1] ?? b[names.3])
    if low == nil, high == nil, args.isEmpty {
      return limitsValue(forX ? ax.axes.xLimits() : ax.axes.yLimits())
    }
    return try setLimits(ax, forX: forX, low, high, ev)
  }

  /// `set_xticks(ticks, labels, rotation=)`.
  static func setTicks(_ ax: AxesObject, forX: Bool, _ ticks: Value?, _ labels: Value?, _ rotation: Value?, _ ev: Evaluator) throws -> Value {
    let positions = try ticks.map { try PyplotArgs.doubles($0, ev) } ?? []
    let names = try labels.map { try ev.collect($0).map { try PyplotArgs.text($0, ev) } }
    let degrees = try PyplotArgs.optionalDouble(rotation)
    if forX {
      try ax.axes.setXTicks(positions, labels: names, rotation: degrees)
    } else {
      try ax.axes.setYTicks(positions, labels: names, rotation: degrees)
    }
    return .list(positions.map { _ in .object(PlotHandle(forX ? "XTick" : "YTick", module: "matplotlib.axis")) })
  }

  /// `set_xticklabels(labels, rotation=)`: labels for the fixed ticks (or 0, 1, 2, ...).
  static func setTickLabels(_ ax: AxesObject, forX: Bool, _ labels: Value, _ rotation: Value?, _ ev: Evaluator) throws -> Value {
    let names = try ev.collect(labels).map { try PyplotArgs.text($0, ev) }
    let fixed = (forX ? ax.axes.xAxis.ticks : ax.axes.yAxis.ticks) ?? names.indices.map(Double.init)
    let positions = fixed.count == names.count ? fixed : names.indices.map(Double.init)
    _ = try setTicks(ax, forX: forX, PyplotArgs.array(positions), labels, rotation, ev)
    return .list(names.map { name in .object(PlotHandle("Text", module: "matplotlib.text", repr: "Text(0, 0, \(Evaluator.reprOf(.str(name))))")) })
  }

  /// pyplot's `xticks()`, `xticks(ticks)`, `xticks(ticks, labels, rotation=)`.
  static func pyplotTicks(_ ax: AxesObject, forX: Bool, _ b: BoundArguments, _ ev: Evaluator) throws -> Value {
    if b.values["ticks"] == nil, b["labels"] == nil {
      if let degrees = try PyplotArgs.optionalDouble(b["rotation"]) {
        if forX { ax.axes.xAxis.tickRotation = degrees } else { ax.axes.yAxis.tickRotation = degrees }
      }
      let settings = forX ? ax.axes.xAxis : ax.axes.yAxis
      let labels = settings.tickLabels ?? (settings.ticks ?? []).map { Evaluator.reprOf(.float($0)) }
      return .tuple([PyplotArgs.array(settings.ticks ?? []), .list(labels.map { .str($0) })])
    }
    let ticks = try setTicks(ax, forX: forX, b["ticks"], b["labels"], b["rotation"], ev)
    let settings = forX ? ax.axes.xAxis : ax.axes.yAxis
    let labels = (settings.tickLabels ?? []).map { name -> Value in
      .object(PlotHandle("Text", module: "matplotlib.text", repr: "Text(0, 0, \(Evaluator.reprOf(.str(name))))"))
    }
    return .tuple([ticks, .list(labels)])
  }

  /// `axis()`, `axis('off')`, `axis([xmin, xmax, ymin, ymax])`: returns the limits.
  static func axis(_ ax: AxesObject, _ b: BoundArguments, _ ev: Evaluator) throws -> Value {
    if let arg = b["arg"] {
      if case .str(let mode) = arg {
        try ax.axes.axis(mode)
      } else if case .bool(let on) = arg {
        ax.axes.axisVisible = on
      } else {
        let v = try PyplotArgs.doubles(arg, ev)
        guard v.count == 4 else {
          throw PyError.typeError("The first argument to axis() must be an iterable of the form [xmin, xmax, ymin, ymax]")
        }
        try ax.axes.setXLimits(lower: v[0], upper: v[1])
        try ax.axes.setYLimits(lower: v[2], upper: v[3])
      }
    }
    if b["xmin"] != nil || b["xmax"] != nil { _ = try setLimits(ax, forX: true, b["xmin"], b["xmax"], ev) }
    if b["ymin"] != nil || b["ymax"] != nil { _ = try setLimits(ax, forX: false, b["ymin"], b["ymax"], ev) }
    let (x0, x1) = ax.axes.xLimits(), (y0, y1) = ax.axes.yLimits()
    return .tuple([.float(x0), .float(x1), .float(y0), .float(y1)])
  }
}
