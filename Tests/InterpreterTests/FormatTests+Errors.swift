import XCTest

@testable import Interpreter

/// One test per Python error message raised by `PyFormat`.
extension FormatTests {
  private func assertThrows(
    _ type: String, _ message: String, file: StaticString = #filePath, line: UInt = #line,
    _ body: () throws -> Any
  ) {
    XCTAssertThrowsError(try body(), file: file, line: line) { error in
      XCTAssertEqual(
        error as? FormatError, FormatError(pythonType: type, message: message),
        file: file, line: line)
    }
  }

  private func spec(_ value: FormatArgument, _ spec: String) -> () throws -> Any {
    { try PyFormat.format(value, spec: spec) }
  }

  private func percent(_ template: String, _ args: [FormatArgument]) -> () throws -> Any {
    { try PyFormat.percent(template, args, mapping: nil) }
  }

  private func template(_ text: String) -> () throws -> Any {
    { try PyFormat.parseTemplate(text) }
  }

  // MARK: - Format spec

  func testErrorUnknownFormatCode() {
    assertThrows("ValueError", "Unknown format code 'd' for object of type 'float'",
      spec(.float(1), "d"))
    assertThrows("ValueError", "Unknown format code 's' for object of type 'bool'",
      spec(.bool(true), "s"))
  }

  func testErrorInvalidFormatSpecifier() {
    assertThrows("ValueError", "Invalid format specifier 'xx' for object of type 'float'",
      spec(.float(1), "xx"))
  }

  func testErrorMissingPrecision() {
    assertThrows("ValueError", "Format specifier missing precision", spec(.float(1), "."))
  }

  func testErrorBothGroupings() {
    assertThrows("ValueError", "Cannot specify both ',' and '_'.", spec(.float(1), ",_"))
  }

  func testErrorGroupingWithType() {
    assertThrows("ValueError", "Cannot specify ',' with 'x'.", spec(.int(1), ",x"))
    assertThrows("ValueError", "Cannot specify ',' with ','.", spec(.int(1), ",,"))
  }

  func testErrorIntPrecision() {
    assertThrows("ValueError", "Precision not allowed in integer format specifier",
      spec(.int(1), ".2d"))
  }

  func testErrorIntZeroCoercion() {
    assertThrows("ValueError",
      "Negative zero coercion (z) not allowed in integer format specifier", spec(.int(1), "zd"))
  }

  func testErrorCharSign() {
    assertThrows("ValueError", "Sign not allowed with integer format specifier 'c'",
      spec(.int(65), "+c"))
  }

  func testErrorCharAlternate() {
    assertThrows("ValueError",
      "Alternate form (#) not allowed with integer format specifier 'c'", spec(.int(65), "#c"))
  }

  func testErrorCharRange() {
    assertThrows("OverflowError", "%c arg not in range(0x110000)", spec(.int(-1), "c"))
  }

  func testErrorStringSign() {
    assertThrows("ValueError", "Sign not allowed in string format specifier",
      spec(.string("a"), "+"))
  }

  func testErrorStringAlternate() {
    assertThrows("ValueError", "Alternate form (#) not allowed in string format specifier",
      spec(.string("a"), "#"))
  }

  func testErrorStringEqualsAlign() {
    assertThrows("ValueError", "'=' alignment not allowed in string format specifier",
      spec(.string("a"), "=5"))
  }

  func testErrorStringZeroCoercion() {
    assertThrows("ValueError",
      "Negative zero coercion (z) not allowed in string format specifier", spec(.string("a"), "z"))
  }

  func testErrorOtherFormat() {
    assertThrows("TypeError", "unsupported format string passed to list.__format__",
      spec(.other(str: "[1]", repr: "[1]", typeName: "list"), ">5"))
  }

  func testErrorTooManyDigits() {
    assertThrows("ValueError", "Too many decimal digits in format string",
      spec(.float(1), "10000000000000000000000"))
  }

  // MARK: - Percent

  func testErrorNotEnoughArguments() {
    assertThrows("TypeError", "not enough arguments for format string",
      percent("%s %s", [.int(1)]))
  }

