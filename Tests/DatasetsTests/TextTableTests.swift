import Datasets
import Tensor
import XCTest

final class TextTableTests: XCTestCase {
  func testLoadtxtAndGenfromtxtMatchNumPy() throws {
    for c in try Fixture.list("text") {
      let kwargs = c["kwargs"] as? [String: Any] ?? [:]
      var o = TextTable.Options()
      o.delimiter = kwargs["delimiter"] as? String
      o.skipRows = (kwargs["skiprows"] as? Int) ?? (kwargs["skip_header"] as? Int) ?? 0
      o.useCols = (kwargs["usecols"] as? [Int])
      if kwargs["dtype"] as? String == "int" { o.dtype = .int64 }
      let text = c.string("text")
      let name = c.string("name")
      let run = { c.string("fn") == "loadtxt" ? try TextTable.loadtxt(text: text, options: o) : try TextTable.genfromtxt(text: text, options: o) }
      if c["error"] != nil {
        XCTAssertThrowsError(try run(), name) { error in XCTAssertTrue("\(error)".hasPrefix("Line #"), "\(error)") }
        continue
      }
      let t = try run()
      XCTAssertEqual(t.shape, c.ints("shape"), name)
      let expected = (c["values"] as? [Any] ?? []).map { $0 is NSNull ? Double.nan : [String: Any].number($0) }
      assertClose(t.doubles, expected, name)
      XCTAssertEqual(t.dtype == .int64 ? "int64" : "float64", c.string("dtype"), name)
    }
  }

  func testErrorsNameTheLine() {
    XCTAssertThrowsError(try TextTable.loadtxt(text: "1,2\n3,x\n", options: { var o = TextTable.Options(); o.delimiter = ","; return o }())) {
      XCTAssertEqual("\($0)", "Line #2: could not convert string 'x' to float64 at row 1, column 2.")
    }
    XCTAssertThrowsError(try TextTable.load(path: "/nonexistent/file.csv"))
  }
}
