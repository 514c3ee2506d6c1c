import Interpreter
import Jupyter

/// The `OutputSink` a cell writes to, forwarding each call to the kernel's publisher.
final class PublisherSink: OutputSink {
  private let publisher: OutputPublisher

  init(_ publisher: OutputPublisher) {
    self.publisher = publisher
  }

  func stream(_ name: StreamName, _ text: String) {
    publisher.stream(name: name.rawValue, text: text)
  }

  func display(_ bundle: MimeBundle, displayID: String?, update: Bool) {
    let converted = SessionKernel.convert(bundle)
    if update, let displayID {
      publisher.updateDisplayData(converted, displayID: displayID)
    } else {
      publisher.displayData(converted, displayID: displayID)
    }
  }

  func clearOutput(wait: Bool) {
    publisher.clearOutput(wait: wait)
  }

  func page(_ bundle: MimeBundle) {
    publisher.page(SessionKernel.convert(bundle))
  }

  func readInput(prompt: String, password: Bool) throws -> String {
    do {
      return try publisher.readInput(prompt: prompt, password: password)
    } catch {
      throw InputUnavailable()
    }
  }
}
