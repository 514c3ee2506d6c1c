import XCTest

@testable import Display

final class FormatStringTests: XCTestCase {
  func testMatplotlibFormatStrings() throws {
    let rDashed = try FormatString("r--")
    XCTAssertEqual(rDashed.color?.hex, "#ff0000")
    XCTAssertEqual(rDashed.lineStyle, .dashed)
    XCTAssertNil(rDashed.marker)

    let bo = try FormatString("bo-")
    XCTAssertEqual(bo.color?.hex, "#0000ff")
    XCTAssertEqual(bo.marker, .circle)
    XCTAssertEqual(bo.effectiveLineStyle, .solid)

    let g = try FormatString("g^")
    XCTAssertEqual(g.color?.hex, "#008000")
    XCTAssertEqual(g.marker, .triangleUp)
    XCTAssertEqual(g.effectiveLineStyle, LineStyle.none)

    let k = try FormatString("k:")
    XCTAssertEqual(k.color?.hex, "#000000")
    XCTAssertEqual(k.lineStyle, .dotted)

    XCTAssertEqual(try FormatString("-.").lineStyle, .dashDot)
    XCTAssertEqual(try FormatString("C2.").color?.hex, "#2ca02c")
    XCTAssertEqual(try FormatString("C2.").marker, .point)
    XCTAssertEqual(try FormatString("--s").marker, .square)
    XCTAssertEqual(try FormatString("x").marker, .cross)
    XCTAssertEqual(try FormatString("red").color?.hex, "#ff0000")
    XCTAssertEqual(try FormatString("").effectiveLineStyle, .solid)
  }

  func testInvalidFormatStrings() {
    for bad in ["rr", "--:", "oo", "q", "r-z"] {
      XCTAssertThrowsError(try FormatString(bad), bad) { error in
        XCTAssertEqual(error as? DisplayError, .invalidFormatString(bad))
      }
    }
  }

  func testColorParsing() throws {
    XCTAssertEqual(try Color(parsing: "C0").hex, "#1f77b4")
    XCTAssertEqual(try Color(parsing: "C9").hex, "#17becf")
    XCTAssertEqual(try Color(parsing: "tab:orange").hex, "#ff7f0e")
    XCTAssertEqual(try Color(parsing: "#abc").hex, "#aabbcc")
    XCTAssertEqual(try Color(parsing: "#11223380").alpha, 128.0 / 255, accuracy: 1e-9)
    XCTAssertEqual(try Color(parsing: "0.5").hex, "#808080")
    XCTAssertEqual(try Color(parsing: "orange").hex, "#ffa500")
    XCTAssertEqual(try Color(parsing: "grey").hex, "#808080")
    XCTAssertEqual(try Color(parsing: "lightgrey").hex, "#d3d3d3")
    XCTAssertThrowsError(try Color(parsing: "notacolour"))
    XCTAssertEqual(Color.cycle(10), Color.cycle(0))
  }

  func testColormaps() throws {
    let viridis = try Colormap(named: "viridis")
    XCTAssertEqual(viridis.color(at: 0).hex, "#440154")
    XCTAssertEqual(viridis.color(at: 0.5).hex, "#21918c")
    XCTAssertEqual(viridis.color(at: 1).hex, "#fde725")
    XCTAssertEqual(try Colormap(named: "gray").color(at: 0).hex, "#000000")
    XCTAssertEqual(try Colormap(named: "gray").color(at: 1).hex, "#ffffff")
    XCTAssertEqual(try Colormap(named: "Greys").color(at: 0).hex, "#ffffff")
    XCTAssertEqual(try Colormap(named: "binary").color(at: 1).hex, "#000000")
    XCTAssertEqual(try Colormap(named: "gray_r").color(at: 0).hex, "#ffffff")
    XCTAssertEqual(try Colormap(named: "hot").color(at: 1).hex, "#ffffff")
    XCTAssertEqual(try Colormap(named: "coolwarm").color(at: 0).hex, "#3b4cc0")
    XCTAssertEqual(try Colormap(named: "plasma").color(at: 0).hex, "#0d0887")
    XCTAssertEqual(viridis.color(for: 5, vmin: 0, vmax: 10), viridis.color(at: 0.5))
    XCTAssertThrowsError(try Colormap(named: "nope")) { error in
      XCTAssertEqual(error as? DisplayError, .unknownColormap("nope"))
    }
  }

  func testLineStylesAndMarkers() throws {
    XCTAssertEqual(try LineStyle(parsing: "dashed"), .dashed)
    XCTAssertEqual(try LineStyle(parsing: "-."), .dashDot)
    XCTAssertNil(LineStyle.solid.dashArray(width: 1.5))
    XCTAssertEqual(LineStyle.dashed.dashArray(width: 1), "3.7,1.6")
    XCTAssertEqual(try Marker.parse("s"), .square)
    XCTAssertNil(try Marker.parse("None"))
    XCTAssertThrowsError(try Marker.parse("?"))
  }
}
