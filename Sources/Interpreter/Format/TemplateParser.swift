/// The state of one `str.format` template parse: position and field numbering.
struct TemplateParser {
  /// How replacement fields have been numbered so far.
  enum Numbering {
    /// No numbered field seen yet.
    case undecided
    /// `{}` fields, numbered automatically.
    case automatic
    /// `{0}` fields, numbered by hand.
    case manual
  }

  /// The numbering mode, shared by nested fields in specs.
  var numbering = Numbering.undecided
  /// The next automatic field number.
  var nextNumber = 0

  /// Parses `template` at nesting `depth` (0 for the template itself, 1 for a spec).
  mutating func parse(_ template: String, depth: Int) throws -> [TemplatePart] {
    let scalars = Array(template.unicodeScalars)
    var parts: [TemplatePart] = []
    var literal = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      let next: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
      if scalar == "}" {
        guard next == "}" else {
          throw FormatError.value("Single '}' encountered in format string")
        }
        literal.append("}")
        index += 2
      } else if scalar == "{" {
        guard let next else { throw FormatError.value("Single '{' encountered in format string") }
        if next == "{" {
          literal.append("{")
          index += 2
          continue
        }
        if depth >= 2 { throw FormatError.value("Max string recursion exceeded") }
        if !literal.isEmpty {
          parts.append(.literal(String(literal)))
          literal = String.UnicodeScalarView()
        }
        index += 1
        parts.append(try parseField(scalars, &index, depth: depth))
      } else {
        literal.append(scalar)
        index += 1
      }
    }
    if !literal.isEmpty { parts.append(.literal(String(literal))) }
    return parts
  }

  /// Parses one field starting just after its `{`, leaving `index` after its `}`.
  private mutating func parseField(_ scalars: [Unicode.Scalar], _ index: inout Int, depth: Int)
    throws -> TemplatePart
  {
    let nameStart = index
    scan: while index < scalars.count {
      switch scalars[index] {
      case "{":
        throw FormatError.value("unexpected '{' in field name")
      case "[":
        while index < scalars.count && scalars[index] != "]" { index += 1 }
        if index < scalars.count { index += 1 }
      case "}", ":", "!":
        break scan
      default:
        index += 1
      }
    }
    guard index < scalars.count else {
      throw FormatError.value("expected '}' before end of string")
    }
    var rawName = String.UnicodeScalarView()
    rawName.append(contentsOf: scalars[nameStart..<index])
    var conversion: Character?
    if scalars[index] == "!" {
      index += 1
      guard index < scalars.count else {
        throw FormatError.value("end of string while looking for conversion specifier")
      }
      conversion = Character(scalars[index])
      index += 1
      guard index < scalars.count else {
        throw FormatError.value("unmatched '{' in format spec")
      }
      if scalars[index] != ":" && scalars[index] != "}" {
        throw FormatError.value("expected ':' after conversion specifier")
      }
    }
    var spec = String.UnicodeScalarView()
    if scalars[index] == ":" {
      index += 1
      var level = 1
      while index < scalars.count {
        if scalars[index] == "{" { level += 1 }
        if scalars[index] == "}" {
          level -= 1
          if level == 0 { break }
        }
        spec.append(scalars[index])
        index += 1
      }
      guard index < scalars.count else {
        throw FormatError.value("unmatched '{' in format spec")
      }
    }
    index += 1
    if let conversion, conversion != "r", conversion != "s", conversion != "a" {
      throw FormatError.value("Unknown conversion specifier \(conversion)")
    }
    let name = try resolveName(String(rawName))
    return .field(
      name: name, conversion: conversion, spec: try expandSpec(String(spec), depth: depth))
  }

  /// Applies automatic numbering to a field name and checks its accessors.
  private mutating func resolveName(_ raw: String) throws -> String {
    let firstEnd = raw.firstIndex { $0 == "." || $0 == "[" } ?? raw.endIndex
    let first = String(raw[..<firstEnd])
    try TemplateParser.checkAccessors(String(raw[firstEnd...]))
    if first.isEmpty {
      if numbering == .manual {
        throw FormatError.value(
          "cannot switch from manual field specification to automatic field numbering")
      }
      numbering = .automatic
      nextNumber += 1
      return String(nextNumber - 1) + raw[firstEnd...]
    }
    if first.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) {
      if numbering == .automatic {
        throw FormatError.value(
          "cannot switch from automatic field numbering to manual field specification")
      }
      numbering = .manual
      if let number = Int(first) { return String(number) + raw[firstEnd...] }
    }
    return raw
  }

  /// Checks `.attr` and `[key]` accessors as Python does when it walks them.
  private static func checkAccessors(_ text: String) throws {
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let opener = scalars[index]
      index += 1
      let start = index
      if opener == "." {
        while index < scalars.count && scalars[index] != "." && scalars[index] != "[" {
          index += 1
        }
      } else if opener == "[" {
        while index < scalars.count && scalars[index] != "]" { index += 1 }
        guard index < scalars.count else { throw FormatError.value("Missing ']' in format string") }
      } else {
        throw FormatError.value("Only '.' or '[' may follow ']' in format field specifier")
      }
      if index == start { throw FormatError.value("Empty attribute in format string") }
      if opener == "[" { index += 1 }
    }
  }

  /// Numbers the automatic fields nested in a spec and re-serializes it.
  private mutating func expandSpec(_ spec: String, depth: Int) throws -> String {
    guard spec.unicodeScalars.contains(where: { $0 == "{" || $0 == "}" }) else { return spec }
    var result = ""
    for part in try parse(spec, depth: depth + 1) {
      switch part {
      case .literal(let text):
        for character in text {
          if character == "{" || character == "}" { result.append(character) }
          result.append(character)
        }
      case .field(let name, let conversion, let inner):
        result += "{" + name
        if let conversion { result += "!" + String(conversion) }
        if !inner.isEmpty { result += ":" + inner }
        result += "}"
      }
    }
    return result
  }
}
