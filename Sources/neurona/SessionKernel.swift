import Bindings
import Foundation
import Interpreter
import Jupyter

/// Adapts the cell language's `Session` to the kernel's `KernelInterpreter` protocol.
///
/// The kernel calls everything but `interrupt()` on its shell thread; `Session.interrupt()`
/// is thread-safe, so the control thread and SIGINT can stop a running cell.
final class SessionKernel: KernelInterpreter {
  private let session: Session
  /// The version reported in `kernel_info_reply`.
  let implementationVersion: String

  init(version: String) {
    implementationVersion = version
    session = Session()
    StandardModules.install(into: session)
  }

  var banner: String {
    "Neurona \(implementationVersion): a Python-subset kernel for teaching neural networks\n"
      + "numpy-like arrays on OpenBLAS; help(name) shows documentation."
  }

  var helpLinks: [HelpLink] {
    [HelpLink(text: "Python 3.11 reference", url: "https://docs.python.org/3.11/reference/")]
  }

  func execute(code: String, silent: Bool, allowStdin: Bool, publisher: OutputPublisher)
    -> ExecutionResult
  {
    SessionKernel.convert(session.execute(code, sink: PublisherSink(publisher)))
  }

  func evaluate(expression: String, publisher: OutputPublisher) -> ExecutionResult {
    SessionKernel.convert(session.evaluate(expression: expression, sink: PublisherSink(publisher)))
  }

  func complete(code: String, cursorPos: Int) -> CompletionReply {
    let result = session.complete(code, cursor: cursorPos)
    return CompletionReply(
      matches: result.matches, cursorStart: result.cursorStart, cursorEnd: result.cursorEnd)
  }

  func inspect(code: String, cursorPos: Int, detailLevel: Int) -> DisplayBundle? {
    session.inspect(code, cursor: cursorPos, detailLevel: detailLevel).map(SessionKernel.convert)
  }

  func isComplete(code: String) -> CompletenessStatus {
    switch session.isComplete(code) {
    case .complete: return .complete
    case let .incomplete(indent): return .incomplete(indent: indent)
    case .invalid: return .invalid
    }
  }

  func interrupt() {
    session.interrupt()
  }

  /// Maps a cell outcome to the kernel's result.
  static func convert(_ outcome: ExecutionOutcome) -> ExecutionResult {
    switch outcome {
    case let .ok(result): return .ok(result: result.map(convert))
    case let .error(name, value, traceback):
      return .error(name: name, value: value, traceback: traceback)
    }
  }

  /// Maps a MIME bundle; JSON types and the metadata carry raw JSON text, parsed here.
  static func convert(_ bundle: MimeBundle) -> DisplayBundle {
    var data: [String: JSONValue] = [:]
    for (mime, content) in bundle.data {
      if mime.hasSuffix("json"), let parsed = try? JSONValue.parse(content) {
        data[mime] = parsed
      } else {
        data[mime] = .string(content)
      }
    }
    let metadata = (try? JSONValue.parse(bundle.metadataJSON))?.objectValue ?? [:]
    return DisplayBundle(data: data, metadata: metadata)
  }
}
