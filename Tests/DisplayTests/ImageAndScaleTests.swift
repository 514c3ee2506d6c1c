import Foundation
import Tensor
import XCTest

@testable import Display

final class ImageAndScaleTests: XCTestCase {
  func testSmallGrayscaleImageIsVectorAndSquare() throws {
    let fig = try Figure()
    let ax = fig.gca()
    let digit: [Double] = (0..<(28 * 28)).map { (i: Int) -> Double in Double((i % 28) * (i / 28) % 256) }
    try ax.imshow(values: digit, shape: [28, 28], colormap: "gray")
    try ax.axis("off")
    let svg = try SVGInspector(fig.svg())
    let group = try XCTUnwrap(svg.elements("g", class: "image-vector").first)
    XCTAssertFalse(svg.elements("line", class: "spine").count > 0, "axis('off') hides spines")
    XCTAssertTrue(SVGInspector.attr(group, "transform")?.contains("scale") ?? false)
    let bg = try XCTUnwrap(svg.elements("rect", class: "axes-background").first)
    XCTAssertEqual(
      try XCTUnwrap(SVGInspector.number(bg, "width")), try XCTUnwrap(SVGInspector.number(bg, "height")), accuracy: 0.02)
  }

  func testLargeRGBImageIsEmbeddedPNG() throws {
    let fig = try Figure()
    let t = try Tensor((0..<(40 * 50 * 3)).map { Double($0 % 255) / 255 }, shape: [40, 50, 3])
    try fig.gca().imshow(t)
    let svg = try SVGInspector(fig.svg())
    let image = try XCTUnwrap(svg.elements("image", class: "image").first)
    let href = try XCTUnwrap(SVGInspector.attr(image, "xlink:href"))
    XCTAssertTrue(href.hasPrefix("data:image/png;base64,"))
    let data = try XCTUnwrap(Data(base64Encoded: String(href.dropFirst("data:image/png;base64,".count))))
    XCTAssertEqual(Array(data.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
    let w = try XCTUnwrap(SVGInspector.number(image, "width")), h = try XCTUnwrap(SVGInspector.number(image, "height"))
    XCTAssertEqual(w / h, 50.0 / 40.0, accuracy: 0.01)
  }

  func testImshowRejectsBadShapes() throws {
    let ax = Axes()
    XCTAssertThrowsError(try ax.imshow(values: [1, 2, 3], shape: [2, 2]))
    XCTAssertThrowsError(try ax.imshow(values: [1, 2], shape: [1, 1, 2]))
    XCTAssertThrowsError(try ax.imshow(values: [1], shape: [1, 1], colormap: "nope"))
  }

  func testLogScaleTicksArePowersOfTen() throws {
    let fig = try Figure()
    let ax = fig.gca()
    try ax.plot(x: [1, 2, 3, 4], y: [1, 10, 100, 1000])
    try ax.setYScale("log")
    let svg = try SVGInspector(fig.svg())
    XCTAssertEqual(svg.texts("ytick-label"), ["100", "101", "102", "103"], "10 with superscript exponents")
  }

  func testLimitsTicksAndReferenceLines() throws {
    let fig = try Figure()
    let ax = fig.gca()
    try ax.plot(x: [0, 10], y: [0, 10])
    try ax.setXLimits(lower: 0, upper: 5)
    try ax.setYTicks([0, 5, 10], labels: ["bajo", "medio", "alto"])
    ax.axhline(y: 5, color: .black, lineStyle: .dashed)
    ax.axvline(x: 2)
    ax.text(x: 1, y: 8, "nota")
    ax.grid()
    let svg = try SVGInspector(fig.svg())
    XCTAssertEqual(svg.texts("xtick-label"), ["0", "1", "2", "3", "4", "5"])
    XCTAssertEqual(svg.texts("ytick-label"), ["bajo", "medio", "alto"])
    XCTAssertEqual(svg.elements("line", class: "refline").count, 2)
    XCTAssertEqual(svg.texts("annotation"), ["nota"])
    XCTAssertEqual(ax.xLimits().0, 0)
    XCTAssertEqual(ax.xLimits().1, 5)
    XCTAssertThrowsError(try ax.setXLimits(lower: 1, upper: 1))
    XCTAssertThrowsError(try ax.setXTicks([1, 2], labels: ["a"]))
  }

  func testAutoscaleMargins() throws {
    let ax = Axes()
    try ax.plot(x: [0, 10], y: [2, 4])
    XCTAssertEqual(ax.xLimits().0, -0.5, accuracy: 1e-12)
    XCTAssertEqual(ax.xLimits().1, 10.5, accuracy: 1e-12)
    XCTAssertEqual(ax.yLimits().0, 1.9, accuracy: 1e-12)
    let empty = Axes()
    XCTAssertEqual(empty.xLimits().0, 0)
    XCTAssertEqual(empty.xLimits().1, 1)
  }

  func testSharedAxesHideInnerLabelsAndShareLimits() throws {
    let fig = try Figure()
    let grid = try fig.subplots(nrows: 2, ncols: 2, sharex: .all, sharey: .all)
    try grid[0][0].plot(x: [0, 1], y: [0, 1])
    try grid[1][1].plot(x: [0, 100], y: [0, 50])
    let svg = try SVGInspector(fig.svg())
    let groups = svg.axesGroups
    XCTAssertEqual(groups.count, 4)
    XCTAssertEqual(svg.within(groups[0], "text", class: "xtick-label").count, 0)
    XCTAssertEqual(svg.within(groups[1], "text", class: "ytick-label").count, 0)
    let topLeftY = svg.within(groups[0], "text", class: "ytick-label").map { $0.stringValue ?? "" }
    XCTAssertEqual(topLeftY.last, "50")
  }

  func testSubplotIndexingAndErrors() throws {
    let fig = try Figure()
    let a = try fig.addSubplot(nrows: 2, ncols: 2, index: 3)
    XCTAssertEqual(a.row, 1)
    XCTAssertEqual(a.column, 0)
    XCTAssertTrue(try fig.addSubplot(nrows: 2, ncols: 2, index: 3) === a)
    XCTAssertThrowsError(try fig.addSubplot(nrows: 2, ncols: 2, index: 5)) { error in
      XCTAssertEqual(error as? DisplayError, .subplotOutOfRange(index: 5, count: 4))
    }
    XCTAssertThrowsError(try Figure(figsize: (0, 3)))
    XCTAssertThrowsError(try Axes().plot(x: [1, 2], y: [1]))
  }
}
