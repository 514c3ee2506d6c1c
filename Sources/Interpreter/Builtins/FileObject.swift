import Foundation

/// A text file opened by `open()`: read, readline(s), write, iteration and `with` support.
///
/// Reads load the whole file once (lesson files are small); writes go straight to the file,
/// so `open(p, "w").write(text)` without `close()` works as it does in CPython.
final class FileObject: PyObject {
  private static let type = PyType(name: "TextIOWrapper", module: "_io")
  let path: String
  let mode: String
  private var lines: [String] = []
  private var position = 0
  private var handle: FileHandle?
  private(set) var closed = false

  init(path: String, mode: String) throws {
    self.path = path
    self.mode = mode
    if mode.contains("r") {
      guard let data = FileManager.default.contents(atPath: path) else {
        throw PyError(
          ExceptionObject(
            type: .fileNotFoundError,
            args: [.int(2), .str("No such file or directory: \(StringRepr.quote(path))")]))
      }
      let text = String(decoding: data, as: UTF8.self)
      var current = ""
      for character in text {
        current.append(character)
        if character == "\n" {
          lines.append(current)
          current = ""
        }
      }
      if !current.isEmpty { lines.append(current) }
    } else if mode.contains("w") || mode.contains("a") {
      let exists = FileManager.default.fileExists(atPath: path)
      if mode.contains("w") || !exists {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
          throw PyError(
            ExceptionObject(
              type: .fileNotFoundError,
              args: [.int(2), .str("No such file or directory: \(StringRepr.quote(path))")]))
        }
      }
      handle = FileHandle(forWritingAtPath: path)
      if mode.contains("a") { _ = try? handle?.seekToEnd() }
    } else {
      throw PyError.valueError("invalid mode: '\(mode)'")
    }
  }

  var pyType: PyType { Self.type }

  func repr() -> String { "<_io.TextIOWrapper name='\(path)' mode='\(mode)' encoding='UTF-8'>" }

  func makeIterator(_ evaluator: Evaluator) throws -> PyIterator? {
    try checkOpen()
    return ClosureIterator { [self] in
      guard position < lines.count else { return nil }
      defer { position += 1 }
      return .str(lines[position])
    }
  }

  func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    switch name {
    case "name": return .str(path)
    case "mode": return .str(mode)
    case "closed": return .bool(closed)
    case "read":
      return method("read") { [self] _ in
        try checkOpen()
        let rest = lines[position...].joined()
        position = lines.count
        return .str(rest)
      }
    case "readline":
      return method("readline") { [self] _ in
        try checkOpen()
        guard position < lines.count else { return .str("") }
        defer { position += 1 }
        return .str(lines[position])
      }
    case "readlines":
      return method("readlines") { [self] _ in
        try checkOpen()
        let rest = lines[position...].map(Value.str)
        position = lines.count
        return .list(rest)
      }
    case "write":
      return method("write") { [self] arguments in
        try checkOpen()
        guard mode.contains("w") || mode.contains("a") else {
          throw PyError(.osError, "not writable")
        }
        let text = try Builtins.string(arguments.positional.first ?? .none, "write")
        do {
          try handle?.write(contentsOf: Data(text.utf8))
        } catch {
          throw PyError(.osError, "cannot write \(path): \(error.localizedDescription)")
        }
        return .int(text.count)
      }
    case "close":
      return method("close") { [self] _ in
        try close()
        return .none
      }
    case "__enter__": return method("__enter__") { [self] _ in .object(self) }
    case "__exit__":
      return method("__exit__") { [self] _ in
        try close()
        return .bool(false)
      }
    default: return nil
    }
  }

  func attributeNames() -> [String] {
    ["close", "closed", "mode", "name", "read", "readline", "readlines", "write"]
  }

  private func method(_ name: String, _ body: @escaping (Arguments) throws -> Value) -> Value {
    .object(BuiltinFunction(name) { arguments, _ in try body(arguments) })
  }

  private func checkOpen() throws {
    if closed { throw PyError.valueError("I/O operation on closed file.") }
  }

  deinit {
    try? handle?.close()
  }

  func close() throws {
    guard !closed else { return }
    closed = true
    try? handle?.close()
    handle = nil
  }
}
