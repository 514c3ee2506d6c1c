import Foundation

/// `str` methods about letter case and character classes: upper, title, isdigit, ...
extension StrMethods {
  static let caseMethods: [BuiltinFunction] = [
    method("upper", "(self, /)", "Return a copy of the string converted to uppercase.", []) {
      text, _, _ in .str(text.uppercased())
    },
    method("lower", "(self, /)", "Return a copy of the string converted to lowercase.", []) {
      text, _, _ in .str(text.lowercased())
    },
    method(
      "casefold", "(self, /)", "Return a version of the string suitable for caseless comparisons.",
      []
    ) { text, _, _ in
      .str(text.lowercased().replacingOccurrences(of: "ß", with: "ss"))
    },
    method(
      "title", "(self, /)",
      "Return a version of the string where each word is titlecased.", []
    ) { text, _, _ in
      var result = ""
      var previousCased = false
      for character in text {
        result += previousCased ? character.lowercased() : titlecase(character)
        previousCased = isCased(character)
      }
      return .str(result)
    },
    method(
      "capitalize", "(self, /)",
      "Return a capitalized version of the string: first character upper, the rest lower.", []
    ) { text, _, _ in
      guard let first = text.first else { return .str("") }
      return .str(titlecase(first) + text.dropFirst().lowercased())
    },
    method(
      "swapcase", "(self, /)", "Convert uppercase characters to lowercase and vice versa.", []
    ) { text, _, _ in
      var result = ""
      for character in text {
        if character.isUppercase {
          result += character.lowercased()
        } else if character.isLowercase {
          result += character.uppercased()
        } else {
          result.append(character)
        }
      }
      return .str(result)
    },
  ]

  static let predicateMethods: [BuiltinFunction] = [
    predicate("isdigit", "a digit string") { scalar in
      scalar.properties.numericType == .decimal || scalar.properties.numericType == .digit
    },
    predicate("isdecimal", "a decimal string") { $0.properties.numericType == .decimal },
    predicate("isnumeric", "a numeric string") { $0.properties.numericType != nil },
    predicate("isalpha", "an alphabetic string") { $0.properties.isAlphabetic },
    predicate("isalnum", "an alpha-numeric string") {
      $0.properties.isAlphabetic || $0.properties.numericType != nil
    },
    predicate("isspace", "a whitespace string") {
      $0.properties.isWhitespace || (0x1C...0x1F).contains($0.value)
    },
    method(
      "isupper", "(self, /)",
      "Return True if the string is an uppercase string, False otherwise.", []
    ) { text, _, _ in
      let scalars = text.unicodeScalars
      return .bool(
        scalars.contains { $0.properties.isUppercase }
          && !scalars.contains { $0.properties.isLowercase })
    },
    method(
      "islower", "(self, /)",
      "Return True if the string is a lowercase string, False otherwise.", []
    ) { text, _, _ in
      let scalars = text.unicodeScalars
      return .bool(
        scalars.contains { $0.properties.isLowercase }
          && !scalars.contains { $0.properties.isUppercase })
    },
    method(
      "isidentifier", "(self, /)",
      "Return True if the string is a valid Python identifier, False otherwise.", []
    ) { text, _, _ in
      guard let first = text.unicodeScalars.first,
        first == "_" || first.properties.isXIDStart
      else { return .bool(false) }
      return .bool(text.unicodeScalars.dropFirst().allSatisfy { $0.properties.isXIDContinue })
    },
  ]

  /// A predicate true for a non-empty string whose every code point satisfies `test`.
  private static func predicate(
    _ name: String, _ what: String, _ test: @escaping (Unicode.Scalar) -> Bool
  ) -> BuiltinFunction {
    method(
      name, "(self, /)", "Return True if the string is \(what), False otherwise.", []
    ) { text, _, _ in
      .bool(!text.isEmpty && text.unicodeScalars.allSatisfy(test))
    }
  }

  /// Whether a character has case (changes under case mapping).
  static func isCased(_ character: Character) -> Bool {
    character.unicodeScalars.contains {
      $0.properties.isUppercase || $0.properties.isLowercase || $0.properties.changesWhenTitlecased
    }
  }

  /// The titlecase form of a character (`ǆ` → `ǅ`, `a` → `A`).
  static func titlecase(_ character: Character) -> String {
    character.unicodeScalars.map { $0.properties.titlecaseMapping }.joined()
  }
}
