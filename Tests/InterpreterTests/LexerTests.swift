import XCTest

@testable import Interpreter

final class LexerTests: XCTestCase {
  /// Tokens rendered as `kind:text`, markers as their kind alone.
  private func render(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
    do {
      return try Lexer.tokenize(source).map { token in
        switch token.kind {
        case .newline: return "NL"
        case .indent: return "IN"
        case .dedent: return "DE"
        case .endOfInput: return "END"
        default: return token.text
        }
      }
    } catch {
      XCTFail("\(error)", file: file, line: line)
      return []
    }
  }

  /// The error tokenizing `source` throws, or nil.
  private func lexError(_ source: String) -> SyntaxError? {
    do {
      _ = try Lexer.tokenize(source)
      return nil
    } catch {
      return error as? SyntaxError
    }
  }

  /// The decoded value of a single string-literal expression.
  private func stringValue(_ source: String) throws -> String? {
    if case .string(let value) = try Parser.parseExpression(source).kind { return value }
    return nil
  }

  func testIndentAndDedent() {
    XCTAssertEqual(
      render("if a:\n    b\n    if c:\n        d\ne\n"),
      ["if", "a", ":", "NL", "IN", "b", "NL", "if", "c", ":", "NL", "IN", "d", "NL", "DE", "DE",
       "e", "NL", "END"])
  }

  func testTabsBlankLinesAndCommentsDoNotAffectIndentation() {
    XCTAssertEqual(
      render("if a:\n\tb\n\n  # c\n        d\n"),
      ["if", "a", ":", "NL", "IN", "b", "NL", "d", "NL", "DE", "END"])
  }

  func testImplicitAndExplicitLineJoining() {
    XCTAssertEqual(render("f(1,\n  2)\nx = 1 + \\\n    2"),
                   ["f", "(", "1", ",", "2", ")", "NL", "x", "=", "1", "+", "2", "NL", "END"])
  }

  func testOperatorsUseLongestMatch() {
    XCTAssertEqual(
      render("a **= b //= c @= d := e -> f ... != <<= >>= ** //"),
      ["a", "**=", "b", "//=", "c", "@=", "d", ":=", "e", "->", "f", "...", "!=", "<<=", ">>=",
       "**", "//", "NL", "END"])
  }

  func testKindsAndKeywords() throws {
    let tokens = try Lexer.tokenize("def f(x): return 1.5 + 2")
    XCTAssertEqual(tokens.map(\.kind),
                   [.keyword, .name, .op, .name, .op, .op, .keyword, .float, .op, .int, .newline,
                    .endOfInput])
  }

  func testColumnsCountUnicodeScalars() throws {
    let tokens = try Lexer.tokenize("año = 'ñ' + b\n  ")
    XCTAssertEqual(tokens[0].text, "año")
    XCTAssertEqual(tokens[1].location, SourceLocation(line: 1, column: 5))
    XCTAssertEqual(tokens[4].location, SourceLocation(line: 1, column: 13))
  }

  func testIntegerLiterals() throws {
    let values = try Lexer.tokenize("1_000 0x1F 0o17 0b1010 0 00 9223372036854775807").compactMap {
      token -> Int? in
      if case .int(let value) = token.value { return value }
      return nil
    }
    XCTAssertEqual(values, [1000, 31, 15, 10, 0, 0, Int.max])
    XCTAssertEqual(lexError("9223372036854775808")?.message, "integer literal too large")
    XCTAssertEqual(lexError("0x_")?.message, "invalid hexadecimal literal")
    XCTAssertEqual(lexError("1__0")?.message, "invalid decimal literal")
  }

  func testFloatLiterals() throws {
    let values = try Lexer.tokenize("1e-7 .5 3. 1_0.5 2E+3 1.5e2").compactMap { token -> Double? in
      if case .float(let value) = token.value { return value }
      return nil
    }
    XCTAssertEqual(values, [1e-7, 0.5, 3.0, 10.5, 2000.0, 150.0])
  }

  func testStringEscapesAndPrefixes() throws {
    XCTAssertEqual(try stringValue(#"'a\nb\t\\\'\"\x41\u00e9\0'"#), "a\nb\t\\'\"Aé\0")
    XCTAssertEqual(try stringValue(#"R'a\n' U"b""#), "a\\nb")
    XCTAssertEqual(try stringValue("'''x\n'y'\"\"\"'''"), "x\n'y'\"\"\"")
    XCTAssertEqual(try stringValue("\"don't\""), "don't")
    XCTAssertEqual(try stringValue("'a\\\nb'"), "ab")
  }

  func testStringPrefixesAreCaseInsensitive() throws {
    let tokens = try Lexer.tokenize("Rb'x' fR'y' Br'z'")
    XCTAssertEqual(tokens.prefix(3).map(\.kind), [.string, .string, .string])
    guard case .string(let literal) = tokens[1].value else { return XCTFail("not a string") }
    XCTAssertTrue(literal.isFormatted && literal.isRaw)
  }

  func testStringErrors() {
    let single = lexError("x = 1\ns = 'abc")
    XCTAssertEqual(single?.message, "unterminated string literal (detected at line 2)")
    XCTAssertEqual(single?.location, SourceLocation(line: 2, column: 5))
    XCTAssertEqual(single?.lineText, "s = 'abc")
    XCTAssertEqual(
      lexError("s = '''abc\n\nx")?.message,
      "unterminated triple-quoted string literal (detected at line 3)")
  }

  func testBracketErrors() {
    let unclosed = lexError("x = [1,\n(2")
    XCTAssertEqual(unclosed?.message, "'(' was never closed")
    XCTAssertEqual(unclosed?.location, SourceLocation(line: 2, column: 1))
    XCTAssertEqual(lexError("x = )")?.message, "unmatched ')'")
    XCTAssertEqual(
      lexError("x = [1,\n2)")?.message,
      "closing parenthesis ')' does not match opening parenthesis '[' on line 1")
  }

  func testIndentationAndCharacterErrors() {
    let mismatch = lexError("if a:\n    b\n  c")
    XCTAssertEqual(mismatch?.kind, .indentation)
    XCTAssertEqual(mismatch?.message, "unindent does not match any outer indentation level")
    XCTAssertEqual(mismatch?.location.line, 3)
    XCTAssertEqual(lexError("x = 1 €")?.message, "invalid character '€' (U+20AC)")
    XCTAssertEqual(
      lexError("x = 1 \\ y")?.message, "unexpected character after line continuation character")
  }
}
