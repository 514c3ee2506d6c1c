import Foundation
import XCTest

@testable import Display

final class FigureSVGTests: XCTestCase {
  func testSVGRootHasSizeAndViewBox() throws {
    let fig = try Figure()
    try fig.gca().plot(y: [1, 2, 3])
    let svg = try SVGInspector(fig.svg())
    let root = try XCTUnwrap(svg.document.rootElement())
    XCTAssertEqual(root.name, "svg")
    XCTAssertEqual(SVGInspector.attr(root, "width"), "640")
    XCTAssertEqual(SVGInspector.attr(root, "height"), "480")
    XCTAssertEqual(SVGInspector.attr(root, "viewBox"), "0 0 640 480")
  }

  func testMimeBundleMatchesMatplotlibTextForm() throws {
    let fig = try Figure()
    fig.gca()
    let bundle = fig.mimeBundle()
    XCTAssertEqual(bundle["text/plain"], "<Figure size 640x480 with 1 Axes>")
    XCTAssertTrue(bundle["image/svg+xml"]?.hasPrefix("<svg") ?? false)
    let big = try Figure(figsize: (12, 3), dpi: 100)
    try big.subplots(nrows: 1, ncols: 3)
    XCTAssertEqual(big.plainText, "<Figure size 1200x300 with 3 Axes>")
  }

  func testOnePathPerLineAndMarkersPerPoint() throws {
    let fig = try Figure()
    let ax = fig.gca()
    try ax.plot(y: [1, 3, 2, 4])
    try ax.plot(x: [0, 1, 2], y: [2, 2, 2], format: "ro--")
    try ax.plot(x: [0, 1, 2], y: [0, 1, 0], format: "g^")
    let svg = try SVGInspector(fig.svg())
    XCTAssertEqual(svg.elements("path", class: "line").count, 2, "g^ draws markers only")
    XCTAssertEqual(svg.elements("circle", class: "marker").count, 3)
    XCTAssertEqual(svg.elements("polygon", class: "marker").count, 3)
    let dashed = svg.elements("path", class: "line")[1]
    XCTAssertEqual(SVGInspector.attr(dashed, "stroke"), "#ff0000")
    XCTAssertNotNil(SVGInspector.attr(dashed, "stroke-dasharray"))
  }

  func testColourCycleOrder() throws {
    let fig = try Figure()
    let ax = fig.gca()
    for k in 0..<12 { try ax.plot(y: [0, Double(k)]) }
    let strokes = try SVGInspector(fig.svg()).elements("path", class: "line").compactMap { SVGInspector.attr($0, "stroke") }
    XCTAssertEqual(Array(strokes.prefix(10)), Color.tab10Hex)
    XCTAssertEqual(Array(strokes.suffix(2)), ["#1f77b4", "#ff7f0e"])
  }

