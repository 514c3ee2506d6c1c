import Display
import XCTest

/// Neuron diagrams, layer graphs and formulas drawn without the interpreter.
final class NetworkDiagramTests: XCTestCase {
  func network(_ sizes: [Int], weights: Bool = true) -> NetworkDescription {
    var stages: [NetworkDescription.Stage] = []
    for (i, (fanIn, units)) in zip(sizes, sizes.dropFirst()).enumerated() {
      let kernel = weights ? (0..<fanIn).map { p in (0..<units).map { Double(p - $0) / 10 } } : []
      stages.append(.init(name: i == 0 ? "dense" : "dense_\(i)", units: units, kernel: kernel,
                          bias: Array(repeating: 0.5, count: units), activations: [NetworkActivation(name: "relu")]))
    }
    return NetworkDescription(inputCount: sizes[0], stages: stages)
  }

  func testCourseNetworkCounts() throws {
    let svg = NeuronDiagram(network: network([1, 3, 1]), showWeights: true).svg()
    let doc = try SVGInspector(svg)
    XCTAssertEqual(doc.elements("circle").count, 5)
    XCTAssertEqual(doc.elements("circle", class: "neuron input").count, 1)
    XCTAssertEqual(doc.elements("circle", class: "neuron hidden").count, 3)
    XCTAssertEqual(doc.elements("circle", class: "neuron output").count, 1)
    XCTAssertEqual(doc.elements("line", class: "connection").count, 6)
    XCTAssertEqual(doc.texts("weight").count, 6)
    XCTAssertEqual(doc.texts("neuron-label"), ["1", "2", "3", "4", "5"])
    doc.assertFiniteCoordinates()
  }

  func testWideLayerUsesEllipsis() throws {
    let diagram = NeuronDiagram(network: network([4, 300, 2], weights: false), showWeights: true)
    let doc = try SVGInspector(diagram.svg())
    XCTAssertEqual(doc.elements("circle").count, 4 + 5 + 2)
    XCTAssertEqual(doc.texts("ellipsis").count, 1)
    XCTAssertEqual(doc.elements("line", class: "connection").count, 4 * 5 + 5 * 2)
    XCTAssertEqual(doc.texts("weight").count, 0)
    let labels = doc.texts("neuron-label")
    XCTAssertEqual(Array(labels[4..<9]), ["5", "6", "7", "303", "304"])
    XCTAssertEqual(labels.suffix(2), ["305", "306"])
    XCTAssertTrue(diagram.plainText().contains("dense   (300): 5 6 7 … 303 304  relu"), diagram.plainText())
  }

  func testLayerGraphTopToBottomAndLeftToRight() throws {
    let boxes = [LayerGraph.Box(title: "Dense", rows: ["Input shape: (None, 1)", "Output shape: (None, 3)"]),
                 LayerGraph.Box(title: "Dense", rows: ["Input shape: (None, 3)", "Output shape: (None, 1)"])]
    for lr in [false, true] {
      let doc = try SVGInspector(LayerGraph(boxes: boxes, leftToRight: lr).svg())
      XCTAssertEqual(doc.elements("rect", class: "layer-box").count, 2)
      XCTAssertEqual(doc.elements("line", class: "edge").count, 1)
      XCTAssertEqual(doc.texts("layer-detail").count, 4)
      let rects = doc.elements("rect", class: "layer-box")
      let first = SVGInspector.number(rects[0], lr ? "x" : "y") ?? 0
      let second = SVGInspector.number(rects[1], lr ? "x" : "y") ?? 0
      XCTAssertLessThan(first, second)
      doc.assertFiniteCoordinates()
    }
    XCTAssertTrue(LayerGraph(boxes: boxes).plainText().contains("      v"))
  }

  func testFormulaEvaluationMatchesHandComputation() {
    let formula = NetworkFormula(network([2, 2, 1]))
    // kernel[p][k] = (p − k)/10: hidden relu(0.1·x2 + 0.5), relu(−0.1·x1 + 0.5); output relu(0.1·h2 + 0.5).
    let x = [1.0, 2.0]
    let h1 = max(0, 0.1 * x[1] + 0.5), h2 = max(0, -0.1 * x[0] + 0.5)
    XCTAssertEqual(formula.evaluate(x)[0], max(0, 0.1 * h2 + 0 * h1 + 0.5), accuracy: 1e-12)
    XCTAssertEqual(formula.rows.count, 5)
  }

  func testLongComposedFormulaIsBrokenOneTermPerLine() {
    let long = NetworkFormula(network([2, 8, 1])).latex()
    XCTAssertTrue(long.contains("\\begin{aligned}"), long)
    // One line per hidden neuron's term plus the bias: 9 lines, 8 line breaks.
    let composed = long.components(separatedBy: "\\begin{aligned}")[1].components(separatedBy: "\\end{aligned}")[0]
    XCTAssertEqual(composed.components(separatedBy: " \\\\\n").count, 9, composed)
    XCTAssertTrue(composed.contains("\\Big("), composed)
    // A short one stays on one line.
    let short = NetworkFormula(network([1, 3, 1])).latex()
    XCTAssertFalse(short.contains("\\Big("), short)
    XCTAssertTrue(short.contains("y = y_{5} = "), short)
  }
}
