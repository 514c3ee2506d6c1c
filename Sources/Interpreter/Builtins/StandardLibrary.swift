import Foundation

/// The modules every session has: `sys`, `time`, `math`, `random`, `IPython.display`.
public enum StandardLibrary {
  /// Registers the module loaders on `evaluator`.
  public static func install(into evaluator: Evaluator) {
    evaluator.moduleLoaders["sys"] = { sysModule(evaluator) }
    evaluator.moduleLoaders["time"] = { timeModule() }
    evaluator.moduleLoaders["math"] = { MathModule.make() }
    evaluator.moduleLoaders["random"] = { RandomModule.make() }
    evaluator.moduleLoaders["IPython"] = { PyModule("IPython", doc: "Interactive display helpers.") }
    evaluator.moduleLoaders["IPython.display"] = { DisplayModule.make() }
    evaluator.moduleLoaders["os"] = { OSModule.make() }
    evaluator.moduleLoaders["os.path"] = { OSModule.pathModule() }
  }

  private static func sysModule(_ evaluator: Evaluator) -> PyModule {
    let module = PyModule("sys", doc: "System parameters: the output streams, version and argv.")
    module.members["stdout"] = .object(StreamObject(.stdout))
    module.members["stderr"] = .object(StreamObject(.stderr))
    module.members["version"] = .str("3.11.0 (Neurona cell language)")
    module.members["version_info"] = .tuple([.int(3), .int(11), .int(0)])
    module.members["argv"] = .list([.str("neurona")])
    module.members["platform"] = .str("linux")
    module.members["maxsize"] = .int(Int.max)
    module.define("getrecursionlimit", signature: "()") { _, evaluator in
      .int(evaluator.recursionLimit)
    }
    module.define("setrecursionlimit", signature: "(limit, /)") { arguments, evaluator in
      let limit = try Builtins.int(try arguments.bind("setrecursionlimit", ["limit"]).values["limit"] ?? .none)
      guard limit >= 1 else { throw PyError.valueError("recursion limit must be greater or equal than 1") }
      evaluator.recursionLimit = min(limit, 20_000)
      return .none
    }
    return module
  }

  private static func timeModule() -> PyModule {
    let module = PyModule("time", doc: "Clocks and sleeping.")
    module.define("time", signature: "()", doc: "Seconds since the Epoch, as a float.") { _, _ in
      .float(Date().timeIntervalSince1970)
    }
    module.define("perf_counter", signature: "()", doc: "A monotonic clock in seconds, for timing.") { _, _ in
      .float(Double(DispatchTime.now().uptimeNanoseconds) / 1e9)
    }
    module.define("sleep", signature: "(secs, /)", doc: "Sleep for the given seconds (interruptible).") {
      arguments, evaluator in
      let seconds = try Builtins.double(try arguments.bind("sleep", ["secs"]).values["secs"] ?? .none)
      guard seconds >= 0 else { throw PyError.valueError("sleep length must be non-negative") }
      let deadline = Date().addingTimeInterval(seconds)
      while Date() < deadline {
        try evaluator.checkInterrupt()
        Thread.sleep(forTimeInterval: min(0.01, max(0, deadline.timeIntervalSinceNow)))
      }
      try evaluator.checkInterrupt()
      return .none
    }
    return module
  }
}

/// `sys.stdout` / `sys.stderr`: writing sends a stream message.
final class StreamObject: PyObject {
  private static let type = PyType(name: "TextIOWrapper", module: "io")
  let name: StreamName

  init(_ name: StreamName) { self.name = name }

  var pyType: PyType { Self.type }

  func repr() -> String { "<_io.TextIOWrapper name='<\(name.rawValue)>' mode='w' encoding='utf-8'>" }

  func getAttribute(_ attribute: String, _ evaluator: Evaluator) throws -> Value? {
    switch attribute {
    case "write":
      return .object(
        BuiltinFunction("write", signature: "(s, /)") { [name] arguments, evaluator in
          let text = try Builtins.string(try arguments.bind("write", ["s"]).values["s"] ?? .none, "write")
          evaluator.sink.stream(name, text)
          return .int(text.count)
        })
    case "flush":
      return .object(BuiltinFunction("flush", signature: "()") { _, _ in .none })
    default: return nil
    }
  }

  func attributeNames() -> [String] { ["flush", "write"] }
}
