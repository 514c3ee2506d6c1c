/// `str` methods that cut or assemble text: split, join, strip, partition, replace.
extension StrMethods {
  static let splitMethods: [BuiltinFunction] = [
    method(
      "split", "(self, /, sep=None, maxsplit=-1)",
      "Return a list of the substrings in the string, using sep as the separator string.",
      ["sep=", "maxsplit="], keywords: ["sep", "maxsplit"]
    ) { text, bound, _ in
      let limit = try maxSplit(bound)
      guard let sep = try separator(bound["sep"]) else {
        return list(splitWhitespace(Array(text), limit: limit))
      }
      return list(split(Array(text), by: sep, limit: limit))
    },
    method(
      "rsplit", "(self, /, sep=None, maxsplit=-1)",
      "Return a list of the substrings in the string, splitting from the right.",
      ["sep=", "maxsplit="], keywords: ["sep", "maxsplit"]
    ) { text, bound, _ in
      let limit = try maxSplit(bound)
      let reversed = Array(text.reversed())
      let parts: [String]
      if let sep = try separator(bound["sep"]) {
        parts = split(reversed, by: sep.reversed(), limit: limit)
      } else {
        parts = splitWhitespace(reversed, limit: limit)
      }
      return list(parts.reversed().map { String($0.reversed()) })
    },
    method(
      "join", "(self, iterable, /)", "Concatenate any number of strings, with self between them.",
      ["iterable"]
    ) { text, bound, evaluator in
      let iterable = bound.values["iterable"] ?? .none
      guard iterable.object != nil || iterable.type === PyType.str else {
        throw PyError.typeError("can only join an iterable")
      }
      var pieces: [String] = []
      for (index, item) in try evaluator.collect(iterable).enumerated() {
        guard case .str(let piece) = item else {
          throw PyError.typeError(
            "sequence item \(index): expected str instance, \(item.typeName) found")
        }
        pieces.append(piece)
      }
      return .str(pieces.joined(separator: text))
    },
    stripMethod("strip", "leading and trailing", leading: true, trailing: true),
    stripMethod("lstrip", "leading", leading: true, trailing: false),
    stripMethod("rstrip", "trailing", leading: false, trailing: true),
    method(
      "replace", "(self, old, new, count=-1, /)",
      "Return a copy with occurrences of substring old replaced by new (at most count).",
      ["old", "new", "count="]
    ) { text, bound, _ in
      let old = Array(try StrMethods.text(bound.values["old"], "replace", position: 1))
      let new = try StrMethods.text(bound.values["new"], "replace", position: 2)
      let count = try bound["count"].map { try Builtins.int($0) } ?? -1
      return .str(replace(Array(text), old, new, count: count < 0 ? Int.max : count))
    },
    method(
      "partition", "(self, sep, /)",
      "Split at the first occurrence of sep: (head, sep, tail), or (self, '', '').", ["sep"]
    ) { text, bound, _ in
      let sep = try nonEmpty(bound.values["sep"])
      let characters = Array(text)
      guard let index = firstIndex(of: sep, in: characters) else {
        return .tuple([.str(text), .str(""), .str("")])
      }
      return .tuple([
        .str(String(characters[..<index])), .str(String(sep)),
        .str(String(characters[(index + sep.count)...])),
      ])
    },
    method(
      "rpartition", "(self, sep, /)",
      "Split at the last occurrence of sep: (head, sep, tail), or ('', '', self).", ["sep"]
    ) { text, bound, _ in
      let sep = try nonEmpty(bound.values["sep"])
      let characters = Array(text)
      guard let index = lastIndex(of: sep, in: characters) else {
        return .tuple([.str(""), .str(""), .str(text)])
      }
      return .tuple([
        .str(String(characters[..<index])), .str(String(sep)),
        .str(String(characters[(index + sep.count)...])),
      ])
    },
    method(
      "splitlines", "(self, /, keepends=False)",
      "Return a list of the lines in the string, breaking at line boundaries.", ["keepends="],
      keywords: ["keepends"]
    ) { text, bound, evaluator in
      let keep = try bound["keepends"].map { try evaluator.truthy($0) } ?? false
      return list(splitLines(text, keepEnds: keep))
    },
  ]

