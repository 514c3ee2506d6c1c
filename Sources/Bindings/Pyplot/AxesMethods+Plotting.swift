import Display
import Interpreter
import Tensor

/// `plot`, `scatter`, `bar`, `barh`, `hist` and `imshow`.
extension AxesMethods {
  /// The data-drawing methods.
  static let plotting: [String: AxesMethod] = [
    "plot": AxesMethod(
      [
        "*args", "scalex=", "scaley=", "data=", "color=", "c=", "linestyle=", "ls=", "marker=", "linewidth=",
        "lw=", "markersize=", "ms=", "alpha=", "label=", "zorder=", "markerfacecolor=", "mfc=",
        "markeredgecolor=", "mec=", "antialiased=", "drawstyle=",
      ], "Plots y against x as lines and/or markers: plot([x], y, [fmt], ...).", plot),
    "scatter": AxesMethod(
      [
        "x", "y", "s=", "c=", "marker=", "cmap=", "norm=", "vmin=", "vmax=", "alpha=", "linewidths=",
        "edgecolors=", "*", "edgecolor=", "color=", "label=", "zorder=", "plotnonfinite=", "data=",
      ], "A scatter plot of y against x with varying marker size and/or colour.", scatter),
    "bar": AxesMethod(
      [
        "x", "height", "width=", "bottom=", "*", "align=", "color=", "edgecolor=", "ec=", "linewidth=", "lw=",
        "label=", "alpha=", "tick_label=", "zorder=", "hatch=", "data=",
      ], "Vertical bars at x with the given heights.", { ax, b, ev in try bars(ax, b, ev, horizontal: false) }),
    "barh": AxesMethod(
      [
        "y", "width", "height=", "left=", "*", "align=", "color=", "edgecolor=", "ec=", "linewidth=", "lw=",
        "label=", "alpha=", "tick_label=", "zorder=", "hatch=", "data=",
      ], "Horizontal bars at y with the given widths.", { ax, b, ev in try bars(ax, b, ev, horizontal: true) }),
    "hist": AxesMethod(
      [
        "x", "bins=", "range=", "density=", "weights=", "cumulative=", "bottom=", "histtype=", "align=",
        "orientation=", "rwidth=", "log=", "color=", "label=", "stacked=", "*", "alpha=", "edgecolor=", "ec=",
        "linewidth=", "lw=", "zorder=", "data=",
      ], "A histogram: returns (n, bins, patches).", hist),
    "imshow": AxesMethod(
      [
        "X", "cmap=", "norm=", "*", "aspect=", "interpolation=", "alpha=", "vmin=", "vmax=", "origin=", "extent=",
        "interpolation_stage=", "filternorm=", "filterrad=", "resample=", "url=", "data=",
      ], "Shows a 2-D array through a colormap, or an RGB(A) image.", imshow),
  ]

