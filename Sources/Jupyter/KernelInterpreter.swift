/// The language side of a kernel: everything the protocol server asks of an interpreter.
///
/// The kernel (`Kernel`) owns sockets, signing, execution counting, busy/idle, history and
/// replies; an interpreter only runs code and answers questions about it. All methods but
/// `interrupt()` are called on the kernel's shell thread, one at a time. `interrupt()` is
/// called from other threads (control channel, SIGINT) and must be thread-safe: it should
/// make a running `execute` end soon with an error such as `KeyboardInterrupt`.
public protocol KernelInterpreter: AnyObject {
  /// The `language_info` for `kernel_info_reply`.
  var languageInfo: LanguageInfo { get }
  /// The banner shown by consoles.
  var banner: String { get }
  /// Help-menu links.
  var helpLinks: [HelpLink] { get }
  /// The implementation version reported in `kernel_info_reply`.
  var implementationVersion: String { get }

  /// Runs a cell. Outputs go through `publisher` in program order.
  ///
  /// - Parameters:
  ///   - code: the cell source.
  ///   - silent: the frontend asked for no output (the publisher already drops it).
  ///   - allowStdin: whether `publisher.readInput` may ask the frontend.
  /// - Returns: `.ok` with the value to show as `execute_result` (or nil), or `.error`.
  func execute(code: String, silent: Bool, allowStdin: Bool, publisher: OutputPublisher)
    -> ExecutionResult

  /// Evaluates one `user_expressions` entry after a cell; no side-effect output is shown.
  func evaluate(expression: String, publisher: OutputPublisher) -> ExecutionResult

  /// Completion candidates at a cursor (Unicode code-point offset).
  func complete(code: String, cursorPos: Int) -> CompletionReply

  /// Documentation for the name at a cursor, or nil when nothing is found.
  func inspect(code: String, cursorPos: Int, detailLevel: Int) -> DisplayBundle?

  /// Whether `code` is ready to run (for consoles deciding what Enter does).
  func isComplete(code: String) -> CompletenessStatus

  /// Asks a running `execute` to stop. Thread-safe; harmless when idle.
  func interrupt()
}

extension KernelInterpreter {
  /// Python 3.11 by default.
  public var languageInfo: LanguageInfo { .python }
  /// No help links by default.
  public var helpLinks: [HelpLink] { [] }
  /// "0.1.0" by default.
  public var implementationVersion: String { "0.1.0" }
}
