/// Errors raised by the Datasets module, worded like the Python libraries they mirror.
public enum DatasetError: Error, Equatable, CustomStringConvertible {
  /// A bundled resource file is missing from the module bundle.
  case missingResource(name: String)
  /// A bundled or downloaded file could not be parsed.
  case malformedResource(name: String, reason: String)
  /// A parameter outside its allowed range (scikit-learn's `ValueError`).
  case invalidParameter(name: String, reason: String)
  /// Arrays whose lengths should agree but do not.
  case inconsistentLength(lengths: [Int])
  /// An array with the wrong number of dimensions.
  case wrongDimensions(name: String, expected: String, shape: [Int])
  /// A transformer used before `fit`.
  case notFitted(type: String)
  /// Labels seen in `transform` that were not seen in `fit`.
  case unknownLabels(labels: [String], column: Int?)
  /// A file that could not be read.
  case fileUnreadable(path: String, reason: String)
  /// A file whose contents are truncated or corrupt.
  case corruptFile(path: String, reason: String)
  /// A downloaded file whose SHA-256 does not match the expected one.
  case checksumMismatch(path: String, expected: String, actual: String)
  /// A download that failed.
  case downloadFailed(url: String, reason: String)
  /// A dataset found nowhere: lists every place looked and the download error.
  case datasetNotFound(name: String, searched: [String], downloadError: String)
  /// A text table that cannot be parsed (`np.loadtxt` / `np.genfromtxt`).
  case textParse(line: Int, reason: String)

  /// A readable message.
  public var description: String {
    switch self {
    case .missingResource(let name):
      return "Bundled dataset file '\(name)' is missing from the Datasets resources"
    case .malformedResource(let name, let reason):
      return "Dataset file '\(name)' is malformed: \(reason)"
    case .invalidParameter(let name, let reason):
      return "Invalid parameter '\(name)': \(reason)"
    case .inconsistentLength(let lengths):
      let list = lengths.map(String.init).joined(separator: ", ")
      return "Found input variables with inconsistent numbers of samples: [\(list)]"
    case .wrongDimensions(let name, let expected, let shape):
      return "Expected \(expected) array for \(name), got shape \(shape)"
    case .notFitted(let type):
      return "This \(type) instance is not fitted yet. Call 'fit' with appropriate arguments before using this estimator."
    case .unknownLabels(let labels, let column):
      let list = "[" + labels.joined(separator: ", ") + "]"
      if let column { return "Found unknown categories \(list) in column \(column) during transform" }
      return "y contains previously unseen labels: \(list)"
    case .fileUnreadable(let path, let reason):
      return "Cannot read '\(path)': \(reason)"
    case .corruptFile(let path, let reason):
      return "File '\(path)' is truncated or corrupt: \(reason)"
    case .checksumMismatch(let path, let expected, let actual):
      return "File '\(path)' failed its SHA-256 check (expected \(expected), got \(actual)); it may be incomplete or corrupted"
    case .downloadFailed(let url, let reason):
      return "Download of \(url) failed: \(reason)"
    case .datasetNotFound(let name, let searched, let downloadError):
      let places = searched.map { "  - \($0)" }.joined(separator: "\n")
      return "\(name) was not found offline and could not be downloaded.\nPlaces looked:\n\(places)\nDownload error: \(downloadError)"
    case .textParse(let line, let reason):
      return "Line #\(line): \(reason)"
    }
  }
}