  /// `plot([x], y, [fmt], [x2], y2, [fmt2], ..., **kwargs)`: a list of Line2D.
  static func plot(_ ax: AxesObject, _ b: BoundArguments, _ ev: Evaluator) throws -> Value {
    var rest = b.extraPositional
    var groups: [[Value]] = []
    while !rest.isEmpty {
      var group = Array(rest.prefix(2))
      rest.removeFirst(group.count)
      if let next = rest.first, PyplotArgs.isString(next) {
        group.append(next)
        rest.removeFirst()
      }
      groups.append(group)
    }
    let color = try PyplotArgs.optionalColor(try PyplotArgs.alias(b, "color", "c"), ev)
    let style = try PyplotArgs.lineStyle(try PyplotArgs.alias(b, "linestyle", "ls"))
    let marker = try PyplotArgs.marker(b["marker"])
    let width = try PyplotArgs.optionalDouble(try PyplotArgs.alias(b, "linewidth", "lw"))
    let size = try PyplotArgs.optionalDouble(try PyplotArgs.alias(b, "markersize", "ms"))
    let alpha = try PyplotArgs.optionalDouble(b["alpha"])
    let label = try b["label"].map { try PyplotArgs.text($0, ev) }
    var handles: [Value] = []
    for var group in groups {
      var format: String?
      if group.count > 1, case .str(let text) = group[group.count - 1] {
        format = text
        group.removeLast()
      }
      let parsed = try format.map { try FormatString($0) }
      var yTensor = try PyplotArgs.tensor(group[group.count - 1], ev)
      let xTensor = group.count == 2 ? try PyplotArgs.tensor(group[0], ev) : nil
      if yTensor.ndim == 0 { yTensor = try NumpyErrors.guarded { try yTensor.reshaped([1]) } }
      let xShape = xTensor.map { $0.ndim == 0 ? [1] : $0.shape } ?? yTensor.shape
      if let xTensor, xTensor.ndim > 2 || yTensor.ndim > 2 {
        throw PyError.valueError(
          "x and y can be no greater than 2D, but have shapes \(PyplotArgs.shapeText(xTensor.shape)) and \(PyplotArgs.shapeText(yTensor.shape))")
      }
      if yTensor.ndim > 2 {
        throw PyError.valueError("y can be no greater than 2D, but has shape \(PyplotArgs.shapeText(yTensor.shape))")
      }
      if xTensor != nil, xShape[0] != yTensor.shape[0] {
        throw PyError.valueError(
          "x and y must have same first dimension, but have shapes \(PyplotArgs.shapeText(xShape)) and \(PyplotArgs.shapeText(yTensor.shape))")
      }
      let rows = yTensor.shape[0]
      let columns = yTensor.ndim == 2 ? yTensor.shape[1] : 1
      let yValues = yTensor.doubles
      let xValues = xTensor?.doubles ?? (0..<rows).map(Double.init)
      let xColumns = xTensor.map { $0.ndim == 2 ? $0.shape[1] : 1 } ?? 1
      for column in 0..<columns {
        let ys = (0..<rows).map { yValues[$0 * columns + column] }
        let xc = xColumns == 1 ? 0 : column % xColumns
        let xs = (0..<rows).map { xValues[$0 * xColumns + xc] }
        let lineColor = color ?? parsed?.color ?? ax.nextColor()
        try ax.axes.plot(
          x: xs, y: ys, format: format, color: lineColor, lineStyle: style, marker: marker, lineWidth: width,
          markerSize: size, alpha: alpha, label: label)
        handles.append(.object(Line2DObject(ax, index: ax.axes.artists.count - 1)))
      }
    }
    return .list(handles)
  }

  /// `scatter(x, y, s, c, marker, cmap, ...)`: a PathCollection.
  static func scatter(_ ax: AxesObject, _ b: BoundArguments, _ ev: Evaluator) throws -> Value {
    let x = try PyplotArgs.doubles(b.values["x"] ?? .none, ev)
    let y = try PyplotArgs.doubles(b.values["y"] ?? .none, ev)
    guard x.count == y.count else { throw PyError.valueError("x and y must be the same size") }
    let sizes = try b["s"].map { try PyplotArgs.doubles($0, ev) } ?? [20]
    var single = try PyplotArgs.optionalColor(b["color"], ev)
    var perPoint: [Color]?
    var values: [Double]?
    if let c = b["c"] {
      if PyplotArgs.isString(c) {
        single = try PyplotArgs.color(c, ev)
      } else if let items = try? ev.collect(c), items.contains(where: { PyplotArgs.isString($0) || $0.as(PyTuple.self) != nil }) {
        perPoint = try items.map { try PyplotArgs.color($0, ev) }
      } else {
        let t = try PyplotArgs.tensor(c, ev)
        if t.ndim == 2, t.shape[0] == x.count, t.shape[1] == 3 || t.shape[1] == 4 {
          let d = t.doubles, k = t.shape[1]
          perPoint = (0..<x.count).map { Color(red: d[$0 * k], green: d[$0 * k + 1], blue: d[$0 * k + 2], alpha: k == 4 ? d[$0 * k + 3] : 1) }
        } else if t.size == x.count || !(t.size == 3 || t.size == 4) {
          values = t.doubles
        } else {
          single = try PyplotArgs.color(c, ev)
        }
      }
    }
    if values == nil, perPoint == nil, single == nil { single = ax.nextColor() }
    let cmap = try PyplotArgs.colormapName(b["cmap"]) ?? "viridis"
    let edge = try PyplotArgs.optionalColor(
      try PyplotArgs.alias(b, "edgecolors", "edgecolor").flatMap { v -> Value? in
        if case .str(let s) = v, s == "face" || s == "none" { return nil }
        return v
      }, ev)
    let marker = try PyplotArgs.marker(b["marker"]) ?? .circle
    let label = try b["label"].map { try PyplotArgs.text($0, ev) }
    try ax.axes.scatter(
      x: x, y: y, color: single, colors: perPoint, values: values, colormap: cmap,
      vmin: try PyplotArgs.optionalDouble(b["vmin"]), vmax: try PyplotArgs.optionalDouble(b["vmax"]),
      sizes: sizes, marker: marker, alpha: try PyplotArgs.optionalDouble(b["alpha"]), edgeColor: edge, label: label)
    return .object(PlotHandle("PathCollection", module: "matplotlib.collections", label: label ?? ""))
  }

