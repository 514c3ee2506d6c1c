/// Python's string formatting and float repr, as pure functions.
///
/// The namespace gathers `reprFloat(_:)` (repr/str of floats), `format(_:spec:)` (the
/// format-spec mini-language used by f-strings, `format()` and `str.format`),
/// `percent(_:_:mapping:)` (`%`-formatting) and `parseTemplate(_:)` (`str.format`
/// templates). Results match CPython 3.11, including error types and messages.
public enum PyFormat {
  /// The longest result, in characters, that a width or precision may ask for (the
  /// 1 GiB that string repetition allows); longer ones raise MemoryError instead of
  /// exhausting memory.
  static let maxLength = 1 << 30
}
