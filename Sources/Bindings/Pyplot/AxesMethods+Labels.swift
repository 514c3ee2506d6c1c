import Display
import Interpreter

/// Titles, axis labels, legend, grid, reference lines, text and clearing.
extension AxesMethods {
  /// Keyword arguments of text properties that are accepted and not drawn differently.
  static let textStyle = [
    "fontdict=", "*", "loc=", "pad=", "labelpad=", "fontsize=", "size=", "fontweight=", "weight=", "color=",
    "c=", "fontfamily=", "family=", "fontstyle=", "style=", "rotation=", "x=", "y=", "ha=", "va=",
    "horizontalalignment=", "verticalalignment=", "wrap=", "alpha=", "bbox=", "zorder=",
  ]

  /// Methods for labels and annotations.
  static let labels: [String: AxesMethod] = [
    "set_title": AxesMethod(["label"] + textStyle, "Sets the title above the axes.") { ax, b, ev in
      let text = try PyplotArgs.text(b.values["label"] ?? .none, ev)
      ax.axes.title = text
      if let size = try fontSize(try PyplotArgs.alias(b, "fontsize", "size")) { ax.axes.titleFontSize = size }
      return textHandle(x: 0.5, y: 1.0, text)
    },
    "set_xlabel": AxesMethod(["xlabel"] + textStyle, "Sets the label below the x axis.") { ax, b, ev in
      let text = try PyplotArgs.text(b.values["xlabel"] ?? .none, ev)
      ax.axes.xlabel = text
      return .object(PlotHandle("Text", module: "matplotlib.text", repr: "Text(0.5, 0, \(Evaluator.reprOf(.str(text))))"))
    },
    "set_ylabel": AxesMethod(["ylabel"] + textStyle, "Sets the label beside the y axis.") { ax, b, ev in
      let text = try PyplotArgs.text(b.values["ylabel"] ?? .none, ev)
      ax.axes.ylabel = text
      return .object(PlotHandle("Text", module: "matplotlib.text", repr: "Text(0, 0.5, \(Evaluator.reprOf(.str(text))))"))
    },
    "get_title": AxesMethod(["loc="], "The title.") { ax, _, _ in .str(ax.axes.title ?? "") },
    "get_xlabel": AxesMethod([], "The x label.") { ax, _, _ in .str(ax.axes.xlabel ?? "") },
    "get_ylabel": AxesMethod([], "The y label.") { ax, _, _ in .str(ax.axes.ylabel ?? "") },
    "legend": AxesMethod(
      [
        "*args", "loc=", "fontsize=", "title=", "frameon=", "ncol=", "ncols=", "bbox_to_anchor=", "shadow=",
        "fancybox=", "framealpha=", "handles=", "labels=", "prop=", "markerscale=", "title_fontsize=",
      ], "Shows a legend of the labelled artists (or of the labels given).", legend),
    "get_legend_handles_labels": AxesMethod([], "The labelled artists and their labels.") { ax, _, _ in
      var handles: [Value] = [], labels: [Value] = []
      for (i, artist) in ax.axes.artists.enumerated() {
        guard let label = legendLabel(artist) else { continue }
        handles.append(handle(for: artist, of: ax, at: i))
        labels.append(.str(label))
      }
      return .tuple([.list(handles), .list(labels)])
    },
    "grid": AxesMethod(
      ["visible=", "which=", "axis=", "*", "b=", "color=", "c=", "linestyle=", "ls=", "linewidth=", "lw=", "alpha="],
      "Turns grid lines on or off (grid() toggles them)."
    ) { ax, b, ev in
      if let visible = try PyplotArgs.alias(b, "visible", "b") {
        ax.axes.grid(try ev.truthy(visible))
      } else {
        let styled = ["color", "c", "linestyle", "ls", "linewidth", "lw", "alpha"].contains { b[$0] != nil }
        ax.axes.grid(styled ? true : !ax.axes.showGrid)
      }
      return .none
    },
    "axhline": AxesMethod(
      ["y=", "xmin=", "xmax=", "*", "color=", "c=", "linestyle=", "ls=", "linewidth=", "lw=", "label=", "alpha=", "zorder="],
      "A horizontal line across the axes at y."
    ) { ax, b, ev in try referenceLine(ax, b, ev, horizontal: true) },
    "axvline": AxesMethod(
      ["x=", "ymin=", "ymax=", "*", "color=", "c=", "linestyle=", "ls=", "linewidth=", "lw=", "label=", "alpha=", "zorder="],
      "A vertical line across the axes at x."
    ) { ax, b, ev in try referenceLine(ax, b, ev, horizontal: false) },
    "text": AxesMethod(
      [
        "x", "y", "s", "fontdict=", "*", "transform=", "fontsize=", "size=", "fontweight=", "weight=", "color=",
        "c=", "fontfamily=", "family=", "fontstyle=", "style=", "rotation=", "ha=", "va=", "horizontalalignment=",
        "verticalalignment=", "wrap=", "alpha=", "bbox=", "zorder=",
      ], "Writes text at (x, y).", text),
    "cla": AxesMethod([], "Clears the axes.") { ax, _, _ in
      ax.axes.clear()
      ax.resetCycle()
      return .none
    },
    "clear": AxesMethod([], "Clears the axes.") { ax, _, _ in
      ax.axes.clear()
      ax.resetCycle()
      return .none
    },
  ]

