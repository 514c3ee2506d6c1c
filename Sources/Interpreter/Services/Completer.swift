/// Completion and inspection over the live namespace, without running any code.
///
/// The text before the cursor is scanned backwards for a dotted name (`np.random.ra`);
/// the part before the last dot is resolved by name and attribute lookups only (no calls),
/// and the candidates are the names and attributes that start with the typed prefix.
struct Completer {
  let evaluator: Evaluator

  private static let keywords = [
    "False", "None", "True", "and", "as", "assert", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
  ]

  func complete(_ code: String, cursor: Int) -> CompletionResult {
    let scalars = Array(code.unicodeScalars)
    let end = min(max(cursor, 0), scalars.count)
    if let options = stringOptions(scalars, end) { return options }
    var start = end
    while start > 0, Completer.isNameScalar(scalars[start - 1]) { start -= 1 }
    let prefix = String(String.UnicodeScalarView(scalars[start..<end]))
    var candidates: [String]
    if start > 0, scalars[start - 1] == "." {
      var base = start - 1
      while base > 0, Completer.isNameScalar(scalars[base - 1]) || scalars[base - 1] == "." { base -= 1 }
      let path = String(String.UnicodeScalarView(scalars[base..<(start - 1)]))
      candidates = attributeNames(of: path)
    } else if let module = importContext(scalars, start) {
      candidates = module.isEmpty ? moduleNames(under: nil) : memberNames(of: module)
    } else {
      candidates = Array(evaluator.globals.keys) + Array(evaluator.builtins.keys) + Completer.keywords
      candidates += keywordArguments(scalars, start).map { $0 + "=" }
    }
    let matches = Array(Set(candidates.filter { $0.hasPrefix(prefix) })).sorted {
      let (a, b) = ($0.hasPrefix("_"), $1.hasPrefix("_"))
      return a == b ? $0 < $1 : !a
    }
    return CompletionResult(matches: matches, cursorStart: start, cursorEnd: end)
  }

  func inspect(_ code: String, cursor: Int, detailLevel: Int) -> MimeBundle? {
    let scalars = Array(code.unicodeScalars)
    var end = min(max(cursor, 0), scalars.count)
    while end < scalars.count, Completer.isNameScalar(scalars[end]) { end += 1 }
    var start = min(max(cursor, 0), scalars.count)
    while start > 0, Completer.isNameScalar(scalars[start - 1]) || scalars[start - 1] == "." { start -= 1 }
    if start == end, end > 0, scalars[end - 1] == "(" {
      return inspect(String(String.UnicodeScalarView(scalars[..<(end - 1)])), cursor: end - 1, detailLevel: detailLevel)
    }
    let path = String(String.UnicodeScalarView(scalars[start..<end]))
    guard !path.isEmpty, let value = resolve(path) else { return nil }
    return MimeBundle.plain(Inspection.describe(path, value, evaluator, detailLevel: detailLevel))
  }

  /// Resolves `a.b.c` by lookups only.
  func resolve(_ path: String) -> Value? {
    let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    guard let first = parts.first, !first.isEmpty else { return nil }
    var value: Value
    if let global = evaluator.globals[first] ?? evaluator.builtins[first] {
      value = global
    } else if let module = try? evaluator.module(named: first) {
      value = .object(module)
    } else {
      return nil
    }
    for part in parts.dropFirst() {
      guard let next = try? evaluator.getAttribute(value, part) else { return nil }
      value = next
    }
    return value
  }

  private func attributeNames(of path: String) -> [String] {
    guard let value = resolve(path) else { return [] }
    if case .object(let object) = value { return object.attributeNames() }
    return value.type.allAttributeNames()
  }

  /// After `import` or `from` with nothing else: module names; after `from m import`: members.
  private func importContext(_ scalars: [Unicode.Scalar], _ start: Int) -> String? {
    var lineStart = start
    while lineStart > 0, scalars[lineStart - 1] != "\n" { lineStart -= 1 }
    let line = String(String.UnicodeScalarView(scalars[lineStart..<start]))
    let words = line.split(separator: " ").map(String.init)
    if words == ["import"] || words == ["from"] { return "" }
    if words.count == 3, words[0] == "from", words[2] == "import" { return words[1] }
    return nil
  }

  private func moduleNames(under parent: String?) -> [String] {
    evaluator.moduleLoaders.keys.filter { !$0.contains(".") }
  }

  private func memberNames(of module: String) -> [String] {
    let loaded = (try? evaluator.module(named: module))?.attributeNames() ?? []
    let submodules = evaluator.moduleLoaders.keys.filter { $0.hasPrefix(module + ".") }
      .map { String($0.dropFirst(module.count + 1)) }.filter { !$0.contains(".") }
    return loaded + submodules
  }

  /// Keyword argument names of the call whose parentheses enclose `position`.
  private func keywordArguments(_ scalars: [Unicode.Scalar], _ position: Int) -> [String] {
    var depth = 0
    var index = position - 1
    while index >= 0 {
      switch scalars[index] {
      case ")", "]", "}": depth += 1
      case "[", "{": if depth == 0 { return [] } else { depth -= 1 }
      case "(":
        if depth == 0 {
          var nameStart = index
          while nameStart > 0, Completer.isNameScalar(scalars[nameStart - 1]) || scalars[nameStart - 1] == "." {
            nameStart -= 1
          }
          let callee = String(String.UnicodeScalarView(scalars[nameStart..<index]))
          guard let value = resolve(callee) else { return [] }
          return Inspection.keywordNames(of: value)
        }
        depth -= 1
      default: break
      }
      index -= 1
    }
    return []
  }

  /// Inside `keyword="` of a call: the option strings registered for that keyword.
  private func stringOptions(_ scalars: [Unicode.Scalar], _ end: Int) -> CompletionResult? {
    var start = end
    while start > 0, scalars[start - 1] != "\"", scalars[start - 1] != "'", scalars[start - 1] != "\n" {
      start -= 1
    }
    guard start > 0, scalars[start - 1] == "\"" || scalars[start - 1] == "'" else { return nil }
    var equals = start - 1
    while equals > 0, scalars[equals - 1] == " " { equals -= 1 }
    guard equals > 0, scalars[equals - 1] == "=" else { return nil }
    var nameEnd = equals - 1
    while nameEnd > 0, scalars[nameEnd - 1] == " " { nameEnd -= 1 }
    var nameStart = nameEnd
    while nameStart > 0, Completer.isNameScalar(scalars[nameStart - 1]) { nameStart -= 1 }
    let keyword = String(String.UnicodeScalarView(scalars[nameStart..<nameEnd]))
    guard let options = evaluator.stringOptions[keyword] else { return nil }
    let prefix = String(String.UnicodeScalarView(scalars[start..<end]))
    return CompletionResult(
      matches: options.filter { $0.hasPrefix(prefix) }.sorted(), cursorStart: start, cursorEnd: end)
  }

  static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "_" || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
  }
}
