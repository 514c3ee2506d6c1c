import Foundation
import Interpreter
import NeuralNet

/// `fit`'s progress output, in Keras 3's words.
///
/// `verbose=1`: one live display (shown at the first epoch, then updated under the same
/// display id at most 10 times a second, and once more with the last epoch's line) with the
/// epoch's bar; when training ends the display is emptied and the per-epoch log lines are
/// printed to stdout. A 100-epoch lesson fit of a few milliseconds thus sends 3 display
/// messages, not 200. `verbose=2`: one line per epoch, printed as each epoch ends.
final class KerasProgress: Callback {
  private let verbose: Int
  private let epochs: Int
  private let sink: OutputSink
  private let displayID: String
  private var shown = false
  private var steps = 1
  private var epoch = 0
  private var epochStart = Date()
  private var lastUpdate = Date.distantPast
  private var log = ""

  /// The shortest time between two display updates.
  static let interval = 0.1

  /// Creates the progress output of one fit.
  init(verbose: Int, epochs: Int, sink: OutputSink, state: KerasState) {
    self.verbose = verbose
    self.epochs = epochs
    self.sink = sink
    state.displayCounter += 1
    displayID = "neurona-fit-\(state.displayCounter)-\(UUID().uuidString.prefix(8))"
  }

  /// `0.1234`, or `1.2340e-04` for small magnitudes (Keras's rule).
  static func format(_ value: Double) -> String {
    abs(value) > 1e-3 ? printf("%.4f", value) : printf("%.4e", value)
  }

  /// ` - accuracy: 0.9500 - loss: 0.1234` with sorted keys.
  static func logText(_ logs: [String: Double]) -> String {
    logs.keys.sorted().map { " - \($0): \(format(logs[$0] ?? 0))" }.joined()
  }

  /// `2ms/step`.
  static func perStep(_ seconds: Double) -> String {
    if seconds >= 1 { return printf("%.0fs/step", seconds) }
    if seconds >= 1e-3 { return printf("%.0fms/step", seconds * 1e3) }
    return printf("%.0fus/step", seconds * 1e6)
  }

  /// `20` bar characters, `done` of them heavy.
  static func bar(_ done: Int) -> String {
    done >= 20 ? fullBar : String(repeating: "━", count: done) + String(repeating: "─", count: 20 - done)
  }

  /// The bar of a finished epoch, printed once per epoch.
  private static let fullBar = String(repeating: "━", count: 20)

  /// C's `printf` with one double: the same text as Foundation's `String(format:)`, without its
  /// detour through NSString (a microsecond per call, twice per epoch line).
  static func printf(_ format: String, _ value: Double) -> String {
    withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer -> String in
      guard let base = buffer.baseAddress else { return "" }
      let written = withVaList([value]) { vsnprintf(base, 64, format, $0) }
      guard written > 0 else { return "" }
      if written < 64 { return String(cString: base) }
      return String(format: format, value)
    }
  }

  /// The finished line: `3/3 ━━━━━━━━━━━━━━━━━━━━ 0s 2ms/step - loss: 0.1234`.
  static func finalLine(steps: Int, elapsed: Double, logs: [String: Double]) -> String {
    "\(steps)/\(steps) \(bar(20)) \(Int(elapsed))s \(perStep(elapsed / Double(max(steps, 1))))" + logText(logs)
  }

  private var header: String { epochs > 1 ? "Epoch \(epoch + 1)/\(epochs)\n" : "" }

  private func show(_ text: String) {
    let html = "<pre style=\"white-space:pre;margin:0\">" + escape(text) + "</pre>"
    sink.display(MimeBundle(["text/plain": text, "text/html": html]), displayID: displayID, update: shown)
    shown = true
    lastUpdate = Date()
  }

  private func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }

  /// Reads the number of steps per epoch.
  func onTrainBegin(model: Sequential, logs: [String: Double]) throws {
    steps = model.history?.params["steps"] ?? 1
  }

  /// Whether the display may be updated now (at most every `interval` seconds).
  private var updateDue: Bool { Date().timeIntervalSince(lastUpdate) >= KerasProgress.interval }

  /// Starts the epoch's clock (and shows the display at the first epoch, or when due).
  func onEpochBegin(model: Sequential, epoch: Int, logs: [String: Double]) throws {
    self.epoch = epoch
    epochStart = Date()
    if verbose == 1 && (!shown || updateDue) { show(header + "0/\(steps) \(KerasProgress.bar(0))") }
  }

  /// Batch hooks only for a live bar whose next update is due.
  func wantsBatchHooks(batch: Int) -> Bool { verbose == 1 && updateDue }

  /// Updates the live bar (throttled).
  func onBatchEnd(model: Sequential, batch: Int, logs: [String: Double]) throws {
    guard verbose == 1, updateDue else { return }
    let done = batch + 1
    let elapsed = Date().timeIntervalSince(epochStart)
    let eta = Int((elapsed / Double(done) * Double(steps - done)).rounded())
    let line = "\(done)/\(steps) \(KerasProgress.bar(done * 20 / max(steps, 1))) \(eta)s \(KerasProgress.perStep(elapsed / Double(done)))"
    show(header + line + KerasProgress.logText(logs))
  }

  /// Records (and for `verbose=2` prints) the epoch's line.
  func onEpochEnd(model: Sequential, epoch: Int, logs: [String: Double]) throws {
    let elapsed = Date().timeIntervalSince(epochStart)
    if verbose == 2 {
      let line = "\(steps)/\(steps) - \(Int(elapsed))s - \(KerasProgress.perStep(elapsed / Double(max(steps, 1))))"
      sink.stream(.stdout, header + line + KerasProgress.logText(logs) + "\n")
      return
    }
    let line = KerasProgress.finalLine(steps: steps, elapsed: elapsed, logs: logs)
    log += header + line + "\n"
    if updateDue || epoch + 1 == epochs { show(header + line) }
  }

  /// Empties the live display and prints the per-epoch log (`verbose=1`).
  func finish() {
    guard verbose == 1 else { return }
    if shown { sink.display(MimeBundle(["text/plain": "", "text/html": ""]), displayID: displayID, update: true) }
    if !log.isEmpty { sink.stream(.stdout, log) }
  }
}
