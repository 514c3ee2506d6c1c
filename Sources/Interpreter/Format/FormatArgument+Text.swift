extension FormatArgument {
  /// Python's `str()` of the value.
  public var strText: String {
    switch self {
    case .int(let value): return String(value)
    case .float(let value): return PyFormat.reprFloat(value)
    case .bool(let value): return value ? "True" : "False"
    case .string(let value): return value
    case .other(let str, _, _): return str
    }
  }

  /// Python's `repr()` of the value.
  public var reprText: String {
    switch self {
    case .int, .float, .bool: return strText
    case .string(let value): return PyFormat.reprString(value)
    case .other(_, let repr, _): return repr
    }
  }

  /// The Python type name, as used in error messages.
  public var typeName: String {
    switch self {
    case .int: return "int"
    case .float: return "float"
    case .bool: return "bool"
    case .string: return "str"
    case .other(_, _, let typeName): return typeName
    }
  }
}
