/// An error raised by the formatting functions, carrying the Python exception to raise.
///
/// `pythonType` names the exception class (`"ValueError"`, `"TypeError"`, `"KeyError"`,
/// `"IndexError"`, `"OverflowError"` or `"MemoryError"`) and `message` is Python 3.11's
/// message text.
public struct FormatError: Error, Equatable {
  /// The Python exception class name, such as `"ValueError"`.
  public let pythonType: String
  /// The exception message exactly as Python prints it after the colon.
  public let message: String

  /// Creates an error with the given Python exception class and message.
  public init(pythonType: String, message: String) {
    self.pythonType = pythonType
    self.message = message
  }

  /// A `ValueError` with the given message.
  static func value(_ message: String) -> FormatError {
    FormatError(pythonType: "ValueError", message: message)
  }

  /// A `TypeError` with the given message.
  static func type(_ message: String) -> FormatError {
    FormatError(pythonType: "TypeError", message: message)
  }

  /// An `OverflowError` with the given message.
  static func overflow(_ message: String) -> FormatError {
    FormatError(pythonType: "OverflowError", message: message)
  }

  /// The `MemoryError` for a result longer than `PyFormat.maxLength`.
  static func tooLarge() -> FormatError {
    FormatError(pythonType: "MemoryError", message: "string too large")
  }
}
