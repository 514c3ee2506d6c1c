import Datasets
import Interpreter

extension DatasetError: PythonConvertibleError {
  /// The Python exception class scikit-learn, NumPy or Keras raise for this error.
  public var pythonTypeName: String {
    switch self {
    case .fileUnreadable: return "FileNotFoundError"
    case .missingResource, .downloadFailed, .datasetNotFound: return "OSError"
    default: return "ValueError"
    }
  }

  /// The message, worded like the Python library's.
  public var pythonMessage: String {
    switch self {
    case .invalidParameter(_, let reason): return reason
    case .fileUnreadable(_, let reason): return reason
    case .textParse(let line, let reason):
      if reason.hasPrefix("got ") { return "Some errors were detected !\n    Line #\(line) (\(reason))" }
      return reason
    default: return description
    }
  }
}
