import Foundation

/// Writes one laid-out axes as an SVG `<g class="axes">` group: background, grid, clipped
/// artists, spines, ticks, labels, title and legend.
struct AxesRenderer {
  /// The layout of the axes.
  let plan: AxesPlan
  /// Zero-based index in the figure (used for element ids).
  let index: Int

  var fonts: FontSizes { plan.fonts }
  var frame: Rect { plan.frame }
  var axes: Axes { plan.axes }
  let xMap: AxisMap
  let yMap: AxisMap

  /// Creates a renderer for one plan.
  init(plan: AxesPlan, index: Int) {
    self.plan = plan
    self.index = index
    self.xMap = plan.xMap
    self.yMap = plan.yMap
  }

  static func n(_ v: Double) -> String { SVGWriter.number(v) }

  /// Writes the whole axes.
  mutating func render(into out: inout SVGWriter) {
    let n = AxesRenderer.n
    let clipID = "clip\(index + 1)"
    out.line("<g class=\"axes\" id=\"axes\(index + 1)\">")
    out.element(
      "rect",
      [("class", "axes-background"), ("x", n(frame.x)), ("y", n(frame.y)), ("width", n(frame.width)),
       ("height", n(frame.height)), ("fill", "#ffffff")])
    out.line(
      "<defs><clipPath id=\"\(clipID)\"><rect x=\"\(n(frame.x))\" y=\"\(n(frame.y))\" width=\"\(n(frame.width))\" height=\"\(n(frame.height))\"/></clipPath></defs>"
    )
    if axes.showGrid { renderGrid(into: &out) }
    out.line("<g class=\"artists\" clip-path=\"url(#\(clipID))\">")
    for artist in axes.artists {
      switch artist {
      case .line(let a): renderLine(a, into: &out)
      case .scatter(let a): renderScatter(a, into: &out)
      case .bars(let a): renderBars(a, into: &out)
      case .image(let a): renderImage(a, into: &out)
      case .reference(let a): renderReference(a, into: &out)
      case .text: break
      }
    }
    out.line("</g>")
    for case .text(let t) in axes.artists { renderText(t, into: &out) }
    if axes.axisVisible {
      renderSpines(into: &out)
      renderXTicks(into: &out)
      renderYTicks(into: &out)
    }
    renderLabels(into: &out)
    if axes.legendLocation != nil { renderLegend(into: &out) }
    out.line("</g>")
  }

  private func renderGrid(into out: inout SVGWriter) {
    let n = AxesRenderer.n
    out.line("<g class=\"grid\" stroke=\"\(Color.gridGray.hex)\" stroke-width=\"\(n(fonts.spineWidth))\">")
    for p in plan.xTicks.positions {
      guard let x = xMap.pixel(p) else { continue }
      out.element("line", [("x1", n(x)), ("y1", n(frame.y)), ("x2", n(x)), ("y2", n(frame.maxY))])
    }
    for p in plan.yTicks.positions {
      guard let y = yMap.pixel(p) else { continue }
      out.element("line", [("x1", n(frame.x)), ("y1", n(y)), ("x2", n(frame.maxX)), ("y2", n(y))])
    }
    out.line("</g>")
  }

  private func renderSpines(into out: inout SVGWriter) {
    let n = AxesRenderer.n
    let edges = [
      (frame.x, frame.y, frame.x, frame.maxY), (frame.maxX, frame.y, frame.maxX, frame.maxY),
      (frame.x, frame.maxY, frame.maxX, frame.maxY), (frame.x, frame.y, frame.maxX, frame.y),
    ]
    for (x1, y1, x2, y2) in edges {
      out.element(
        "line",
        [("class", "spine"), ("x1", n(x1)), ("y1", n(y1)), ("x2", n(x2)), ("y2", n(y2)), ("stroke", "#000000"),
         ("stroke-width", n(fonts.spineWidth)), ("stroke-linecap", "square")])
    }
  }