  /// A font size in points from a number or a name (`'small'`, `'large'`).
  static func fontSize(_ value: Value?) throws -> Double? {
    guard let value else { return nil }
    if case .str(let name) = value {
      let sizes = [
        "xx-small": 5.79, "x-small": 6.94, "small": 8.33, "medium": 10, "large": 12, "x-large": 14.4,
        "xx-large": 17.28, "larger": 12, "smaller": 8.33,
      ]
      guard let size = sizes[name] else {
        throw PyError.valueError("'\(name)' is not a valid font size. Valid font sizes are \(sizes.keys.sorted().joined(separator: ", "))")
      }
      return size
    }
    return try PyplotArgs.double(value)
  }

  /// The legend label of an artist that can appear in a legend.
  static func legendLabel(_ artist: Artist) -> String? {
    let label: String?
    switch artist {
    case .line(let a): label = a.label
    case .scatter(let a): label = a.label
    case .bars(let a): label = a.label
    case .reference(let a): label = a.label
    case .image, .text: return nil
    }
    guard let label, !label.isEmpty, !label.hasPrefix("_") else { return nil }
    return label
  }

  /// A cell handle for artist `index` of `ax`.
  static func handle(for artist: Artist, of ax: AxesObject, at index: Int) -> Value {
    switch artist {
    case .bars(let a): return .object(BarContainerObject(ax, index: index, count: a.positions.count))
    case .scatter(let a): return .object(PlotHandle("PathCollection", module: "matplotlib.collections", label: a.label ?? ""))
    default: return .object(Line2DObject(ax, index: index))
    }
  }

  /// `legend()`, `legend(labels)`, `legend(handles, labels)`.
  static func legend(_ ax: AxesObject, _ b: BoundArguments, _ ev: Evaluator) throws -> Value {
    var args = b.extraPositional
    if let handles = b["handles"] { args = [handles] + (b["labels"].map { [$0] } ?? []) }
    else if let labels = b["labels"] { args = [labels] }
    if args.count > 2 { throw PyError.typeError("legend() takes from 0 to 2 positional arguments but \(args.count) were given") }
    if args.count == 2 {
      let handles = try ev.collect(args[0]), names = try ev.collect(args[1]).map { try PyplotArgs.text($0, ev) }
      for (handle, name) in zip(handles, names) {
        if let line = handle.as(Line2DObject.self), line.owner === ax {
          line.update(line: { $0.label = name }, reference: { $0.label = name })
        } else if let bars = handle.as(BarContainerObject.self), bars.owner === ax {
          bars.setLabel(name)
        }
      }
    } else if let first = args.first {
      let names = try ev.collect(first).map { try PyplotArgs.text($0, ev) }
      ax.updateArtists { artists in
        var next = 0
        for i in artists.indices where next < names.count {
          switch artists[i] {
          case .line(var a): a.label = names[next]; artists[i] = .line(a)
          case .scatter(var a): a.label = names[next]; artists[i] = .scatter(a)
          case .bars(var a): a.label = names[next]; artists[i] = .bars(a)
          case .reference(var a): a.label = names[next]; artists[i] = .reference(a)
          case .image, .text: continue
          }
          next += 1
        }
      }
    }
    if ax.axes.legendLabels.isEmpty {
      ev.sink.stream(
        .stderr,
        "No artists with labels found to put in legend.  Note that artists whose label start with an underscore are ignored when legend() is called with no argument.\n")
    }
    var location = "best"
    if let loc = b["loc"] {
      if case .int(let code) = loc { location = String(code) } else { location = try PyplotArgs.string(loc, "loc") }
    }
    try ax.axes.legend(location: location, fontSize: try fontSize(b["fontsize"]))
    return .object(PlotHandle("Legend", module: "matplotlib.legend"))
  }

