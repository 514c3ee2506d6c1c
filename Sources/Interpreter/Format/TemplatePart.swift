/// One piece of a `str.format` template, as produced by `PyFormat.parseTemplate(_:)`.
public enum TemplatePart: Equatable {
  /// Literal text, with `{{` and `}}` already reduced to single braces.
  case literal(String)
  /// A replacement field.
  ///
  /// `name` is the field name with automatic numbering resolved (`"{}"` gives `"0"`,
  /// `"{.real}"` gives `"0.real"`); split it with `PyFormat.splitFieldName(_:)`.
  /// `conversion` is `r`, `s` or `a` when given. `spec` is the raw format spec: nested
  /// fields such as `{width}` are kept as text (with automatic numbers made explicit),
  /// and the caller substitutes them by formatting `PyFormat.parseTemplate(spec)`
  /// before passing the result to `PyFormat.format(_:spec:)`.
  case field(name: String, conversion: Character?, spec: String)
}
