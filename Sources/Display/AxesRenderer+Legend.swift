import Foundation

extension AxesRenderer {
  /// Candidate locations for `loc='best'`, in matplotlib's order of preference.
  static let bestCandidates: [LegendLocation] = [
    .upperRight, .upperLeft, .lowerLeft, .lowerRight, .right, .centerLeft, .lowerCenter, .upperCenter, .center,
  ]

  func renderLegend(into out: inout SVGWriter) {
    let n = AxesRenderer.n
    let entries = axes.artists.compactMap { a in a.legendLabel.map { (a, $0) } }
    guard !entries.isEmpty, let requested = axes.legendLocation else { return }
    let font = fonts.px(axes.legendFontSize)
    let pad = font * 0.4, handle = font * 2, gap = font * 0.8, row = font * 1.3
    let textWidth = entries.map { TextMetrics.width($0.1, fontSize: font) }.max() ?? 0
    let boxW = pad * 2 + handle + gap + textWidth
    let boxH = pad * 2 + row * Double(entries.count) - font * 0.3
    let location = requested == .best ? bestLocation(width: boxW, height: boxH) : requested
    let box = legendBox(location, width: boxW, height: boxH)
    out.line("<g class=\"legend\">")
    out.element(
      "rect",
      [("class", "legend-frame"), ("x", n(box.x)), ("y", n(box.y)), ("width", n(box.width)), ("height", n(box.height)),
       ("rx", n(font * 0.2)), ("fill", "#ffffff"), ("fill-opacity", "0.8"), ("stroke", "#cccccc"),
       ("stroke-width", n(fonts.px(1)))])
    for (i, (artist, label)) in entries.enumerated() {
      let cy = box.y + pad + row * Double(i) + font * 0.5
      let hx = box.x + pad
      out.line("<g class=\"legend-entry\">")
      writeHandle(artist, x: hx, y: cy, length: handle, font: font, into: &out)
      out.element(
        "text",
        [("class", "legend-label"), ("x", n(hx + handle + gap)), ("y", n(cy + font * 0.35)), ("font-size", n(font))],
        content: SVGWriter.escape(label))
      out.line("</g>")
    }
    out.line("</g>")
  }

  private func writeHandle(_ artist: Artist, x: Double, y: Double, length: Double, font: Double, into out: inout SVGWriter) {
    let n = AxesRenderer.n
    switch artist {
    case .line(let a):
      let width = fonts.px(a.lineWidth)
      if a.lineStyle != .none {
        out.element(
          "line",
          [("class", "legend-handle"), ("x1", n(x)), ("y1", n(y)), ("x2", n(x + length)), ("y2", n(y))]
            + SVGWriter.paint("stroke", a.color)
            + [("stroke-width", n(width)), ("stroke-dasharray", a.lineStyle.dashArray(width: width))])
      }
      if let m = a.marker {
        writeMarker(m, x: x + length / 2, y: y, diameter: fonts.px(a.markerSize) * m.sizeFactor, fill: a.color, edge: a.color, cls: "legend-handle", into: &out)
      }
    case .reference(let a):
      let width = fonts.px(a.lineWidth)
      out.element(
        "line",
        [("class", "legend-handle"), ("x1", n(x)), ("y1", n(y)), ("x2", n(x + length)), ("y2", n(y))]
          + SVGWriter.paint("stroke", a.color)
          + [("stroke-width", n(width)), ("stroke-dasharray", a.lineStyle.dashArray(width: width))])
    case .scatter(let a):
      let d = sqrt(max(0, a.size(0))) * fonts.pointPixels * fonts.scale
      writeMarker(a.marker, x: x + length / 2, y: y, diameter: d, fill: a.color(0), edge: a.edgeColor, cls: "legend-handle", into: &out)
    case .bars(let a):
      out.element(
        "rect",
        [("class", "legend-handle"), ("x", n(x)), ("y", n(y - font * 0.35)), ("width", n(length)), ("height", n(font * 0.7))]
          + SVGWriter.paint("fill", a.color(0)))
    case .image, .text:
      break
    }
  }

  /// The legend rectangle for a location (inset from the frame by half a font size).
  func legendBox(_ location: LegendLocation, width: Double, height: Double) -> Rect {
    let inset = fonts.px(10) * 0.5
    let (ax, ay) = location.anchor
    let x = frame.x + inset + ax * (frame.width - 2 * inset - width)
    let y = frame.maxY - inset - ay * (frame.height - 2 * inset - height) - height
    return Rect(x: x, y: y, width: width, height: height)
  }

  /// The candidate location covering the fewest data points (ties keep matplotlib's order).
  func bestLocation(width: Double, height: Double) -> LegendLocation {
    let points = dataPixels()
    var best = LegendLocation.upperRight
    var fewest = Int.max
    for candidate in AxesRenderer.bestCandidates {
      let box = legendBox(candidate, width: width, height: height)
      let count = points.reduce(0) { $0 + (box.contains($1.0, $1.1) ? 1 : 0) }
      if count < fewest {
        fewest = count
        best = candidate
      }
    }
    return best
  }

  /// Data points in pixels, with extra samples along line segments so lines crossing a box count.
  private func dataPixels() -> [(Double, Double)] {
    var result: [(Double, Double)] = []
    for artist in axes.artists {
      switch artist {
      case .line(let a):
        let pts = pixels(a.x, a.y)
        for i in pts.indices {
          guard let p = pts[i] else { continue }
          result.append(p)
          if a.lineStyle != .none, i + 1 < pts.count, let q = pts[i + 1] {
            let steps = min(20, Int((abs(q.0 - p.0) + abs(q.1 - p.1)) / 8))
            if steps > 1 {
              for k in 1..<steps {
                let f = Double(k) / Double(steps)
                result.append((p.0 + (q.0 - p.0) * f, p.1 + (q.1 - p.1) * f))
              }
            }
          }
        }
      case .scatter(let a):
        result += pixels(a.x, a.y).compactMap { $0 }
      case .bars(let a):
        for i in a.positions.indices where i < a.heights.count {
          let top = a.bottom(i) + a.heights[i]
          result += (a.orientation == .vertical ? pixels([a.positions[i]], [top]) : pixels([top], [a.positions[i]])).compactMap { $0 }
        }
      case .reference, .image, .text:
        break
      }
    }
    return result
  }
}