  /// `bar(x, height, width, bottom, ...)` and `barh(y, width, height, left, ...)`: a BarContainer.
  static func bars(_ ax: AxesObject, _ b: BoundArguments, _ ev: Evaluator, horizontal: Bool) throws -> Value {
    let positionName = horizontal ? "y" : "x", lengthName = horizontal ? "width" : "height"
    let thicknessName = horizontal ? "height" : "width", baseName = horizontal ? "left" : "bottom"
    let positionValue = b.values[positionName] ?? .none
    var categories: [String]?
    if PyplotArgs.isString(positionValue) {
      categories = [try PyplotArgs.string(positionValue, positionName)]
    } else if let items = try? ev.collect(positionValue), !items.isEmpty, items.allSatisfy(PyplotArgs.isString) {
      categories = try items.map { try PyplotArgs.string($0, positionName) }
    }
    var positions = try categories.map { $0.indices.map(Double.init) } ?? PyplotArgs.doubles(positionValue, ev)
    var lengths = try PyplotArgs.doubles(b.values[lengthName] ?? .none, ev)
    if lengths.count == 1, positions.count > 1 { lengths = Array(repeating: lengths[0], count: positions.count) }
    if positions.count == 1, lengths.count > 1 { positions = Array(repeating: positions[0], count: lengths.count) }
    guard positions.count == lengths.count else {
      throw PyError.valueError(
        "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (\(positions.count),) and arg 1 with shape (\(lengths.count),).")
    }
    let thicknesses = try b[thicknessName].map { try PyplotArgs.doubles($0, ev) } ?? [0.8]
    guard let thickness = thicknesses.first, thicknesses.allSatisfy({ $0 == thickness }) else {
      throw PyError.valueError("Neurona's matplotlib draws all bars of one call with the same \(thicknessName)")
    }
    let bases = try b[baseName].map { try PyplotArgs.doubles($0, ev) } ?? [0]
    var fills = try PyplotArgs.colors(b["color"], ev)
    if fills == nil { fills = [ax.nextColor()] }
    let edge = try PyplotArgs.optionalColor(try PyplotArgs.alias(b, "edgecolor", "ec"), ev)
    let label = try b["label"].map { try PyplotArgs.text($0, ev) }
    if let align = b["align"], try PyplotArgs.string(align, "align") == "edge" {
      positions = positions.map { $0 + thickness / 2 }
    }
    try ax.axes.bar(
      x: positions, heights: lengths, width: thickness, bottom: bases, colors: fills, edgeColor: edge,
      alpha: try PyplotArgs.optionalDouble(b["alpha"]), label: label, horizontal: horizontal)
    let names = try categories ?? b["tick_label"].map { try ev.collect($0).map { try PyplotArgs.text($0, ev) } }
    if let names {
      if horizontal {
        try ax.axes.setYTicks(positions, labels: names)
      } else {
        try ax.axes.setXTicks(positions, labels: names)
      }
    }
    return .object(BarContainerObject(ax, index: ax.axes.artists.count - 1, count: positions.count))
  }

