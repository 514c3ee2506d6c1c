/// `str` methods that look for substrings: find, index, count, startswith, removeprefix.
extension StrMethods {
  static let searchMethods: [BuiltinFunction] = [
    searchMethod("find", "lowest", fromEnd: false, raises: false),
    searchMethod("rfind", "highest", fromEnd: true, raises: false),
    searchMethod("index", "lowest", fromEnd: false, raises: true),
    searchMethod("rindex", "highest", fromEnd: true, raises: true),
    method(
      "count", "(sub[, start[, end]])",
      "Return the number of non-overlapping occurrences of substring sub in S[start:end].",
      ["sub", "start=", "end="]
    ) { text, bound, _ in
      let sub = Array(try StrMethods.text(bound.values["sub"]))
      let characters = Array(text)
      guard let range = try StrMethods.range(bound, count: characters.count) else { return .int(0) }
      if sub.isEmpty { return .int(range.count + 1) }
      var count = 0
      var start = range.lowerBound
      while let index = firstIndex(of: sub, in: characters, from: start, limit: range.upperBound) {
        count += 1
        start = index + sub.count
      }
      return .int(count)
    },
    affixMethod("startswith", "prefix", atEnd: false),
    affixMethod("endswith", "suffix", atEnd: true),
    method(
      "removeprefix", "(self, prefix, /)",
      "Return a str with the given prefix string removed if present.", ["prefix"]
    ) { text, bound, _ in
      let prefix = try affixArgument(bound.values["prefix"], "removeprefix")
      return .str(text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text)
    },
    method(
      "removesuffix", "(self, suffix, /)",
      "Return a str with the given suffix string removed if present.", ["suffix"]
    ) { text, bound, _ in
      let suffix = try affixArgument(bound.values["suffix"], "removesuffix")
      guard !suffix.isEmpty, text.hasSuffix(suffix) else { return .str(text) }
      return .str(String(text.dropLast(suffix.count)))
    },
  ]

  /// `find`, `rfind`, `index` or `rindex`.
  private static func searchMethod(_ name: String, _ which: String, fromEnd: Bool, raises: Bool)
    -> BuiltinFunction
  {
    let failure = raises ? "Raises ValueError when not found." : "Return -1 when not found."
    return method(
      name, "(sub[, start[, end]])",
      "Return the \(which) index in S where substring sub is found within S[start:end]. \(failure)",
      ["sub", "start=", "end="]
    ) { text, bound, _ in
      let sub = Array(try StrMethods.text(bound.values["sub"]))
      let characters = Array(text)
      var found: Int?
      if let range = try StrMethods.range(bound, count: characters.count) {
        found =
          fromEnd
          ? lastIndex(of: sub, in: characters, from: range.lowerBound, limit: range.upperBound)
          : firstIndex(of: sub, in: characters, from: range.lowerBound, limit: range.upperBound)
      }
      if let found { return .int(found) }
      if raises { throw PyError.valueError("substring not found") }
      return .int(-1)
    }
  }

  /// `startswith` or `endswith`, taking a str or a tuple of str.
  private static func affixMethod(_ name: String, _ what: String, atEnd: Bool) -> BuiltinFunction {
    method(
      name, "(\(what)[, start[, end]])",
      "Return True if S \(atEnd ? "ends" : "starts") with the specified \(what), False otherwise. "
        + "\(what.capitalized) can also be a tuple of strings to try.",
      [what, "start=", "end="]
    ) { text, bound, _ in
      let argument = bound.values[what] ?? .none
      var candidates: [String] = []
      if case .str(let single) = argument {
        candidates = [single]
      } else if let tuple = argument.as(PyTuple.self) {
        for item in tuple.items {
          guard case .str(let candidate) = item else {
            throw PyError.typeError(
              "tuple for \(name) must only contain str, not \(item.typeName)")
          }
          candidates.append(candidate)
        }
      } else {
        throw PyError.typeError(
          "\(name) first arg must be str or a tuple of str, not \(argument.typeName)")
      }
      let characters = Array(text)
      guard let range = try StrMethods.range(bound, count: characters.count) else { return .bool(false) }
      let window = Array(characters[range])
      for candidate in candidates.map(Array.init) where candidate.count <= window.count {
        let start = atEnd ? window.count - candidate.count : 0
        if matches(candidate, window, at: start) { return .bool(true) }
      }
      return .bool(false)
    }
  }

  /// The argument of `removeprefix`/`removesuffix`.
  private static func affixArgument(_ value: Value?, _ name: String) throws -> String {
    guard case .str(let text)? = value else {
      throw PyError.typeError(
        "\(name)() argument must be str, not \(value?.typeName ?? "NoneType")")
    }
    return text
  }
}
