/// A raised or raisable Python exception instance (`ValueError("bad shape")`).
public final class ExceptionObject: PyObject {
  /// The exception's class.
  public let type: PyType
  /// The constructor arguments; the first is usually the message.
  public var args: [Value]
  /// Attributes set on the instance by user code.
  public var instanceAttributes: [String: Value] = [:]
  /// Frames the exception passed through, innermost last.
  public var traceback: [TracebackFrame] = []
  /// The exception this one was raised from (`raise X from Y`) or during.
  public var cause: ExceptionObject?

  /// Creates an exception of `type` with `args`.
  public init(type: PyType, args: [Value]) {
    self.type = type
    self.args = args
  }

  /// The exception's class.
  public var pyType: PyType { type }

  /// `str(e)`: the message, or the args tuple when there are several.
  public var message: String {
    switch args.count {
    case 0: return ""
    case 1:
      if case .str(let text) = args[0] { return text }
      return Evaluator.reprOf(args[0])
    default: return PyTuple(args).repr()
    }
  }

  /// `ValueError('bad')`.
  public func repr() -> String {
    let inner = args.map(Evaluator.reprOf).joined(separator: ", ")
    return "\(type.name)(\(inner))"
  }

  /// The message.
  public func str() -> String {
    if type === PyType.keyError, args.count == 1 { return Evaluator.reprOf(args[0]) }
    if type.isSubtype(of: .osError), args.count == 2, case .int(let number) = args[0] {
      return "[Errno \(number)] \(Evaluator.strOf(args[1]))"
    }
    return message
  }

  /// `args` and user attributes.
  public func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    if name == "args" { return .tuple(args) }
    if let value = instanceAttributes[name] { return value }
    return try type.boundAttribute(name, of: .object(self), evaluator)
  }

  /// Stores a user attribute.
  public func setAttribute(_ name: String, _ value: Value, _ evaluator: Evaluator) throws -> Bool {
    instanceAttributes[name] = value
    return true
  }
}

/// One line of a traceback: where a frame was executing.
public struct TracebackFrame: Equatable, Sendable {
  /// The function name, or `nil` for the cell's top level.
  public var function: String?
  /// The cell-relative location.
  public var location: SourceLocation
  /// The source line text.
  public var lineText: String
  /// The cell name shown in tracebacks (`Cell In[3]`).
  public var cellName: String

  /// Creates a traceback frame.
  public init(function: String?, location: SourceLocation, lineText: String, cellName: String) {
    self.function = function
    self.location = location
    self.lineText = lineText
    self.cellName = cellName
  }
}

/// The Swift error that carries a Python exception through the evaluator.
public struct PyError: Error {
  /// The exception being raised.
  public let exception: ExceptionObject

  /// Wraps an exception object.
  public init(_ exception: ExceptionObject) { self.exception = exception }

  /// An exception of `type` with a message.
  public init(_ type: PyType, _ message: String) {
    self.exception = ExceptionObject(type: type, args: [.str(message)])
  }

  /// `TypeError(message)`.
  public static func typeError(_ message: String) -> PyError { PyError(.typeError, message) }
  /// `ValueError(message)`.
  public static func valueError(_ message: String) -> PyError { PyError(.valueError, message) }
  /// `IndexError(message)`.
  public static func indexError(_ message: String) -> PyError { PyError(.indexError, message) }
  /// `KeyError(key)`.
  public static func keyError(_ key: Value) -> PyError {
    PyError(ExceptionObject(type: .keyError, args: [key]))
  }
  /// `AttributeError(message)`.
  public static func attributeError(_ message: String) -> PyError {
    PyError(.attributeError, message)
  }
  /// `NameError(message)`.
  public static func nameError(_ message: String) -> PyError { PyError(.nameError, message) }
  /// `ZeroDivisionError(message)`.
  public static func zeroDivision(_ message: String) -> PyError {
    PyError(.zeroDivisionError, message)
  }
  /// `OverflowError(message)`.
  public static func overflow(_ message: String) -> PyError { PyError(.overflowError, message) }
}

/// A Swift error from library code that knows which Python exception it stands for.
public protocol PythonConvertibleError: Error {
  /// The Python exception class name (`ValueError`).
  var pythonTypeName: String { get }
  /// The exception message.
  var pythonMessage: String { get }
}