  func testNiceTickLabelsFromZeroToOne() throws {
    let fig = try Figure()
    let ax = fig.gca()
    try ax.plot(x: [0, 0.5, 1], y: [0, 0.25, 1])
    let svg = try SVGInspector(fig.svg())
    XCTAssertEqual(svg.texts("xtick-label"), ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
    XCTAssertEqual(svg.texts("ytick-label"), ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
  }

  func testEpochTicksAndNegativeLabels() throws {
    let fig = try Figure()
    let ax = fig.gca()
    try ax.plot(y: (0..<100).map { Double($0) })
    let x = try SVGInspector(fig.svg()).texts("xtick-label")
    XCTAssertEqual(x, ["0", "20", "40", "60", "80", "100"])
    let fig2 = try Figure()
    try fig2.gca().plot(x: [-5, 5], y: [-1, 1])
    let labels = try SVGInspector(fig2.svg()).texts("xtick-label")
    XCTAssertTrue(labels.contains("\u{2212}4"), "\(labels)")
    XCTAssertTrue(labels.contains("0"))
  }

  func testTitleLabelsAndLegend() throws {
    let fig = try Figure()
    let ax = fig.gca()
    try ax.plot(y: [1, 0.5, 0.3], label: "loss")
    try ax.plot(y: [1.1, 0.7, 0.6], label: "val_loss")
    try ax.plot(y: [0.9, 0.9, 0.9], label: "_hidden")
    ax.title = "Pérdida & <precisión>"
    ax.xlabel = "Época"
    ax.ylabel = "Loss"
    try ax.legend()
    let svg = try SVGInspector(fig.svg())
    XCTAssertEqual(svg.texts("title"), ["Pérdida & <precisión>"])
    XCTAssertEqual(svg.texts("xlabel"), ["Época"])
    XCTAssertEqual(svg.texts("ylabel"), ["Loss"])
    XCTAssertEqual(svg.texts("legend-label"), ["loss", "val_loss"])
    XCTAssertEqual(svg.elements("g", class: "legend-entry").count, 2)
  }

  func testLegendBestAvoidsData() throws {
    let fig = try Figure()
    let ax = fig.gca()
    let xs = (0..<50).map { Double($0) / 49 }
    try ax.plot(x: xs, y: xs.map { _ in 1 }, label: "high")
    try ax.scatter(x: [0.5], y: [0])
    try ax.legend()
    let svg = try SVGInspector(fig.svg())
    let frame = try XCTUnwrap(svg.elements("rect", class: "legend-frame").first)
    let bg = try XCTUnwrap(svg.elements("rect", class: "axes-background").first)
    let legendY = try XCTUnwrap(SVGInspector.number(frame, "y"))
    let axesY = try XCTUnwrap(SVGInspector.number(bg, "y")), axesH = try XCTUnwrap(SVGInspector.number(bg, "height"))
    XCTAssertGreaterThan(legendY, axesY + axesH / 2, "data along the top: legend goes to a lower corner")
  }

  func testNaNAndInfinityAreSkipped() throws {
    let fig = try Figure()
    let ax = fig.gca()
    try ax.plot(y: [1, .nan, 3, .infinity, 2, -.infinity, 4])
    try ax.scatter(x: [0, 1, .nan], y: [1, .nan, 2])
    try ax.setYScale("log")
    try ax.plot(y: [0, -1, 10, 100])
    let svg = try SVGInspector(fig.svg())
    svg.assertFiniteCoordinates()
    XCTAssertEqual(svg.elements("circle", class: "scatter-point").count, 1)
    let d = try XCTUnwrap(SVGInspector.attr(svg.elements("path", class: "line")[0], "d"))
    XCTAssertEqual(d.filter { $0 == "M" }.count, 4, "each gap starts a new subpath: \(d)")
  }

  func testScatterOneCirclePerPointWithColormap() throws {
    let fig = try Figure()
    let ax = fig.gca()
    try ax.scatter(x: [0, 1, 2, 3], y: [0, 1, 0, 1], values: [0, 1, 2, 3], colormap: "viridis")
    let circles = try SVGInspector(fig.svg()).elements("circle", class: "scatter-point")
    XCTAssertEqual(circles.count, 4)
    XCTAssertEqual(SVGInspector.attr(circles[0], "fill"), "#440154")
    XCTAssertEqual(SVGInspector.attr(circles[3], "fill"), "#fde725")
  }

  func testBarsAreRectsWithCategoryLabelsAndStartAtZero() throws {
    let fig = try Figure()
    let ax = fig.gca()
    try ax.bar(categories: ["sigmoid", "tanh", "relu"], heights: [0.5, 0.8, 0.9])
    let svg = try SVGInspector(fig.svg())
    let bars = svg.elements("rect", class: "bar")
    XCTAssertEqual(bars.count, 3)
    XCTAssertEqual(svg.texts("xtick-label"), ["sigmoid", "tanh", "relu"])
    let bg = try XCTUnwrap(svg.elements("rect", class: "axes-background").first)
    let bottom = try XCTUnwrap(SVGInspector.number(bg, "y")) + XCTUnwrap(SVGInspector.number(bg, "height"))
    let barBottom = try XCTUnwrap(SVGInspector.number(bars[0], "y")) + XCTUnwrap(SVGInspector.number(bars[0], "height"))
    XCTAssertEqual(barBottom, bottom, accuracy: 0.02, "bars sit on the x axis (no lower margin)")
    XCTAssertEqual(svg.texts("ytick-label").first, "0.0")
  }

  func testGridOf54AxesRendersWithoutOverlaps() throws {
    let fig = try Figure(figsize: (18, 12))
    let grid = try fig.subplots(nrows: 6, ncols: 9)
    for (r, row) in grid.enumerated() {
      for (c, ax) in row.enumerated() {
        try ax.plot(y: (0..<50).map { exp(-Double($0) / Double(10 + r + c)) }, label: "loss")
        ax.title = "arch \(r) / act \(c)"
      }
    }
    let svg = try SVGInspector(fig.svg())
    XCTAssertEqual(svg.axesGroups.count, 54)
    XCTAssertEqual(svg.elements("path", class: "line").count, 54)
    XCTAssertEqual(svg.texts("title").count, 54)
    svg.assertFiniteCoordinates()
    let frames = svg.elements("rect", class: "axes-background").compactMap { e -> Rect? in
      guard let x = SVGInspector.number(e, "x"), let y = SVGInspector.number(e, "y"),
        let w = SVGInspector.number(e, "width"), let h = SVGInspector.number(e, "height")
      else { return nil }
      return Rect(x: x, y: y, width: w, height: h)
    }
    XCTAssertEqual(frames.count, 54)
    for i in frames.indices {
      XCTAssertGreaterThan(frames[i].width, 40)
      for j in frames.indices where j > i { XCTAssertFalse(frames[i].intersects(frames[j])) }
    }
    assertNoOverlappingTickLabels(svg)
  }

  func testTinyGridShrinksFontsAndThinsTicks() throws {
    let fig = try Figure()
    let grid = try fig.subplots(nrows: 6, ncols: 9)
    for row in grid {
      for ax in row {
        try ax.plot(x: (0..<100).map { Double($0) }, y: (0..<100).map { 1000 * sin(Double($0)) })
        ax.title = "relu"
      }
    }
    let svg = try SVGInspector(fig.svg())
    XCTAssertEqual(svg.axesGroups.count, 54)
    let sizes = svg.elements("text", class: "xtick-label").compactMap { SVGInspector.number($0, "font-size") }
    XCTAssertLessThan(sizes.max() ?? 99, 13.9, "fonts shrink in a crowded grid")
    assertNoOverlappingTickLabels(svg)
  }

  private func assertNoOverlappingTickLabels(_ svg: SVGInspector, file: StaticString = #filePath, line: UInt = #line) {
    for group in svg.axesGroups {
      let labels = svg.within(group, "text", class: "xtick-label")
      let spans = labels.compactMap { e -> (Double, Double)? in
        guard let x = SVGInspector.number(e, "x"), let size = SVGInspector.number(e, "font-size") else { return nil }
        let w = TextMetrics.width(e.stringValue ?? "", fontSize: size)
        return (x - w / 2, x + w / 2)
      }
      for (a, b) in zip(spans, spans.dropFirst()) {
        XCTAssertLessThanOrEqual(a.1, b.0, "x tick labels overlap", file: file, line: line)
      }
      let ys = svg.within(group, "text", class: "ytick-label").compactMap { e -> (Double, Double)? in
        guard let y = SVGInspector.number(e, "y"), let size = SVGInspector.number(e, "font-size") else { return nil }
        return (y, size)
      }.sorted { $0.0 < $1.0 }
      for (a, b) in zip(ys, ys.dropFirst()) {
        XCTAssertGreaterThanOrEqual(b.0 - a.0, a.1, "y tick labels overlap", file: file, line: line)
      }
    }
  }
}
