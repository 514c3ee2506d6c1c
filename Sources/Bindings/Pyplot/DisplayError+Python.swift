import Display
import Interpreter

extension DisplayError: PythonConvertibleError {
  /// The Python exception class named at the start of the message (`ValueError`).
  public var pythonTypeName: String {
    let text = description
    guard let colon = text.range(of: ": ") else { return "ValueError" }
    return String(text[..<colon.lowerBound])
  }

  /// The message after the exception class name.
  public var pythonMessage: String {
    let text = description
    guard let colon = text.range(of: ": ") else { return text }
    return String(text[colon.upperBound...])
  }
}
