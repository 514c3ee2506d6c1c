extension Figure {
  /// The font families used for all text (matplotlib's default is DejaVu Sans).
  static let fontFamily = "DejaVu Sans, Bitstream Vera Sans, Arial, Helvetica, sans-serif"

  /// The figure as a standalone SVG document with `width`/`height` in pixels and a `viewBox`.
  public func svg() -> String {
    let layout = FigureLayout(figure: self)
    let w = Double(pixelWidth), h = Double(pixelHeight)
    var out = SVGWriter()
    out.line(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
        + "width=\"\(pixelWidth)\" height=\"\(pixelHeight)\" viewBox=\"0 0 \(pixelWidth) \(pixelHeight)\" "
        + "version=\"1.1\" font-family=\"\(Figure.fontFamily)\">")
    out.element("rect", [("class", "figure-background"), ("x", "0"), ("y", "0"), ("width", SVGWriter.number(w)), ("height", SVGWriter.number(h)), ("fill", "#ffffff")])
    if let suptitle, !suptitle.isEmpty {
      out.element(
        "text",
        [
          ("class", "suptitle"), ("x", SVGWriter.number(w / 2)), ("y", SVGWriter.number(layout.suptitleBaseline)),
          ("text-anchor", "middle"), ("font-size", SVGWriter.number(layout.fonts.px(suptitleFontSize))),
        ], content: SVGWriter.escape(suptitle))
    }
    for (i, plan) in layout.plans.enumerated() {
      var renderer = AxesRenderer(plan: plan, index: i)
      renderer.render(into: &out)
    }
    out.line("</svg>")
    return out.text
  }
}
