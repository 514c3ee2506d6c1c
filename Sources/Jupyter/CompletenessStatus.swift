/// The answer to an `is_complete_request`.
public enum CompletenessStatus: Equatable, Sendable {
  /// The code can run as it is.
  case complete
  /// More lines are needed; `indent` is the hint for the next line.
  case incomplete(indent: String)
  /// The code can never become valid.
  case invalid
  /// The interpreter cannot tell.
  case unknown
}
