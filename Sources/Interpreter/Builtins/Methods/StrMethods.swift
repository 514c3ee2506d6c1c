/// The methods of `str`.
///
/// Strings are handled as arrays of `Character`, the same unit `len()` and indexing use.
/// The methods are grouped by theme in `StrMethods+Split`, `StrMethods+Search`,
/// `StrMethods+Case`, `StrMethods+Layout` and `StrMethods+Format`.
enum StrMethods {
  /// A method body: the receiver's text, the bound arguments and the evaluator.
  typealias Body = (String, BoundArguments, Evaluator) throws -> Value

  /// Every `str` method.
  static let all: [BuiltinFunction] =
    splitMethods + searchMethods + caseMethods + predicateMethods + layoutMethods + formatMethods

  /// Builds a method that binds its arguments (after the receiver) to `parameters`.
  static func method(
    _ name: String, _ signature: String, _ doc: String, _ parameters: [String],
    keywords: [String] = [], _ body: @escaping Body
  ) -> BuiltinFunction {
    BuiltinFunction(name, signature: signature, doc: doc, keywords: keywords) {
      arguments, evaluator in
      let text = try receiver(arguments, name)
      let rest = TypeMethods.rest(arguments)
      if parameters.isEmpty, !rest.positional.isEmpty || !rest.keywords.isEmpty {
        let count = rest.positional.count + rest.keywords.count
        throw PyError.typeError("str.\(name)() takes no arguments (\(count) given)")
      }
      return try body(text, try rest.bind(name, parameters), evaluator)
    }
  }

  /// The receiver's text.
  static func receiver(_ arguments: Arguments, _ name: String) throws -> String {
    guard case .str(let text)? = arguments.positional.first else {
      let type = arguments.positional.first?.typeName ?? "nothing"
      throw PyError.typeError(
        "descriptor '\(name)' for 'str' objects doesn't apply to a '\(type)' object")
    }
    return text
  }

  /// A str argument, with the message Python's search methods use (`must be str, not int`).
  static func text(_ value: Value?) throws -> String {
    guard case .str(let text)? = value else {
      throw PyError.typeError("must be str, not \(value?.typeName ?? "NoneType")")
    }
    return text
  }

  /// A str argument with the `name() argument N must be str` message.
  static func text(_ value: Value?, _ function: String, position: Int) throws -> String {
    guard case .str(let text)? = value else {
      throw PyError.typeError(
        "\(function)() argument \(position) must be str, not \(value?.typeName ?? "NoneType")")
    }
    return text
  }

  /// The `start`/`end` arguments clamped to `0...count` like slice bounds; `nil` when
  /// `start` lies past the end (the searches then find nothing).
  static func range(_ bound: BoundArguments, count: Int) throws -> Range<Int>? {
    func adjust(_ value: Value?, _ fallback: Int) throws -> Int {
      guard let value else { return fallback }
      let raw = try Builtins.int(value)
      return raw < 0 ? max(0, raw + count) : raw
    }
    let start = try adjust(bound["start"], 0)
    let end = min(try adjust(bound["end"], count), count)
    guard start <= count, start <= end else { return nil }
    return start..<end
  }

  /// The first index at or after `from` where `needle` occurs in `haystack` before `limit`.
  static func firstIndex(
    of needle: [Character], in haystack: [Character], from: Int = 0, limit: Int? = nil
  ) -> Int? {
    let end = limit ?? haystack.count
    guard needle.count <= end - from else { return nil }
    var index = from
    while index + needle.count <= end {
      if matches(needle, haystack, at: index) { return index }
      index += 1
    }
    return nil
  }

  /// The last index at or after `from` where `needle` occurs wholly before `limit`.
  static func lastIndex(
    of needle: [Character], in haystack: [Character], from: Int = 0, limit: Int? = nil
  ) -> Int? {
    let end = limit ?? haystack.count
    guard needle.count <= end - from else { return nil }
    var index = end - needle.count
    while index >= from {
      if matches(needle, haystack, at: index) { return index }
      index -= 1
    }
    return nil
  }

  /// Whether `needle` occurs in `haystack` at `index`.
  static func matches(_ needle: [Character], _ haystack: [Character], at index: Int) -> Bool {
    guard index >= 0, index + needle.count <= haystack.count else { return false }
    for offset in 0..<needle.count where haystack[index + offset] != needle[offset] {
      return false
    }
    return true
  }

  /// Whether a character is whitespace for `split()` and `strip()`.
  static func isSpace(_ character: Character) -> Bool {
    character.isWhitespace
      || character.unicodeScalars.allSatisfy { (0x1C...0x1F).contains($0.value) }
  }

  /// A list of strings.
  static func list(_ parts: [String]) -> Value { .list(parts.map(Value.str)) }
}