  /// The `maxsplit` argument; negative means no limit.
  private static func maxSplit(_ bound: BoundArguments) throws -> Int {
    let limit = try bound["maxsplit"].map { try Builtins.int($0) } ?? -1
    return limit < 0 ? Int.max : limit
  }

  /// The `sep` argument: `nil` for whitespace splitting, ValueError when empty.
  private static func separator(_ value: Value?) throws -> [Character]? {
    guard let value else { return nil }
    guard case .str(let sep) = value else {
      throw PyError.typeError("must be str or None, not \(value.typeName)")
    }
    guard !sep.isEmpty else { throw PyError.valueError("empty separator") }
    return Array(sep)
  }

  /// A non-empty separator for `partition`.
  private static func nonEmpty(_ value: Value?) throws -> [Character] {
    let sep = Array(try text(value))
    guard !sep.isEmpty else { throw PyError.valueError("empty separator") }
    return sep
  }

  /// Splits at each occurrence of `sep`, left to right, at most `limit` times.
  static func split(_ characters: [Character], by sep: [Character], limit: Int) -> [String] {
    var parts: [String] = []
    var start = 0
    var splits = 0
    while splits < limit, let index = firstIndex(of: sep, in: characters, from: start) {
      parts.append(String(characters[start..<index]))
      start = index + sep.count
      splits += 1
    }
    parts.append(String(characters[start...]))
    return parts
  }

  /// Splits at runs of whitespace, dropping empty parts; after `limit` splits the rest
  /// (with its leading whitespace removed) is the last part.
  static func splitWhitespace(_ characters: [Character], limit: Int) -> [String] {
    var parts: [String] = []
    var index = 0
    while index < characters.count {
      while index < characters.count && isSpace(characters[index]) { index += 1 }
      guard index < characters.count else { break }
      if parts.count == limit {
        parts.append(String(characters[index...]))
        break
      }
      let start = index
      while index < characters.count && !isSpace(characters[index]) { index += 1 }
      parts.append(String(characters[start..<index]))
    }
    return parts
  }

  /// `strip`, `lstrip` or `rstrip`.
  private static func stripMethod(_ name: String, _ which: String, leading: Bool, trailing: Bool)
    -> BuiltinFunction
  {
    method(
      name, "(self, chars=None, /)",
      "Return a copy of the string with \(which) whitespace (or chars) removed.", ["chars="]
    ) { text, bound, _ in
      let remove: (Character) -> Bool
      if let chars = bound["chars"] {
        guard case .str(let set) = chars else {
          throw PyError.typeError("\(name) arg must be None or str")
        }
        remove = { set.contains($0) }
      } else {
        remove = isSpace
      }
      var slice = Substring(text)
      if leading { slice = slice.drop(while: remove) }
      if trailing {
        while let last = slice.last, remove(last) { slice = slice.dropLast() }
      }
      return .str(String(slice))
    }
  }

  /// Replaces up to `count` occurrences of `old` (an empty `old` matches between characters).
  static func replace(_ characters: [Character], _ old: [Character], _ new: String, count: Int)
    -> String
  {
    var result = ""
    var done = 0
    if old.isEmpty {
      for character in characters {
        if done < count {
          result += new
          done += 1
        }
        result.append(character)
      }
      if done < count { result += new }
      return result
    }
    var start = 0
    while done < count, let index = firstIndex(of: old, in: characters, from: start) {
      result += String(characters[start..<index]) + new
      start = index + old.count
      done += 1
    }
    return result + String(characters[start...])
  }

  /// Lines split at Python's line boundaries, optionally keeping the line ends.
  static func splitLines(_ text: String, keepEnds: Bool) -> [String] {
    var lines: [String] = []
    var line = ""
    for character in text {
      let isBreak =
        character.isNewline
        || character.unicodeScalars.allSatisfy { (0x1C...0x1E).contains($0.value) }
      if isBreak {
        lines.append(keepEnds ? line + String(character) : line)
        line = ""
      } else {
        line.append(character)
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }
}
