/// Completion candidates for a `complete_request`.
public struct CompletionReply: Equatable, Sendable {
  /// Texts that replace `code[cursorStart..<cursorEnd]`.
  public var matches: [String]
  /// Start of the replaced range, in Unicode code points.
  public var cursorStart: Int
  /// End of the replaced range, in Unicode code points.
  public var cursorEnd: Int
  /// Extra metadata (e.g. `_jupyter_types_experimental`); always sent, `{}` by default.
  public var metadata: [String: JSONValue]

  /// Creates a completion reply.
  public init(
    matches: [String], cursorStart: Int, cursorEnd: Int, metadata: [String: JSONValue] = [:]
  ) {
    self.matches = matches
    self.cursorStart = cursorStart
    self.cursorEnd = cursorEnd
    self.metadata = metadata
  }
}
