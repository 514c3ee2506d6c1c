import Foundation
import XCTest

@testable import Jupyter

final class JSONValueTests: XCTestCase {
  func testNonFiniteNumbersBecomeNull() throws {
    let value: JSONValue = [
      "loss": .double(.nan), "big": .double(.infinity), "small": .double(-.infinity),
      "nested": [.double(.nan), 1.5],
    ]
    let text = value.serializedString()
    XCTAssertEqual(text, #"{"big":null,"loss":null,"nested":[null,1.5],"small":null}"#)
    XCTAssertFalse(text.contains("nan") || text.contains("inf"))
    // The output must be strict JSON that Foundation accepts.
    XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(text.utf8)))
    XCTAssertEqual(value.sanitized()["loss"], .null)
  }

  func testStringsAreEscaped() throws {
    let value: JSONValue = .string("a\"b\\c\nd\u{01}é😀")
    let text = value.serializedString()
    XCTAssertEqual(text, "\"a\\\"b\\\\c\\nd\\u0001é😀\"")
    XCTAssertEqual(try JSONValue.parse(text), value)
  }

  func testParseKeepsBooleansIntegersAndDoublesApart() throws {
    let value = try JSONValue.parse(#"{"t": true, "i": 5, "d": 2.5, "n": null, "a": [1, "x"]}"#)
    XCTAssertEqual(value["t"], .bool(true))
    XCTAssertEqual(value["i"], .int(5))
    XCTAssertEqual(value["d"], .double(2.5))
    XCTAssertEqual(value["n"], .null)
    XCTAssertEqual(value["a"], [1, "x"])
    XCTAssertEqual(try JSONValue.parse(value.serialized()), value)
  }

  func testInvalidJSONThrows() {
    XCTAssertThrowsError(try JSONValue.parse("{\"a\": }"))
    XCTAssertThrowsError(try JSONValue.parse("NaN"))
  }
}
