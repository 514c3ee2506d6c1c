/// Integer and float literals.
extension Scanner {
  /// Whether `scalar` is an ASCII decimal digit.
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

  /// Whether `scalar` is a digit in `radix` (2, 8, 10 or 16).
  static func isDigit(_ scalar: Unicode.Scalar, radix: Int) -> Bool {
    switch radix {
    case 2: return scalar == "0" || scalar == "1"
    case 8: return scalar >= "0" && scalar <= "7"
    case 16:
      return isDigit(scalar) || (scalar >= "a" && scalar <= "f") || (scalar >= "A" && scalar <= "F")
    default: return isDigit(scalar)
    }
  }

  /// The name CPython uses for literals in `radix` in its error messages.
  static func radixName(_ radix: Int) -> String {
    switch radix {
    case 2: return "binary"
    case 8: return "octal"
    case 16: return "hexadecimal"
    default: return "decimal"
    }
  }

  /// Consumes digits of `radix` with single underscores between them; returns the digits.
  ///
  /// - Throws: `invalid <radix> literal` for a trailing or doubled underscore.
  mutating func scanDigits(radix: Int, into digits: inout String) throws {
    while let scalar = peek() {
      if Scanner.isDigit(scalar, radix: radix) {
        digits.unicodeScalars.append(scalar)
        position += 1
      } else if scalar == "_" {
        position += 1
        guard let next = peek(), Scanner.isDigit(next, radix: radix) else {
          throw SyntaxError(
            .syntax, "invalid \(Scanner.radixName(radix)) literal", at: location(of: position - 1))
        }
      } else {
        break
      }
    }
  }

  /// Scans a number literal starting at `position`.
  mutating func scanNumber() throws {
    let start = position
    if source[position] == "0", let marker = peek(1) {
      let radix: Int? =
        marker == "x" || marker == "X" ? 16 : marker == "o" || marker == "O" ? 8
        : marker == "b" || marker == "B" ? 2 : nil
      if let radix {
        position += 2
        if peek() == "_" { position += 1 }
        var digits = ""
        try scanDigits(radix: radix, into: &digits)
        if digits.isEmpty || peek().map(Scanner.isIdentifierContinue) == true {
          throw SyntaxError(
            .syntax, "invalid \(Scanner.radixName(radix)) literal", at: location(of: position - 1))
        }
        try emitInteger(digits, radix: radix, from: start)
        return
      }
    }
    var text = ""
    try scanDigits(radix: 10, into: &text)
    var isFloat = false
    if peek() == ".", !(peek(1) == "." && peek(2) == ".") {
      isFloat = true
      position += 1
      text += "."
      if let next = peek(), Scanner.isDigit(next) { try scanDigits(radix: 10, into: &text) }
    }
    if let marker = peek(), marker == "e" || marker == "E" {
      var ahead = 1
      if peek(1) == "+" || peek(1) == "-" { ahead = 2 }
      if let digit = peek(ahead), Scanner.isDigit(digit) {
        isFloat = true
        text += "e"
        if ahead == 2, let sign = peek(1) { text.unicodeScalars.append(sign) }
        position += ahead
        try scanDigits(radix: 10, into: &text)
      }
    }
    if let next = peek(), next == "j" || next == "J" {
      throw SyntaxError(.syntax, "imaginary literals are not supported", at: location(of: start))
    }
    if let next = peek(), Scanner.isIdentifierContinue(next), !isKeywordStart() {
      throw SyntaxError(.syntax, "invalid decimal literal", at: here)
    }
    if isFloat {
      guard let value = Double(text.hasPrefix(".") ? "0" + text : text) else {
        throw SyntaxError(.syntax, "invalid decimal literal", at: location(of: start))
      }
      emit(.float, from: start, value: .float(value))
      return
    }
    if text.count > 1, text.hasPrefix("0"), text.contains(where: { $0 != "0" }) {
      throw SyntaxError(
        .syntax,
        "leading zeros in decimal integer literals are not permitted; "
          + "use an 0o prefix for octal integers", at: location(of: start))
    }
    try emitInteger(text, radix: 10, from: start)
  }

  /// Whether a keyword that may directly follow a number (`1if x else 2`) starts here.
  func isKeywordStart() -> Bool {
    for word in ["if", "else", "and", "or", "in", "is", "not", "for"] {
      let scalars = Array(word.unicodeScalars)
      if position + scalars.count <= source.count,
        Array(source[position..<position + scalars.count]) == scalars
      {
        return true
      }
    }
    return false
  }

  /// Emits an int token, or reports a literal that does not fit in `Int`.
  mutating func emitInteger(_ digits: String, radix: Int, from start: Int) throws {
    guard let value = Int(digits, radix: radix) else {
      throw SyntaxError(.syntax, "integer literal too large", at: location(of: start))
    }
    emit(.int, from: start, value: .int(value))
  }
}
