import Foundation

extension AxesRenderer {
  /// Pixel coordinates of the drawable points of a series (nil where a value is missing).
  func pixels(_ xs: [Double], _ ys: [Double]) -> [(Double, Double)?] {
    zip(xs, ys).map { x, y in
      guard let px = xMap.pixel(x), let py = yMap.pixel(y) else { return nil }
      return (px, py)
    }
  }

  func renderLine(_ a: LineArtist, into out: inout SVGWriter) {
    let n = AxesRenderer.n
    let pts = pixels(a.x, a.y)
    let width = fonts.px(a.lineWidth)
    if a.lineStyle != .none {
      var d = ""
      var pen = false
      for p in pts {
        guard let (x, y) = p else {
          pen = false
          continue
        }
        d += (pen ? "L" : "M") + n(x) + " " + n(y)
        pen = true
      }
      if !d.isEmpty {
        out.element(
          "path",
          [("class", "line"), ("d", d), ("fill", "none")] + SVGWriter.paint("stroke", a.color) + [
            ("stroke-width", n(width)), ("stroke-linejoin", "round"), ("stroke-linecap", a.lineStyle == .solid ? "square" : "butt"),
            ("stroke-dasharray", a.lineStyle.dashArray(width: width)),
          ])
      }
    }
    if let marker = a.marker {
      let size = fonts.px(a.markerSize) * marker.sizeFactor
      for case let (x, y)? in pts {
        writeMarker(marker, x: x, y: y, diameter: size, fill: a.color, edge: a.color, cls: "marker", into: &out)
      }
    }
  }

  func renderScatter(_ a: ScatterArtist, into out: inout SVGWriter) {
    for (i, p) in pixels(a.x, a.y).enumerated() {
      guard let (x, y) = p else { continue }
      let diameter = sqrt(max(0, a.size(i))) * fonts.pointPixels * fonts.scale
      let fill = a.color(i)
      writeMarker(
        a.marker, x: x, y: y, diameter: diameter, fill: fill, edge: a.marker.isStrokeOnly ? fill : a.edgeColor,
        cls: "scatter-point", into: &out)
    }
  }

  func renderBars(_ a: BarArtist, into out: inout SVGWriter) {
    let n = AxesRenderer.n
    let vertical = a.orientation == .vertical
    let catMap = vertical ? xMap : yMap, valMap = vertical ? yMap : xMap
    for i in a.positions.indices where i < a.heights.count {
      let pos = a.positions[i], h = a.heights[i], w = a.width(i), b = a.bottom(i)
      guard pos.isFinite, h.isFinite, w.isFinite, b.isFinite else { continue }
      guard let c0 = catMap.pixel(pos - w / 2), let c1 = catMap.pixel(pos + w / 2) else { continue }
      let v0 = valMap.pixelOrEdge(b), v1 = valMap.pixelOrEdge(b + h)
      let rect =
        vertical
        ? Rect(x: min(c0, c1), y: min(v0, v1), width: abs(c1 - c0), height: abs(v1 - v0))
        : Rect(x: min(v0, v1), y: min(c0, c1), width: abs(v1 - v0), height: abs(c1 - c0))
      out.element(
        "rect",
        [("class", "bar"), ("x", n(rect.x)), ("y", n(rect.y)), ("width", n(rect.width)), ("height", n(rect.height))]
          + SVGWriter.paint("fill", a.color(i))
          + (a.edgeColor.map { SVGWriter.paint("stroke", $0) + [("stroke-width", n(fonts.px(1)))] } ?? []))
    }
  }

  func renderReference(_ a: ReferenceLine, into out: inout SVGWriter) {
    let n = AxesRenderer.n
    let width = fonts.px(a.lineWidth)
    let coords: (Double, Double, Double, Double)
    if a.horizontal {
      guard let y = yMap.pixel(a.value) else { return }
      coords = (frame.x + a.start * frame.width, y, frame.x + a.end * frame.width, y)
    } else {
      guard let x = xMap.pixel(a.value) else { return }
      coords = (x, frame.maxY - a.start * frame.height, x, frame.maxY - a.end * frame.height)
    }
    out.element(
      "line",
      [("class", "refline"), ("x1", n(coords.0)), ("y1", n(coords.1)), ("x2", n(coords.2)), ("y2", n(coords.3))]
        + SVGWriter.paint("stroke", a.color)
        + [("stroke-width", n(width)), ("stroke-dasharray", a.lineStyle.dashArray(width: width))])
  }

