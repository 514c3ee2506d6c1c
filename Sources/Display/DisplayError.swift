/// Errors raised by the plotting and rendering engine, worded like matplotlib's where one exists.
public enum DisplayError: Error, Equatable, CustomStringConvertible {
  /// A matplotlib format string such as `'r--'` could not be parsed.
  case invalidFormatString(String)
  /// A colour specification was not recognised.
  case unknownColor(String)
  /// A colormap name was not recognised.
  case unknownColormap(String)
  /// A line style name was not recognised.
  case unknownLineStyle(String)
  /// A marker name was not recognised.
  case unknownMarker(String)
  /// Two arrays that must have the same length do not.
  case lengthMismatch(what: String, expected: Int, actual: Int)
  /// An array has a shape that the operation cannot use.
  case invalidShape(what: String, shape: [Int])
  /// A keyword argument has a value outside its domain.
  case invalidArgument(name: String, reason: String)
  /// A subplot index is outside the figure's grid.
  case subplotOutOfRange(index: Int, count: Int)
  /// A legend location name was not recognised.
  case unknownLegendLocation(String)

  /// The message shown to the user.
  public var description: String {
    switch self {
    case .invalidFormatString(let s):
      return "ValueError: '\(s)' is not a valid format string"
    case .unknownColor(let s):
      return "ValueError: '\(s)' is not a valid value for color"
    case .unknownColormap(let s):
      return "ValueError: '\(s)' is not a valid value for cmap"
    case .unknownLineStyle(let s):
      return "ValueError: '\(s)' is not a valid value for ls"
    case .unknownMarker(let s):
      return "ValueError: Unrecognized marker style '\(s)'"
    case .lengthMismatch(let what, let expected, let actual):
      return "ValueError: \(what) must have the same first dimension, but have shapes (\(expected),) and (\(actual),)"
    case .invalidShape(let what, let shape):
      let dims = shape.map(String.init).joined(separator: ", ")
      return "TypeError: Invalid shape (\(dims)\(shape.count == 1 ? "," : "")) for \(what)"
    case .invalidArgument(let name, let reason):
      return "ValueError: \(name): \(reason)"
    case .subplotOutOfRange(let index, let count):
      return "ValueError: num must be an integer with 1 <= num <= \(count), not \(index)"
    case .unknownLegendLocation(let s):
      return "ValueError: '\(s)' is not a valid value for loc"
    }
  }
}
