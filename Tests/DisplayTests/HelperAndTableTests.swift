import Foundation
import XCTest
#if canImport(FoundationXML)
  import FoundationXML
#endif

@testable import Display

final class HelperAndTableTests: XCTestCase {
  func testTrainingHistoryChartHasLossAndMetricAxes() throws {
    let fig = try TrainingHistoryChart.figure(history: [
      ("loss", [1, 0.6, 0.4]), ("accuracy", [0.5, 0.7, 0.8]), ("val_loss", [1.1, 0.7, 0.5]),
      ("val_accuracy", [0.45, 0.65, 0.75]), ("lr", [0.01, 0.01, 0.01]),
    ])
    XCTAssertEqual(fig.axes.count, 2)
    let svg = try SVGInspector(fig.svg())
    XCTAssertEqual(svg.texts("legend-label"), ["loss", "val_loss", "accuracy", "val_accuracy"])
    XCTAssertEqual(svg.texts("title"), ["Loss", "Accuracy"])
    XCTAssertEqual(svg.elements("path", class: "line").count, 4)
    let only = try TrainingHistoryChart.figure(history: [("loss", [3, 2, 1])])
    XCTAssertEqual(only.axes.count, 1)
  }

  func testActivationChartOverlayAndGrid() throws {
    let xs = stride(from: -3.0, through: 3.0, by: 0.5).map { $0 }
    let curves: [(name: String, y: [Double])] = [
      ("relu", xs.map { max(0, $0) }), ("tanh", xs.map { tanh($0) }), ("sigmoid", xs.map { 1 / (1 + exp(-$0)) }),
    ]
    let overlay = try SVGInspector(ActivationChart.figure(x: xs, curves: curves).svg())
    XCTAssertEqual(overlay.texts("legend-label"), ["relu", "tanh", "sigmoid"])
    let strokes = overlay.elements("path", class: "line").compactMap { SVGInspector.attr($0, "stroke") }
    XCTAssertEqual(strokes, Array(Color.tab10Hex.prefix(3)))
    let gridFig = try ActivationChart.figure(x: xs, curves: curves, columns: 2)
    XCTAssertEqual(gridFig.axes.count, 4)
    XCTAssertEqual(try SVGInspector(gridFig.svg()).texts("title"), ["relu", "tanh", "sigmoid"])
    XCTAssertThrowsError(try ActivationChart.figure(x: [1, 2], curves: [("bad", [1])]))
  }

  func testTextTableAlignsColumns() {
    let table = TextTable(
      headers: ["Layer (type)", "Output Shape", "Param #"],
      rows: [["dense (Dense)", "(None, 4)", "12"], ["dense_1 (Dense)", "(None, 1)", "5"]])
    XCTAssertEqual(
      table.render(),
      """
      Layer (type)     Output Shape  Param #
      --------------------------------------
      dense (Dense)       (None, 4)       12
      dense_1 (Dense)     (None, 1)        5
      """)
    let box = table.render(style: .box).split(separator: "\n")
    XCTAssertEqual(box.count, 6)
    XCTAssertEqual(Set(box.map(\.count)).count, 1, "every box line has the same width")
    let keras = TextTable(headers: ["a", "b"], rows: [["x", "1"]], title: "Model: \"m\"").render(style: .keras)
    XCTAssertTrue(keras.hasPrefix("Model: \"m\"\n____"))
    XCTAssertTrue(keras.hasSuffix("===="))
  }

  func testHTMLTableEscapesAndParses() throws {
    let html = HTMLTable(
      headers: ["clase", "precision"], rows: [["<gato>", "0.91"], ["perro & co", "0.88"]], caption: "Informe",
      emphasizedRows: [1]
    ).render()
    XCTAssertTrue(html.contains("&lt;gato&gt;"))
    XCTAssertTrue(html.contains("perro &amp; co"))
    let doc = try XMLDocument(xmlString: html, options: [])
    XCTAssertEqual(try doc.nodes(forXPath: "//tr").count, 3)
    XCTAssertEqual(try doc.nodes(forXPath: "//th").count, 2)
    XCTAssertEqual(try doc.nodes(forXPath: "//caption").first?.stringValue, "Informe")
  }

  func testLaTeXHelpers() {
    XCTAssertEqual(LaTeX.escape("a_b & 50% {x}"), "a\\_b \\& 50\\% \\{x\\}")
    XCTAssertEqual(LaTeX.text("w_1"), "\\text{w\\_1}")
    XCTAssertEqual(LaTeX.number(0.5), "0.5")
    XCTAssertEqual(LaTeX.number(-2.0), "-2")
    XCTAssertEqual(LaTeX.number(1.23456, digits: 2), "1.23")
    XCTAssertEqual(
      LaTeX.aligned([("z", "w x + b"), ("y", "\\sigma(z)")]),
      "\\begin{aligned}\nz &= w x + b \\\\\ny &= \\sigma(z)\n\\end{aligned}")
    XCTAssertEqual(LaTeX.matrix([["1", "2"], ["3", "4"]]), "\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}")
    XCTAssertEqual(LaTeX.display("x"), "$$x$$")
  }
}