  private func renderXTicks(into out: inout SVGWriter) {
    let n = AxesRenderer.n
    let ticks = plan.xTicks
    let rotation = axes.xAxis.tickRotation
    let labelTop = frame.maxY + fonts.tickLength + fonts.tickPad
    for (p, label) in zip(ticks.positions, ticks.labels) {
      guard let x = xMap.pixel(p) else { continue }
      out.element(
        "line",
        [("class", "xtick"), ("x1", n(x)), ("y1", n(frame.maxY)), ("x2", n(x)), ("y2", n(frame.maxY + fonts.tickLength)),
         ("stroke", "#000000"), ("stroke-width", n(fonts.spineWidth))])
      guard !axes.xAxis.hideTickLabels else { continue }
      if rotation == 0 {
        writeLabel(label, x: x, y: labelTop + fonts.tick * 0.8, anchor: "middle", cls: "xtick-label", into: &out)
      } else {
        let y = labelTop + fonts.tick * 0.3
        out.element(
          "text",
          [("class", "xtick-label"), ("x", n(x)), ("y", n(y)), ("text-anchor", "end"), ("font-size", n(fonts.tick)),
           ("dominant-baseline", "middle"), ("transform", "rotate(\(n(-rotation)) \(n(x)) \(n(y)))")],
          content: AxesRenderer.labelMarkup(label))
      }
    }
    if let offset = ticks.offsetText, !axes.xAxis.hideTickLabels {
      let y = labelTop + TextMetrics.height(fontSize: fonts.tick) + fonts.tick * 0.8
      out.element(
        "text",
        [("class", "offset-text"), ("x", n(frame.maxX)), ("y", n(y)), ("text-anchor", "end"), ("font-size", n(fonts.tick))],
        content: SVGWriter.escape(offset))
    }
  }

  private func renderYTicks(into out: inout SVGWriter) {
    let n = AxesRenderer.n
    let ticks = plan.yTicks
    for (p, label) in zip(ticks.positions, ticks.labels) {
      guard let y = yMap.pixel(p) else { continue }
      out.element(
        "line",
        [("class", "ytick"), ("x1", n(frame.x - fonts.tickLength)), ("y1", n(y)), ("x2", n(frame.x)), ("y2", n(y)),
         ("stroke", "#000000"), ("stroke-width", n(fonts.spineWidth))])
      guard !axes.yAxis.hideTickLabels else { continue }
      let x = frame.x - fonts.tickLength - fonts.tickPad
      writeLabel(label, x: x, y: y + fonts.tick * 0.35, anchor: "end", cls: "ytick-label", into: &out)
    }
    if let offset = ticks.offsetText, !axes.yAxis.hideTickLabels {
      out.element(
        "text",
        [("class", "offset-text"), ("x", n(frame.x)), ("y", n(frame.y - fonts.tickPad)), ("text-anchor", "start"),
         ("font-size", n(fonts.tick))],
        content: SVGWriter.escape(offset))
    }
  }

  private func writeLabel(_ label: TickLabel, x: Double, y: Double, anchor: String, cls: String, into out: inout SVGWriter) {
    let n = AxesRenderer.n
    out.element(
      "text",
      [("class", cls), ("x", n(x)), ("y", n(y)), ("text-anchor", anchor), ("font-size", n(fonts.tick))],
      content: AxesRenderer.labelMarkup(label))
  }

  /// The label text with its superscript as a raised, smaller `<tspan>`.
  static func labelMarkup(_ label: TickLabel) -> String {
    var s = SVGWriter.escape(label.text)
    if let sup = label.superscript {
      s += "<tspan dy=\"-0.45em\" font-size=\"70%\">\(SVGWriter.escape(sup))</tspan>"
    }
    return s
  }

  private func renderLabels(into out: inout SVGWriter) {
    let n = AxesRenderer.n
    let tickBand = axes.axisVisible ? fonts.tickLength + fonts.tickPad : 0
    if let xl = axes.xAxis.label, !xl.isEmpty {
      let labels = axes.axisVisible && !axes.xAxis.hideTickLabels ? plan.xTickLabelHeight : 0
      let offset = plan.xTicks.offsetText != nil && axes.axisVisible && !axes.xAxis.hideTickLabels
        ? TextMetrics.height(fontSize: fonts.tick) : 0
      let y = frame.maxY + tickBand + labels + offset + fonts.labelPad + fonts.label * 0.9
      out.element(
        "text",
        [("class", "xlabel"), ("x", n(frame.x + frame.width / 2)), ("y", n(y)), ("text-anchor", "middle"),
         ("font-size", n(fonts.label))], content: SVGWriter.escape(xl))
    }
    if let yl = axes.yAxis.label, !yl.isEmpty {
      let labels = axes.axisVisible && !axes.yAxis.hideTickLabels ? plan.yTickLabelWidth : 0
      let x = frame.x - tickBand - labels - fonts.labelPad - fonts.label * 0.25
      let y = frame.y + frame.height / 2
      out.element(
        "text",
        [("class", "ylabel"), ("x", n(x)), ("y", n(y)), ("text-anchor", "middle"), ("font-size", n(fonts.label)),
         ("transform", "rotate(-90 \(n(x)) \(n(y)))")], content: SVGWriter.escape(yl))
    }
    if let title = axes.title, !title.isEmpty {
      out.element(
        "text",
        [("class", "title"), ("x", n(frame.x + frame.width / 2)), ("y", n(frame.y - fonts.titlePad - plan.titleFont * 0.22)),
         ("text-anchor", "middle"), ("font-size", n(plan.titleFont))], content: SVGWriter.escape(title))
    }
  }
}
