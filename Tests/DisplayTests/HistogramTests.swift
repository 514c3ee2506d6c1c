import XCTest

@testable import Display

/// Expected values come from numpy 2.4.6, e.g.
/// `python3 -c "import numpy as np; a=[0.1*i*i-3 for i in range(40)]; print(np.histogram(a, bins=7))"`.
final class HistogramTests: XCTestCase {
  let quadratic = (0..<40).map { 0.1 * Double($0 * $0) - 3 }

  func testEqualBinsMatchNumPy() throws {
    let h = try Histogram(values: quadratic, bins: 7)
    XCTAssertEqual(h.counts, [15, 6, 5, 4, 3, 4, 3])
    XCTAssertEqual(h.edges[1], 18.72857143, accuracy: 1e-7)
    XCTAssertEqual(h.edges[7], 149.1, accuracy: 1e-9)
  }

  func testRangeIgnoresOutsideValues() throws {
    // np.histogram(a, bins=5, range=(0,10)) -> [2, 1, 1, 1, 1], edges 0,2,...,10
    let h = try Histogram(values: quadratic, bins: 5, range: (0, 10))
    XCTAssertEqual(h.counts, [2, 1, 1, 1, 1])
    XCTAssertEqual(h.edges, [0, 2, 4, 6, 8, 10])
  }

  func testLastBinIncludesRightEdgeAndFloatEdges() throws {
    // np.histogram([1,2,2,3,3,3,4,4,4,4], bins=4) -> [1, 2, 3, 4]
    XCTAssertEqual(try Histogram(values: [1, 2, 2, 3, 3, 3, 4, 4, 4, 4], bins: 4).counts, [1, 2, 3, 4])
    // np.histogram([0.0, 0.1, ..., 1.0], bins=10) -> [1, 1, 2, 0, 1, 2, 1, 0, 1, 2]
    let tenths = (0...10).map { Double($0) / 10 }
    let literal = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]
    XCTAssertEqual(tenths, literal)
    XCTAssertEqual(try Histogram(values: literal, bins: 10).counts, [1, 1, 2, 0, 1, 2, 1, 0, 1, 2])
  }

  func testExplicitEdgesSingularRangeAndDensity() throws {
    // np.histogram([1,2,2,3,3,3,4,4,4,4], bins=[0,1.5,2.5,4]) -> [1, 2, 7]
    XCTAssertEqual(try Histogram(values: [1, 2, 2, 3, 3, 3, 4, 4, 4, 4], edges: [0, 1.5, 2.5, 4]).counts, [1, 2, 7])
    // np.histogram([5,5,5], bins=3) -> [0, 3, 0], edges 4.5 .. 5.5
    let single = try Histogram(values: [5, 5, 5], bins: 3)
    XCTAssertEqual(single.counts, [0, 3, 0])
    XCTAssertEqual(single.edges.first, 4.5)
    XCTAssertEqual(single.edges.last, 5.5)
    // np.histogram(a, bins=4, density=True) -> [0.01314924, 0.0052597, 0.00394477, 0.00394477]
    let d = try Histogram(values: quadratic, bins: 4, density: true)
    for (got, want) in zip(d.counts, [0.01314924, 0.0052597, 0.00394477, 0.00394477]) {
      XCTAssertEqual(got, want, accuracy: 1e-8)
    }
    XCTAssertThrowsError(try Histogram(values: [1], bins: 0))
    XCTAssertThrowsError(try Histogram(values: [1], edges: [2, 1]))
  }

  func testHistDrawsOneRectPerBin() throws {
    let fig = try Figure()
    let h = try fig.gca().hist(quadratic, bins: 7, edgeColor: .black)
    XCTAssertEqual(h.counts.count, 7)
    let svg = try SVGInspector(fig.svg())
    XCTAssertEqual(svg.elements("rect", class: "bar").count, 7)
  }
}
