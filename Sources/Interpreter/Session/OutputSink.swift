/// A rich value for a frontend: MIME type → content, plus per-type metadata.
///
/// Text types carry their text. Types whose name ends in `json` carry raw JSON text, which
/// a transport embeds as JSON rather than as a string. `metadata` is raw JSON object text.
public struct MimeBundle: Equatable, Sendable {
  /// MIME type → content (`text/plain` is always present for console frontends).
  public var data: [String: String]
  /// Raw JSON object text for the bundle's metadata, `{}` when there is none.
  public var metadataJSON: String

  /// Creates a bundle.
  public init(_ data: [String: String], metadataJSON: String = "{}") {
    self.data = data
    self.metadataJSON = metadataJSON
  }

  /// A bundle with only `text/plain`.
  public static func plain(_ text: String) -> MimeBundle { MimeBundle(["text/plain": text]) }
}

/// The two output streams a cell can write to.
public enum StreamName: String, Sendable {
  case stdout, stderr
}

/// Where a running cell sends everything it shows.
///
/// The Jupyter kernel turns each call into an IOPub message; the headless runner and the
/// tests collect them. Nothing a cell does is written to the process's own stdout/stderr.
public protocol OutputSink: AnyObject {
  /// Text written by `print` or `sys.stdout/stderr.write`.
  func stream(_ name: StreamName, _ text: String)
  /// A rich display; `displayID` names it for later updates, `update` replaces an earlier one.
  func display(_ bundle: MimeBundle, displayID: String?, update: Bool)
  /// Clears the cell's output, at once or (`wait`) when the next output arrives.
  func clearOutput(wait: Bool)
  /// Text for the frontend's pager (`help(x)`), shown beside the cell rather than in it.
  func page(_ bundle: MimeBundle)
  /// Reads a line for `input()`; throws `InputUnavailable` when the frontend has no stdin.
  func readInput(prompt: String, password: Bool) throws -> String
}

/// Thrown by `OutputSink.readInput` when the frontend cannot answer `input()`.
public struct InputUnavailable: Error, Sendable {
  /// Creates the error.
  public init() {}
}

/// What running one cell produced, besides what it sent to its sink.
public enum ExecutionOutcome: Equatable, Sendable {
  /// The cell finished; `result` is the value of a trailing expression, if not `None`.
  case ok(result: MimeBundle?)
  /// The cell raised: the exception type name, its message and a formatted traceback.
  case error(name: String, value: String, traceback: [String])
}

/// Whether a piece of source is ready to run (for `is_complete_request`).
public enum Completeness: Equatable, Sendable {
  /// It parses.
  case complete
  /// It needs more lines; `indent` is what the next line should start with.
  case incomplete(indent: String)
  /// It can never parse, whatever follows.
  case invalid
}

/// Completion candidates for the text before a cursor.
public struct CompletionResult: Equatable, Sendable {
  /// Candidate texts replacing `cursorStart..<cursorEnd`.
  public var matches: [String]
  /// Start of the replaced range, in Unicode code points.
  public var cursorStart: Int
  /// End of the replaced range, in Unicode code points.
  public var cursorEnd: Int

  /// Creates a completion result.
  public init(matches: [String], cursorStart: Int, cursorEnd: Int) {
    self.matches = matches
    self.cursorStart = cursorStart
    self.cursorEnd = cursorEnd
  }
}
