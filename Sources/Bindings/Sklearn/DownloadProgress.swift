import Foundation
import Interpreter

/// A download's progress in one live display: shown once, then updated in place at most ten
/// times a second, in Keras's words (`Downloading data from <url>` and a byte counter with a bar).
final class DownloadProgress {
  private let sink: OutputSink
  private let displayID = "neurona-download-\(UUID().uuidString.prefix(8))"
  private let lock = NSLock()
  private var shown = false
  private var lastUpdate = Date.distantPast
  private var lines: [String: String] = [:]
  private var order: [String] = []

  /// Progress shown through `sink`.
  init(sink: OutputSink) { self.sink = sink }

  /// Records `received` of `total` bytes of `file` and refreshes the display when due.
  func update(file: String, received: Int64, total: Int64?, base: String) {
    lock.lock()
    defer { lock.unlock() }
    if lines[file] == nil { order.append(file) }
    let done = total.map { $0 > 0 && received >= $0 } ?? false
    let bar: String
    if let total, total > 0 {
      let filled = Int(Double(received) / Double(total) * 20)
      bar = "\(received)/\(total) " + String(repeating: "━", count: min(filled, 20)) + String(repeating: "─", count: max(0, 20 - filled))
    } else {
      bar = "\(received) bytes"
    }
    lines[file] = "Downloading data from \(base)\(file)\n\(bar)"
    guard done || Date().timeIntervalSince(lastUpdate) >= 0.1 else { return }
    show()
  }

  /// Shows the final state (when anything was downloaded).
  func finish() {
    lock.lock()
    defer { lock.unlock() }
    if !order.isEmpty { show() }
  }

  private func show() {
    let text = order.compactMap { lines[$0] }.joined(separator: "\n")
    sink.display(MimeBundle.plain(text), displayID: displayID, update: shown)
    shown = true
    lastUpdate = Date()
  }
}
