/// Editor services: completion and inspection on the session's live namespace.
extension Session {
  /// Completion candidates for the code before `cursor` (a Unicode code point offset).
  public func complete(_ code: String, cursor: Int) -> CompletionResult {
    Completer(evaluator: evaluator).complete(code, cursor: cursor)
  }

  /// Documentation or a value summary for the name under `cursor`.
  public func inspect(_ code: String, cursor: Int, detailLevel: Int) -> MimeBundle? {
    Completer(evaluator: evaluator).inspect(code, cursor: cursor, detailLevel: detailLevel)
  }
}
