import Foundation

/// Batches stream text so a loop of prints becomes a few messages, keeping output order.
///
/// Text is flushed when a rich output or input request comes, at the end of the cell,
/// and whenever 50 ms have passed since the last flush.
final class BufferedSink: OutputSink {
  var target: OutputSink?
  private var pending: [(StreamName, String)] = []
  private var lastFlush = DispatchTime.now().uptimeNanoseconds
  private let interval: UInt64 = 50_000_000

  func stream(_ name: StreamName, _ text: String) {
    if let last = pending.last, last.0 == name {
      pending[pending.count - 1].1 += text
    } else {
      pending.append((name, text))
    }
    flushIfDue()
  }

  func flushIfDue() {
    guard !pending.isEmpty, DispatchTime.now().uptimeNanoseconds - lastFlush >= interval else {
      return
    }
    flush()
  }

  func flush() {
    lastFlush = DispatchTime.now().uptimeNanoseconds
    let chunks = pending
    pending = []
    for (name, text) in chunks { target?.stream(name, text) }
  }

  func display(_ bundle: MimeBundle, displayID: String?, update: Bool) {
    flush()
    target?.display(bundle, displayID: displayID, update: update)
  }

  func clearOutput(wait: Bool) {
    flush()
    target?.clearOutput(wait: wait)
  }

  func page(_ bundle: MimeBundle) {
    flush()
    target?.page(bundle)
  }

  func readInput(prompt: String, password: Bool) throws -> String {
    flush()
    guard let target else { throw InputUnavailable() }
    return try target.readInput(prompt: prompt, password: password)
  }
}
