extension PyFormat {
  /// Python's `template % args` (printf-style formatting).
  ///
  /// Supports `%s %r %a %d %i %u %f %F %e %E %g %G %x %X %o %c %%`, the flags
  /// `- + space 0 #`, width, precision, `*` for either, length modifiers `h l L`
  /// (ignored) and `%(name)s` keys.
  /// - Parameters:
  ///   - template: the left operand.
  ///   - args: the positional arguments: a tuple's items, or the single non-tuple right
  ///     operand wrapped in an array (a dict passed as `mapping` goes here too, as
  ///     `.other`, so that a plain `%s` prints it).
  ///   - mapping: the right operand's items when it is a mapping, else nil; with a
  ///     mapping, unused positional arguments are not an error.
  /// - Throws: `FormatError` with Python's type and message.
  public static func percent(
    _ template: String, _ args: [FormatArgument], mapping: [String: FormatArgument]?
  ) throws -> String {
    let scalars = Array(template.unicodeScalars)
    var output = ""
    var argIndex = 0
    var index = 0
    func nextArgument() throws -> FormatArgument {
      guard argIndex < args.count else {
        throw FormatError.type("not enough arguments for format string")
      }
      argIndex += 1
      return args[argIndex - 1]
    }
    func starValue() throws -> Int {
      switch try nextArgument() {
      case .int(let value): return value
      case .bool(let value): return value ? 1 : 0
      default: throw FormatError.type("* wants int")
      }
    }
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      if scalar != "%" {
        output.unicodeScalars.append(scalar)
        continue
      }
      guard index < scalars.count else { throw FormatError.value("incomplete format") }
      if scalars[index] == "%" {
        output.append("%")
        index += 1
        continue
      }
      var keyed: FormatArgument?
      if scalars[index] == "(" {
        guard let mapping else { throw FormatError.type("format requires a mapping") }
        index += 1
        let start = index
        var depth = 1
        while index < scalars.count && depth > 0 {
          if scalars[index] == "(" { depth += 1 }
          if scalars[index] == ")" { depth -= 1 }
          index += 1
        }
        guard depth == 0 else { throw FormatError.value("incomplete format key") }
        var key = String.UnicodeScalarView()
        key.append(contentsOf: scalars[start..<(index - 1)])
        guard let value = mapping[String(key)] else {
          throw FormatError(pythonType: "KeyError", message: reprString(String(key)))
        }
        keyed = value
        argIndex = Swift.max(argIndex, args.count)
      }
      var directive = PercentDirective()
      flags: while index < scalars.count {
        switch scalars[index] {
        case "-": directive.leftAlign = true
        case "+": directive.plus = true
        case " ": directive.space = true
        case "#": directive.alternate = true
        case "0": directive.zeroPad = true
        default: break flags
        }
        index += 1
      }
      if index < scalars.count && scalars[index] == "*" {
        let value = try starValue()
        if value < 0 { directive.leftAlign = true }
        guard value.magnitude <= UInt(maxLength) else { throw FormatError.tooLarge() }
        directive.width = Swift.abs(value)
        index += 1
      } else {
        directive.width = try readDigits(scalars, &index, limit: Int.max, name: "width") ?? 0
      }
      if index < scalars.count && scalars[index] == "." {
        index += 1
        if index < scalars.count && scalars[index] == "*" {
          let value = try starValue()
          guard value <= Int(Int32.max) else {
            throw FormatError.overflow("Python int too large to convert to C int")
          }
          directive.precision = Swift.max(value, 0)
          index += 1
        } else {
          directive.precision =
            try readDigits(scalars, &index, limit: Int(Int32.max), name: "precision") ?? 0
        }
      }
      while index < scalars.count && ["h", "l", "L"].contains(scalars[index]) { index += 1 }
      guard index < scalars.count else { throw FormatError.value("incomplete format") }
      let code = scalars[index]
      // The width, and a number's precision, are minimum lengths of the result.
      let textCode = code == "s" || code == "r" || code == "a"
      if directive.width > maxLength || (!textCode && directive.precision ?? 0 > maxLength) {
        throw FormatError.tooLarge()
      }
      index += 1
      let argument = try keyed ?? nextArgument()
      output += try convertPercent(argument, code: code, at: index - 1, directive: directive)
    }
    if mapping == nil && argIndex < args.count {
      throw FormatError.type("not all arguments converted during string formatting")
    }
    return output
  }

  /// Reads a run of decimal digits, or nil when there is none.
  /// - Throws: ValueError "`name` too big" past `limit`, as CPython does.
  private static func readDigits(
    _ scalars: [Unicode.Scalar], _ index: inout Int, limit: Int, name: String
  ) throws -> Int? {
    var value: Int?
    while index < scalars.count, ("0"..."9").contains(scalars[index]) {
      let digit = Int(scalars[index].value) - 48
      guard (value ?? 0) <= (limit - digit) / 10 else { throw FormatError.value("\(name) too big") }
      value = (value ?? 0) * 10 + digit
      index += 1
    }
    return value
  }
}
