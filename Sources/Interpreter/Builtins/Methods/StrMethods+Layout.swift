/// `str` methods that pad or lay out text: center, ljust, rjust, zfill, expandtabs.
extension StrMethods {
  static let layoutMethods: [BuiltinFunction] = [
    padMethod("center", "centered") { pad, width in pad / 2 + (pad & width & 1) },
    padMethod("ljust", "left justified") { _, _ in 0 },
    padMethod("rjust", "right justified") { pad, _ in pad },
    method(
      "zfill", "(self, width, /)",
      "Pad a numeric string with zeros on the left, to fill a field of the given width.",
      ["width"]
    ) { text, bound, _ in
      let width = try Builtins.int(bound.values["width"] ?? .none)
      guard width > text.count else { return .str(text) }
      try checkLength(width)
      let zeros = String(repeating: "0", count: width - text.count)
      if let first = text.first, first == "+" || first == "-" {
        return .str(String(first) + zeros + text.dropFirst())
      }
      return .str(zeros + text)
    },
    method(
      "expandtabs", "(self, /, tabsize=8)",
      "Return a copy where all tab characters are expanded using spaces.", ["tabsize="],
      keywords: ["tabsize"]
    ) { text, bound, _ in
      let size = try bound["tabsize"].map { try Builtins.int($0) } ?? 8
      guard Int32(exactly: size) != nil else {
        throw PyError.overflow("Python int too large to convert to C int")
      }
      var result = ""
      var column = 0
      for character in text {
        if character == "\t" {
          if size > 0 {
            let spaces = size - column % size
            try checkLength(spaces, after: result.utf8.count)
            result += String(repeating: " ", count: spaces)
            column += spaces
          }
        } else {
          result.append(character)
          column = character.isNewline ? 0 : column + 1
        }
      }
      return .str(result)
    },
  ]

  /// `center`, `ljust` or `rjust`; `left` gives the padding put before the text.
  private static func padMethod(
    _ name: String, _ how: String, _ left: @escaping (Int, Int) -> Int
  ) -> BuiltinFunction {
    method(
      name, "(self, width, fillchar=' ', /)",
      "Return a \(how) string of length width, padded with fillchar (default is a space).",
      ["width", "fillchar="]
    ) { text, bound, _ in
      let width = try Builtins.int(bound.values["width"] ?? .none)
      var fill: Character = " "
      if let value = bound.values["fillchar"] {
        guard case .str(let given) = value else {
          throw PyError.typeError(
            "The fill character must be a unicode character, not \(value.typeName)")
        }
        guard given.count == 1, let character = given.first else {
          throw PyError.typeError("The fill character must be exactly one character long")
        }
        fill = character
      }
      guard width > text.count else { return .str(text) }
      try checkLength(width)
      let pad = width - text.count
      let before = left(pad, width)
      return .str(
        String(repeating: fill, count: before) + text + String(repeating: fill, count: pad - before))
    }
  }

  /// Refuses a result of `length` more characters after `existing` ones beyond the 1 GiB
  /// that string repetition allows, with the MemoryError `"ab" * 2**62` raises.
  private static func checkLength(_ length: Int, after existing: Int = 0) throws {
    guard length <= PyFormat.maxLength - existing else {
      throw PyError(.memoryError, "string too large")
    }
  }
}