  /// `axhline` and `axvline`.
  static func referenceLine(_ ax: AxesObject, _ b: BoundArguments, _ ev: Evaluator, horizontal: Bool) throws -> Value {
    let value = try PyplotArgs.optionalDouble(b[horizontal ? "y" : "x"]) ?? 0
    let start = try PyplotArgs.optionalDouble(b[horizontal ? "xmin" : "ymin"]) ?? 0
    let end = try PyplotArgs.optionalDouble(b[horizontal ? "xmax" : "ymax"]) ?? 1
    var color = try PyplotArgs.optionalColor(try PyplotArgs.alias(b, "color", "c"), ev) ?? Color.cycle(0)
    if let alpha = try PyplotArgs.optionalDouble(b["alpha"]) { color = color.withAlpha(alpha) }
    let style = try PyplotArgs.lineStyle(try PyplotArgs.alias(b, "linestyle", "ls")) ?? .solid
    let width = try PyplotArgs.optionalDouble(try PyplotArgs.alias(b, "linewidth", "lw")) ?? 1.5
    let label = try b["label"].map { try PyplotArgs.text($0, ev) }
    if horizontal {
      ax.axes.axhline(y: value, xmin: start, xmax: end, color: color, lineStyle: style, lineWidth: width, label: label)
    } else {
      ax.axes.axvline(x: value, ymin: start, ymax: end, color: color, lineStyle: style, lineWidth: width, label: label)
    }
    return .object(Line2DObject(ax, index: ax.axes.artists.count - 1))
  }

  /// `text(x, y, s, fontsize=, color=, ha=, va=, transform=)`.
  static func text(_ ax: AxesObject, _ b: BoundArguments, _ ev: Evaluator) throws -> Value {
    let x = try PyplotArgs.double(b.values["x"] ?? .none), y = try PyplotArgs.double(b.values["y"] ?? .none)
    let s = try PyplotArgs.text(b.values["s"] ?? .none, ev)
    let color = try PyplotArgs.optionalColor(try PyplotArgs.alias(b, "color", "c"), ev) ?? .black
    let size = try fontSize(try PyplotArgs.alias(b, "fontsize", "size")) ?? 10
    var horizontal = TextArtist.HorizontalAlignment.left
    if let ha = try PyplotArgs.alias(b, "ha", "horizontalalignment") {
      let name = try PyplotArgs.string(ha, "ha")
      guard let parsed = TextArtist.HorizontalAlignment(rawValue: name) else {
        throw PyError.valueError("'\(name)' is not a valid value for horizontalalignment; supported values are 'center', 'right', 'left'")
      }
      horizontal = parsed
    }
    var vertical = TextArtist.VerticalAlignment.baseline
    if let va = try PyplotArgs.alias(b, "va", "verticalalignment") {
      let name = try PyplotArgs.string(va, "va")
      guard let parsed = TextArtist.VerticalAlignment(rawValue: name == "center_baseline" ? "center" : name) else {
        throw PyError.valueError("'\(name)' is not a valid value for verticalalignment; supported values are 'top', 'bottom', 'center', 'baseline', 'center_baseline'")
      }
      vertical = parsed
    }
    let axesFractions = b["transform"]?.as(TransformObject.self)?.axesFractions ?? false
    ax.axes.text(
      x: x, y: y, s, fontSize: size, color: color, horizontalAlignment: horizontal, verticalAlignment: vertical,
      axesCoordinates: axesFractions)
    let xText = Evaluator.reprOf(b.values["x"] ?? .none), yText = Evaluator.reprOf(b.values["y"] ?? .none)
    return .object(PlotHandle("Text", module: "matplotlib.text", repr: "Text(\(xText), \(yText), \(Evaluator.reprOf(.str(s))))"))
  }
}
