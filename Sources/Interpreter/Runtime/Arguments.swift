/// The arguments of one call: positional values and keyword values in call order.
public struct Arguments {
  /// Positional arguments, `*` unpacking already expanded.
  public var positional: [Value]
  /// Keyword arguments in call order, `**` unpacking already expanded.
  public var keywords: [(name: String, value: Value)]

  /// Creates an argument list.
  public init(_ positional: [Value] = [], keywords: [(name: String, value: Value)] = []) {
    self.positional = positional
    self.keywords = keywords
  }

  /// The argument list with `value` put in front (binding a method's receiver).
  public func prepending(_ value: Value) -> Arguments {
    Arguments([value] + positional, keywords: keywords)
  }

  /// Matches the arguments to a parameter list written like a Python signature.
  ///
  /// `parameters` uses `"x"` for a required parameter, `"x="` for an optional one,
  /// `"*"` to start keyword-only parameters, `"*args"` and `"**kwargs"` to collect the rest.
  /// Errors read like Python's, with a suggestion for a misspelt keyword.
  public func bind(_ function: String, _ parameters: [String]) throws -> BoundArguments {
    let signature = Signature.parse(parameters)
    var bound = BoundArguments(function: function)
    var index = 0
    for parameter in signature.positional {
      guard index < positional.count else { break }
      bound.values[parameter.name] = positional[index]
      index += 1
    }
    if index < positional.count {
      if signature.varargs != nil {
        bound.extraPositional = Array(positional[index...])
      } else {
        let takes = signature.positional.count
        throw PyError.typeError(
          "\(function)() takes \(takes) positional argument\(takes == 1 ? "" : "s") but \(positional.count) \(positional.count == 1 ? "was" : "were") given"
        )
      }
    }
    let named = signature.positional + signature.keywordOnly
    for (name, value) in keywords {
      guard named.contains(where: { $0.name == name }) else {
        if signature.kwargs != nil {
          bound.extraKeywords.append((name, value))
          continue
        }
        let hint = Suggestions.didYouMean(name, in: named.map(\.name))
        throw PyError.typeError(
          "\(function)() got an unexpected keyword argument '\(name)'\(hint)")
      }
      guard bound.values[name] == nil else {
        throw PyError.typeError("\(function)() got multiple values for argument '\(name)'")
      }
      bound.values[name] = value
    }
    let missing = named.filter { $0.required && bound.values[$0.name] == nil }.map(\.name)
    if !missing.isEmpty {
      let list = missing.map { "'\($0)'" }
      let joined =
        list.count == 1 ? list[0] : list.dropLast().joined(separator: ", ") + " and " + list[list.count - 1]
      throw PyError.typeError(
        "\(function)() missing \(missing.count) required argument\(missing.count == 1 ? "" : "s"): \(joined)"
      )
    }
    return bound
  }
}

/// Arguments matched to parameter names by `Arguments.bind`.
public struct BoundArguments {
  /// The function name, for error messages.
  public let function: String
  /// Parameter name → value, for the parameters that were given.
  public var values: [String: Value] = [:]
  /// Positional arguments collected by `*args`.
  public var extraPositional: [Value] = []
  /// Keyword arguments collected by `**kwargs`.
  public var extraKeywords: [(name: String, value: Value)] = []

  /// Creates an empty binding.
  public init(function: String) { self.function = function }

  /// The value of a parameter, `nil` when omitted or `None`.
  public subscript(_ name: String) -> Value? {
    guard let value = values[name], !value.isNone else { return nil }
    return value
  }

  /// The value of a parameter, or `fallback` when omitted.
  public func value(_ name: String, default fallback: Value) -> Value {
    values[name] ?? fallback
  }
}

/// A parsed parameter list for `Arguments.bind`.
struct Signature {
  struct Parameter {
    var name: String
    var required: Bool
  }
  var positional: [Parameter] = []
  var keywordOnly: [Parameter] = []
  var varargs: String?
  var kwargs: String?

  static func parse(_ parameters: [String]) -> Signature {
    var signature = Signature()
    var keywordOnly = false
    for text in parameters {
      if text.hasPrefix("**") {
        signature.kwargs = String(text.dropFirst(2))
      } else if text.hasPrefix("*") {
        keywordOnly = true
        if text.count > 1 { signature.varargs = String(text.dropFirst()) }
      } else {
        let optional = text.hasSuffix("=")
        let parameter = Parameter(
          name: optional ? String(text.dropLast()) : text, required: !optional)
        if keywordOnly {
          signature.keywordOnly.append(parameter)
        } else {
          signature.positional.append(parameter)
        }
      }
    }
    return signature
  }
}