  func renderText(_ t: TextArtist, into out: inout SVGWriter) {
    let n = AxesRenderer.n
    let px: Double?, py: Double?
    if t.axesCoordinates {
      px = t.x.isFinite ? frame.x + t.x * frame.width : nil
      py = t.y.isFinite ? frame.maxY - t.y * frame.height : nil
    } else {
      px = xMap.pixel(t.x)
      py = yMap.pixel(t.y)
    }
    guard let px, let py else { return }
    let size = fonts.px(t.fontSize)
    let anchor = ["left": "start", "center": "middle", "right": "end"][t.horizontalAlignment.rawValue] ?? "start"
    let dy: Double
    switch t.verticalAlignment {
    case .baseline: dy = 0
    case .top: dy = size * 0.8
    case .center: dy = size * 0.35
    case .bottom: dy = -size * 0.2
    }
    let lines = t.text.split(separator: "\n", omittingEmptySubsequences: false)
    let lineHeight = size * 1.2
    let startY = py + dy - Double(lines.count - 1) * lineHeight * (t.verticalAlignment == .top ? 0 : 1)
    var content = ""
    for (i, line) in lines.enumerated() {
      content += "<tspan x=\"\(n(px))\" y=\"\(n(startY + Double(i) * lineHeight))\">\(SVGWriter.escape(String(line)))</tspan>"
    }
    out.element(
      "text",
      [("class", "annotation"), ("x", n(px)), ("y", n(startY)), ("text-anchor", anchor), ("font-size", n(size))]
        + SVGWriter.paint("fill", t.color), content: content)
  }

  /// Writes one marker centred at (x, y) with the given diameter in pixels.
  func writeMarker(
    _ marker: Marker, x: Double, y: Double, diameter: Double, fill: Color, edge: Color?, cls: String,
    into out: inout SVGWriter
  ) {
    let n = AxesRenderer.n
    let r = diameter / 2
    let stroke: [(String, String?)] =
      edge.map { SVGWriter.paint("stroke", $0) + [("stroke-width", n(fonts.px(marker.isStrokeOnly ? 1.5 : 1)))] } ?? []
    let filled = [("class", cls)] + SVGWriter.paint("fill", marker.isStrokeOnly ? nil : fill) + stroke
    switch marker {
    case .circle, .point, .pixel:
      out.element("circle", filled + [("cx", n(x)), ("cy", n(y)), ("r", n(max(r, 0.5)))])
    case .square:
      let s = r * 0.9
      out.element("rect", filled + [("x", n(x - s)), ("y", n(y - s)), ("width", n(2 * s)), ("height", n(2 * s))])
    case .triangleUp, .triangleDown, .diamond, .star:
      out.element("polygon", filled + [("points", AxesRenderer.polygon(marker, x, y, r))])
    case .cross, .plus:
      let s = r * (marker == .cross ? 0.75 : 1)
      let d = marker == .cross
        ? "M\(n(x - s)) \(n(y - s))L\(n(x + s)) \(n(y + s))M\(n(x - s)) \(n(y + s))L\(n(x + s)) \(n(y - s))"
        : "M\(n(x - s)) \(n(y))L\(n(x + s)) \(n(y))M\(n(x)) \(n(y - s))L\(n(x)) \(n(y + s))"
      out.element("path", filled + [("d", d)])
    }
  }

  /// The `points` attribute of a polygon marker.
  static func polygon(_ marker: Marker, _ x: Double, _ y: Double, _ r: Double) -> String {
    var pts: [(Double, Double)]
    switch marker {
    case .triangleUp: pts = [(0, -r), (r * 0.866, r * 0.5), (-r * 0.866, r * 0.5)]
    case .triangleDown: pts = [(0, r), (r * 0.866, -r * 0.5), (-r * 0.866, -r * 0.5)]
    case .diamond: pts = [(0, -r), (r * 0.7, 0), (0, r), (-r * 0.7, 0)]
    default:
      pts = (0..<10).map { k in
        let angle = Double(k) * Double.pi / 5 - Double.pi / 2
        let radius = k % 2 == 0 ? r : r * 0.4
        return (radius * cos(angle), radius * sin(angle))
      }
    }
    return pts.map { "\(n(x + $0.0)),\(n(y + $0.1))" }.joined(separator: " ")
  }
}