  /// `hist(x, bins, range, density, ...)`: `(n, bins, patches)`.
  static func hist(_ ax: AxesObject, _ b: BoundArguments, _ ev: Evaluator) throws -> Value {
    let values = try PyplotArgs.doubles(b.values["x"] ?? .none, ev)
    let density = try PyplotArgs.flag(b["density"], ev)
    let color = try PyplotArgs.optionalColor(b["color"], ev) ?? ax.nextColor()
    let edge = try PyplotArgs.optionalColor(try PyplotArgs.alias(b, "edgecolor", "ec"), ev)
    let alpha = try PyplotArgs.optionalDouble(b["alpha"])
    let label = try b["label"].map { try PyplotArgs.text($0, ev) }
    let histogram: Histogram
    if let bins = b["bins"], !(bins.as(PyList.self) == nil && bins.as(PyTuple.self) == nil && bins.as(NDArray.self) == nil) {
      histogram = try ax.axes.hist(
        values, edges: try PyplotArgs.doubles(bins, ev), density: density, color: color, edgeColor: edge,
        alpha: alpha, label: label)
    } else {
      if let bins = b["bins"], PyplotArgs.isString(bins) {
        throw PyError.valueError("Neurona's matplotlib accepts bins as an integer or a sequence of edges, not \(Evaluator.reprOf(bins))")
      }
      let count = try b["bins"].map { try PyplotArgs.int($0) } ?? 10
      let range = try b["range"].map { try PyplotArgs.pair($0, ev, "range") }
      var limits: (Double, Double)?
      if let range, let lo = range.0, let hi = range.1 { limits = (lo, hi) }
      histogram = try ax.axes.hist(
        values, bins: count, range: limits, density: density, color: color, edgeColor: edge, alpha: alpha, label: label)
    }
    let patches = BarContainerObject(ax, index: ax.axes.artists.count - 1, count: histogram.counts.count)
    return .tuple([PyplotArgs.array(histogram.counts), PyplotArgs.array(histogram.edges), .object(patches)])
  }

  /// `imshow(X, cmap, vmin, vmax, origin, extent, aspect)`: an AxesImage.
  static func imshow(_ ax: AxesObject, _ b: BoundArguments, _ ev: Evaluator) throws -> Value {
    let image = try PyplotArgs.tensor(b.values["X"] ?? .none, ev)
    var shape = image.shape
    if shape.count == 3, shape[2] == 1 { shape = [shape[0], shape[1]] }
    let originUpper = try b["origin"].map { try PyplotArgs.string($0, "origin") != "lower" } ?? true
    var extent: (Double, Double, Double, Double)?
    if let e = b["extent"] {
      let v = try PyplotArgs.doubles(e, ev)
      guard v.count == 4 else { throw PyError.valueError("extent must be a sequence of 4 numbers (left, right, bottom, top)") }
      extent = (v[0], v[1], v[2], v[3])
    }
    let cmap = try PyplotArgs.colormapName(b["cmap"]) ?? "viridis"
    try ax.axes.imshow(
      values: image.doubles, shape: shape, colormap: cmap, vmin: try PyplotArgs.optionalDouble(b["vmin"]),
      vmax: try PyplotArgs.optionalDouble(b["vmax"]), originUpper: originUpper, extent: extent)
    if let aspect = b["aspect"], case .str("auto") = aspect { ax.axes.aspectEqual = false }
    return .object(PlotHandle("AxesImage", module: "matplotlib.image"))
  }
}
