import Bindings
import Foundation
import Interpreter
import GoldenTesting
import XCTest

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Session-level checks of `matplotlib.pyplot`: inline display at the end of cells, `show()`,
/// `savefig`, the SVG that figures produce, completion options and lesson-style code.
final class PyplotTests: XCTestCase {
  private func makeSession() -> Session {
    let session = Session()
    StandardModules.install(into: session)
    return session
  }

  /// Runs a cell, failing the test when it raises.
  @discardableResult
  private func run(_ session: Session, _ code: String, file: StaticString = #filePath, line: UInt = #line) -> GoldenRunner.Collector {
    let collector = GoldenRunner.Collector()
    if case .error(let name, let value, _) = session.execute(code, sink: collector) {
      XCTFail("\(name): \(value)", file: file, line: line)
    }
    return collector
  }

  /// Parses an SVG document and returns elements matching an XPath.
  private func nodes(_ svg: String, _ xpath: String) throws -> [XMLNode] {
    let document = try XMLDocument(xmlString: svg, options: [])
    return try document.nodes(forXPath: xpath)
  }

  private func svg(_ collector: GoldenRunner.Collector, _ index: Int = 0) throws -> String {
    XCTAssertGreaterThan(collector.displays.count, index)
    return try XCTUnwrap(collector.displays[index].data["image/svg+xml"])
  }

  func testFigureIsShownOnceAtTheEndOfTheCell() throws {
    let session = makeSession()
    let first = run(session, "import matplotlib.pyplot as plt\nplt.plot([1, 2, 3])\nprint('dentro')")
    XCTAssertEqual(first.displays.count, 1)
    XCTAssertEqual(first.text, "dentro\n<Figure size 640x480 with 1 Axes>\n")
    XCTAssertEqual(first.displays[0].data["text/plain"], "<Figure size 640x480 with 1 Axes>")
    XCTAssertNotNil(first.displays[0].data["image/svg+xml"])
    let second = run(session, "x = 1")
    XCTAssertEqual(second.displays.count, 0)
  }

  func testShowDisplaysImmediatelyAndClosesTheFigure() throws {
    let session = makeSession()
    let collector = run(
      session, "import matplotlib.pyplot as plt\nfor i in range(2):\n    plt.plot([1, i])\n    plt.show()\n    print(i)")
    XCTAssertEqual(collector.displays.count, 2)
    XCTAssertEqual(collector.text, "<Figure size 640x480 with 1 Axes>\n0\n<Figure size 640x480 with 1 Axes>\n1\n")
  }

  func testClosedFiguresAreNotShownAndResultsAreNotShownTwice() throws {
    let session = makeSession()
    XCTAssertEqual(run(session, "import matplotlib.pyplot as plt\nplt.plot([1])\nplt.close()").displays.count, 0)
    let collector = GoldenRunner.Collector()
    let outcome = session.execute("fig, ax = plt.subplots()\nax.plot([1, 2])\nfig", sink: collector)
    XCTAssertEqual(collector.displays.count, 0)
    guard case .ok(let result) = outcome else { return XCTFail("cell failed") }
    XCTAssertNotNil(result?.data["image/svg+xml"])
    XCTAssertEqual(result?.data["text/plain"], "<Figure size 640x480 with 1 Axes>")
  }

  func testFiguresAreShownEvenWhenTheCellFails() throws {
    let session = makeSession()
    let collector = GoldenRunner.Collector()
    let outcome = session.execute("import matplotlib.pyplot as plt\nplt.plot([1, 2])\n1 / 0", sink: collector)
    guard case .error(let name, _, _) = outcome else { return XCTFail("expected an error") }
    XCTAssertEqual(name, "ZeroDivisionError")
    XCTAssertEqual(collector.displays.count, 1)
  }

  func testSVGHasTitleLabelsLegendAndLines() throws {
    let session = makeSession()
    let collector = run(
      session,
      """
      import matplotlib.pyplot as plt
      plt.plot([0, 1, 2], [0, 1, 4], 'r--', label='cuadrado')
      plt.plot([0, 1, 2], [0, 1, 2], label='identidad')
      plt.scatter([0, 1], [1, 0], c='k')
      plt.bar([0, 1, 2], [1, 2, 3], alpha=0.3)
      plt.title('Funciones')
      plt.xlabel('x')
      plt.ylabel('f(x)')
      plt.legend()
      plt.text(1, 1, 'nota')
      """)
    let svg = try svg(collector)
    XCTAssertEqual(try nodes(svg, "/*[local-name()='svg']/@width").first?.stringValue, "640")
    XCTAssertEqual(try nodes(svg, "//*[@class='line']").count, 2)
    XCTAssertEqual(try nodes(svg, "//*[@class='bar']").count, 3)
    XCTAssertEqual(try nodes(svg, "//*[@class='title']").first?.stringValue, "Funciones")
    XCTAssertEqual(try nodes(svg, "//*[@class='xlabel']").first?.stringValue, "x")
    XCTAssertEqual(try nodes(svg, "//*[@class='ylabel']").first?.stringValue, "f(x)")
    XCTAssertEqual(try nodes(svg, "//*[@class='legend-label']").map { $0.stringValue ?? "" }, ["cuadrado", "identidad"])
    XCTAssertEqual(try nodes(svg, "//*[@class='annotation']").first?.stringValue, "nota")
    let dashed = try nodes(svg, "//*[@class='line']/@stroke").compactMap(\.stringValue)
    XCTAssertEqual(dashed.first, "#ff0000")
  }