  func testErrorNotAllConverted() {
    assertThrows("TypeError", "not all arguments converted during string formatting",
      percent("%s", [.int(1), .int(2)]))
  }

  func testErrorRealNumberRequired() {
    assertThrows("TypeError", "%d format: a real number is required, not str",
      percent("%d", [.string("a")]))
  }

  func testErrorIntegerRequired() {
    assertThrows("TypeError", "%x format: an integer is required, not float",
      percent("%x", [.float(1.5)]))
  }

  func testErrorMustBeRealNumber() {
    assertThrows("TypeError", "must be real number, not str", percent("%f", [.string("a")]))
  }

  func testErrorCharRequired() {
    assertThrows("TypeError", "%c requires int or char", percent("%c", [.string("ab")]))
  }

  func testErrorUnsupportedCharacter() {
    assertThrows("ValueError", "unsupported format character 'y' (0x79) at index 1",
      percent("%y", [.int(1)]))
  }

  func testErrorIncompleteFormat() {
    assertThrows("ValueError", "incomplete format", percent("abc %", [.int(1)]))
  }

  func testErrorIncompleteFormatKey() {
    assertThrows("ValueError", "incomplete format key") {
      try PyFormat.percent("%(a", [], mapping: ["a": .int(1)])
    }
  }

  func testErrorRequiresMapping() {
    assertThrows("TypeError", "format requires a mapping", percent("%(a)s", [.int(1)]))
  }

  func testErrorMissingKey() {
    assertThrows("KeyError", "'a'") { try PyFormat.percent("%(a)s", [], mapping: [:]) }
  }

  func testErrorStarWantsInt() {
    assertThrows("TypeError", "* wants int", percent("%*d", [.string("a"), .int(1)]))
  }

  func testErrorFloatInfinityToInteger() {
    assertThrows("OverflowError", "cannot convert float infinity to integer",
      percent("%d", [.float(.infinity)]))
  }

  func testErrorFloatNaNToInteger() {
    assertThrows("ValueError", "cannot convert float NaN to integer",
      percent("%d", [.float(.nan)]))
  }

  // MARK: - Templates

  func testErrorSingleClosingBrace() {
    assertThrows("ValueError", "Single '}' encountered in format string", template("a}b"))
  }

  func testErrorSingleOpeningBrace() {
    assertThrows("ValueError", "Single '{' encountered in format string", template("ab{"))
  }

  func testErrorExpectedClosingBrace() {
    assertThrows("ValueError", "expected '}' before end of string", template("{0"))
  }

  func testErrorUnmatchedBraceInSpec() {
    assertThrows("ValueError", "unmatched '{' in format spec", template("{0:>5"))
  }

  func testErrorEndLookingForConversion() {
    assertThrows("ValueError", "end of string while looking for conversion specifier",
      template("{!"))
  }

  func testErrorExpectedColonAfterConversion() {
    assertThrows("ValueError", "expected ':' after conversion specifier", template("{!rx}"))
  }

  func testErrorUnknownConversion() {
    assertThrows("ValueError", "Unknown conversion specifier x", template("{!x}"))
  }

  func testErrorAutomaticToManual() {
    assertThrows("ValueError",
      "cannot switch from automatic field numbering to manual field specification",
      template("{}{0}"))
  }

  func testErrorManualToAutomatic() {
    assertThrows("ValueError",
      "cannot switch from manual field specification to automatic field numbering",
      template("{0}{}"))
  }

  func testErrorUnexpectedBraceInFieldName() {
    assertThrows("ValueError", "unexpected '{' in field name", template("{a{}"))
  }

  func testErrorMaxRecursion() {
    assertThrows("ValueError", "Max string recursion exceeded", template("{:{:{}}}"))
  }

  func testErrorEmptyAttribute() {
    assertThrows("ValueError", "Empty attribute in format string", template("{0..a}"))
  }

  func testErrorOnlyDotOrBracket() {
    assertThrows("ValueError", "Only '.' or '[' may follow ']' in format field specifier",
      template("{0[a]x}"))
  }
}
