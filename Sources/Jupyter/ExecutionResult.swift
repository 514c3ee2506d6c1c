/// What the interpreter reports after running a cell (or evaluating a user expression).
public enum ExecutionResult: Equatable, Sendable {
  /// Success; `result` is the value to show as `execute_result`, if any.
  case ok(result: DisplayBundle?)
  /// Failure: exception name, message and traceback lines (ANSI colours allowed).
  case error(name: String, value: String, traceback: [String])
}
