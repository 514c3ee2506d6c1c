/// Splits cell source into tokens following Python's lexical rules.
///
/// Produces `newline` at the end of each logical line, `indent`/`dedent` for block
/// structure, and joins lines inside brackets and after a backslash.
public enum Lexer {
  /// Tokenizes `source`, ending with `endOfInput`.
  ///
  /// - Throws: `SyntaxError` for malformed literals, bad indentation or unbalanced brackets.
  public static func tokenize(_ source: String) throws -> [Token] {
    let scalars = normalizedScalars(source)
    do {
      var scanner = Scanner(scalars)
      return try scanner.scanAll()
    } catch let error as SyntaxError {
      throw error.withLineText(from: scalars)
    }
  }

  /// The scalars of `source` with `\r\n` and lone `\r` turned into `\n`.
  static func normalizedScalars(_ source: String) -> [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    result.reserveCapacity(source.unicodeScalars.count)
    var previousWasCR = false
    for scalar in source.unicodeScalars {
      if scalar == "\r" {
        result.append("\n")
        previousWasCR = true
        continue
      }
      if scalar == "\n" && previousWasCR {
        previousWasCR = false
        continue
      }
      previousWasCR = false
      result.append(scalar)
    }
    return result
  }
}
