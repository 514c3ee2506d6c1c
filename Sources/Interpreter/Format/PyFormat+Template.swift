extension PyFormat {
  /// Splits a `str.format` template into literal text and replacement fields.
  ///
  /// `{{` and `}}` become literal braces; `{}` fields are numbered automatically
  /// (`"0"`, `"1"`, …, counting fields nested in specs in Python's order); `!r`, `!s`
  /// and `!a` set the conversion. A field's spec is returned raw: nested fields in it
  /// (such as `{:{width}}`) stay as text with their automatic numbers made explicit
  /// (`{:{}}` gives spec `"{1}"`), and the caller substitutes them by formatting
  /// `parseTemplate(spec)` with the same arguments.
  /// - Throws: `FormatError` (`ValueError`) with Python's message.
  public static func parseTemplate(_ template: String) throws -> [TemplatePart] {
    var parser = TemplateParser()
    return try parser.parse(template, depth: 0)
  }

  /// Splits a field name such as `"0.attr[key]"` into its first part and accessors.
  ///
  /// The first part is an argument index (all digits) or a keyword name. Names coming
  /// from `parseTemplate(_:)` are already checked; other malformed text is split leniently.
  public static func splitFieldName(_ name: String) -> (first: String, accessors: [FieldAccessor]) {
    let scalars = Array(name.unicodeScalars)
    var index = 0
    var first = String.UnicodeScalarView()
    while index < scalars.count && scalars[index] != "." && scalars[index] != "[" {
      first.append(scalars[index])
      index += 1
    }
    var accessors: [FieldAccessor] = []
    while index < scalars.count {
      let opener = scalars[index]
      index += 1
      var text = String.UnicodeScalarView()
      if opener == "[" {
        while index < scalars.count && scalars[index] != "]" {
          text.append(scalars[index])
          index += 1
        }
        index += 1
        accessors.append(.index(String(text)))
      } else {
        while index < scalars.count && scalars[index] != "." && scalars[index] != "[" {
          text.append(scalars[index])
          index += 1
        }
        accessors.append(.attribute(String(text)))
      }
    }
    return (String(first), accessors)
  }
}
