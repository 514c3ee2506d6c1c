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
      let pad = width - text.count
      guard pad > 0 else { return .str(text) }
      let zeros = String(repeating: "0", count: pad)
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
      var result = ""
      var column = 0
      for character in text {
        if character == "\t" {
          if size > 0 {
            let spaces = size - column % size
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
      let pad = width - text.count
      guard pad > 0 else { return .str(text) }
      let before = left(pad, width)
      return .str(
        String(repeating: fill, count: before) + text + String(repeating: fill, count: pad - before))
    }
  }
}
