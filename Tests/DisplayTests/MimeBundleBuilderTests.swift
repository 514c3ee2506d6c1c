import Display
import XCTest

final class MimeBundleBuilderTests: XCTestCase {
  func testPlainTextAlwaysPresent() {
    var builder = MimeBundleBuilder(plain: "x")
    builder.add("text/html", "<b>x</b>")
    XCTAssertEqual(builder.data, ["text/plain": "x", "text/html": "<b>x</b>"])
  }
}