  func testLegendWithLabelListAndBarColorChanges() throws {
    let session = makeSession()
    let collector = run(
      session,
      """
      import matplotlib.pyplot as plt
      import numpy as np
      history = {'loss': [0.9, 0.5, 0.3], 'val_loss': [1.0, 0.7, 0.6]}
      plt.subplot(1, 2, 1)
      plt.plot(history['loss'])
      plt.plot(history['val_loss'])
      plt.legend(['train', 'val'], loc='upper left')
      plt.subplot(1, 2, 2)
      predictions = np.array([0.1, 0.7, 0.2])
      thisplot = plt.bar(range(3), predictions, color="#777777")
      plt.ylim([0, 1])
      thisplot[1].set_color('red')
      thisplot[2].set_color('blue')
      """)
    let svg = try svg(collector)
    XCTAssertEqual(try nodes(svg, "//*[@class='legend-label']").map { $0.stringValue ?? "" }, ["train", "val"])
    let fills = try nodes(svg, "//*[@class='bar']/@fill").compactMap(\.stringValue)
    XCTAssertEqual(fills, ["#777777", "#ff0000", "#0000ff"])
  }

  func testSixByNineGridHasOneTitlePerAxes() throws {
    let session = makeSession()
    let collector = run(
      session,
      """
      import matplotlib.pyplot as plt
      import numpy as np
      fig, axes = plt.subplots(6, 9, figsize=(27, 18), sharex=True, sharey=True)
      for i in range(6):
          for j in range(9):
              axes[i][j].plot(np.arange(10), np.exp(-np.arange(10) / (i + j + 1)))
              axes[i, j].set_title(f'{i}-{j}')
      fig.suptitle('Pérdida por arquitectura y activación')
      plt.tight_layout()
      """)
    let svg = try svg(collector)
    XCTAssertEqual(try nodes(svg, "//*[@class='title']").count, 54)
    XCTAssertEqual(try nodes(svg, "//*[@class='line']").count, 54)
    XCTAssertEqual(try nodes(svg, "//*[@class='suptitle']").first?.stringValue, "Pérdida por arquitectura y activación")
    XCTAssertEqual(collector.displays[0].data["text/plain"], "<Figure size 2700x1800 with 54 Axes>")
  }

  func testImshowEmbedsAnImage() throws {
    let session = makeSession()
    let collector = run(
      session,
      """
      import matplotlib.pyplot as plt
      import numpy as np
      plt.figure(figsize=(10, 10))
      for i in range(25):
          plt.subplot(5, 5, i + 1)
          plt.xticks([])
          plt.yticks([])
          plt.grid(False)
          plt.imshow(np.random.rand(28, 28), cmap=plt.cm.binary)
          plt.xlabel(str(i))
      plt.show()
      """)
    let svg = try svg(collector)
    XCTAssertEqual(try nodes(svg, "//*[@class='image' or @class='image-vector']").count, 25)
    XCTAssertEqual(try nodes(svg, "//*[@class='xlabel']").count, 25)
    XCTAssertEqual(try nodes(svg, "//*[@class='xtick-label']").count, 0)
  }

  func testSavefigWritesAValidSVGFile() throws {
    let session = makeSession()
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("neurona-pyplot-\(UUID().uuidString).svg").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    run(session, "import matplotlib.pyplot as plt\nplt.plot([1, 2, 3])\nplt.title('guardada')\nplt.savefig('\(path)')")
    let text = try String(contentsOfFile: path, encoding: .utf8)
    XCTAssertEqual(try nodes(text, "//*[@class='title']").first?.stringValue, "guardada")
    let fig = run(session, "fig, ax = plt.subplots(figsize=(4, 3))\nfig.savefig('\(path)')\nplt.close(fig)")
    XCTAssertEqual(fig.displays.count, 0)
    XCTAssertEqual(try nodes(try String(contentsOfFile: path, encoding: .utf8), "/*[local-name()='svg']/@width").first?.stringValue, "400")
  }

  func testCompletionOptionsAreRegistered() {
    let session = makeSession()
    let options = session.evaluator.stringOptions
    XCTAssertTrue(options["cmap"]?.contains("viridis") ?? false)
    XCTAssertTrue(options["cmap"]?.contains("gray_r") ?? false)
    XCTAssertTrue(options["color"]?.contains("red") ?? false)
    XCTAssertTrue(options["loc"]?.contains("upper right") ?? false)
    XCTAssertTrue(options["marker"]?.contains("o") ?? false)
    XCTAssertTrue(options["linestyle"]?.contains("--") ?? false)
  }

  func testEachSessionHasItsOwnFigures() {
    let first = makeSession()
    let second = makeSession()
    let a = GoldenRunner.Collector()
    _ = first.execute("import matplotlib.pyplot as plt\nplt.figure(figsize=(3, 2))\nplt.plot([1])", sink: a)
    let b = GoldenRunner.Collector()
    _ = second.execute("import matplotlib.pyplot as plt\nprint(plt.get_fignums())", sink: b)
    XCTAssertEqual(a.displays.count, 1)
    XCTAssertEqual(b.text, "[]\n")
  }
}
