extension AxesRenderer {
  /// Images up to this many pixels are drawn as crisp vector runs; larger ones as embedded PNG.
  static let vectorImageLimit = 32 * 32

  func renderImage(_ a: ImageArtist, into out: inout SVGWriter) {
    let n = AxesRenderer.n
    let (l, r, b, t) = a.extent
    let x0 = xMap.pixelOrEdge(l), x1 = xMap.pixelOrEdge(r)
    let rowFirst = yMap.pixelOrEdge(a.originUpper ? t : b), rowLast = yMap.pixelOrEdge(a.originUpper ? b : t)
    let flipX = x0 > x1, flipY = rowFirst > rowLast
    let w = a.width, h = a.height
    var pixels = [UInt8](repeating: 0, count: w * h * 4)
    for row in 0..<h {
      let src = flipY ? h - 1 - row : row
      for col in 0..<w {
        let sc = flipX ? w - 1 - col : col
        for k in 0..<4 { pixels[(row * w + col) * 4 + k] = a.rgba[(src * w + sc) * 4 + k] }
      }
    }
    let rect = Rect(x: min(x0, x1), y: min(rowFirst, rowLast), width: abs(x1 - x0), height: abs(rowLast - rowFirst))
    if w * h <= AxesRenderer.vectorImageLimit {
      renderVectorImage(width: w, height: h, rgba: pixels, rect: rect, into: &out)
      return
    }
    guard let uri = try? PNGEncoder.dataURI(width: w, height: h, rgba: pixels) else { return }
    out.element(
      "image",
      [("class", "image"), ("x", n(rect.x)), ("y", n(rect.y)), ("width", n(rect.width)), ("height", n(rect.height)),
       ("preserveAspectRatio", "none"), ("image-rendering", "optimizeSpeed"),
       ("style", "image-rendering:pixelated;image-rendering:crisp-edges"), ("xlink:href", uri)])
  }

  /// Draws pixels as one path per colour made of horizontal runs, scaled onto `rect`.
  private func renderVectorImage(width: Int, height: Int, rgba: [UInt8], rect: Rect, into out: inout SVGWriter) {
    let n = AxesRenderer.n
    var paths: [UInt32: String] = [:]
    var order: [UInt32] = []
    for row in 0..<height {
      var col = 0
      while col < width {
        let key = AxesRenderer.pixelKey(rgba, row * width + col)
        var end = col + 1
        while end < width, AxesRenderer.pixelKey(rgba, row * width + end) == key { end += 1 }
        if key & 0xFF != 0 {
          if paths[key] == nil { order.append(key) }
          paths[key, default: ""] += "M\(col) \(row)h\(end - col)v1h-\(end - col)z"
        }
        col = end
      }
    }
    let sx = rect.width / Double(width), sy = rect.height / Double(height)
    out.line(
      "<g class=\"image-vector\" shape-rendering=\"crispEdges\" transform=\"translate(\(n(rect.x)) \(n(rect.y))) scale(\(SVGWriter.number2(sx)) \(SVGWriter.number2(sy)))\">"
    )
    for key in order {
      guard let d = paths[key] else { continue }
      let c = Color(
        red: Double(key >> 24) / 255, green: Double((key >> 16) & 0xFF) / 255, blue: Double((key >> 8) & 0xFF) / 255,
        alpha: Double(key & 0xFF) / 255)
      out.element("path", SVGWriter.paint("fill", c) + [("d", d)])
    }
    out.line("</g>")
  }

  private static func pixelKey(_ rgba: [UInt8], _ i: Int) -> UInt32 {
    UInt32(rgba[4 * i]) << 24 | UInt32(rgba[4 * i + 1]) << 16 | UInt32(rgba[4 * i + 2]) << 8 | UInt32(rgba[4 * i + 3])
  }
}
