import Foundation

/// A small `os` / `os.path` for lessons that check, list or build file paths.
enum OSModule {
  static func make() -> PyModule {
    let module = PyModule("os", doc: "Operating-system helpers: paths, folders, environment.")
    module.define("getcwd", signature: "()") { _, _ in .str(FileManager.default.currentDirectoryPath) }
    module.define("listdir", signature: "(path='.')") { arguments, _ in
      let path = try arguments.bind("listdir", ["path="])["path"].map { try Builtins.string($0, "listdir") } ?? "."
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
        throw PyError(.fileNotFoundError, "No such file or directory: '\(path)'")
      }
      return .list(names.sorted().map(Value.str))
    }
    module.define("makedirs", signature: "(name, exist_ok=False)") { arguments, evaluator in
      let bound = try arguments.bind("makedirs", ["name", "exist_ok="])
      let path = try Builtins.string(bound.values["name"] ?? .none, "makedirs")
      let existOK = try bound["exist_ok"].map(evaluator.truthy) ?? false
      if FileManager.default.fileExists(atPath: path), !existOK {
        throw PyError(.osError, "File exists: '\(path)'")
      }
      do {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
      } catch {
        throw PyError(.osError, "cannot create '\(path)': \(error.localizedDescription)")
      }
      return .none
    }
    module.define("remove", signature: "(path)") { arguments, _ in
      let path = try Builtins.string(try arguments.bind("remove", ["path"]).values["path"] ?? .none, "remove")
      do { try FileManager.default.removeItem(atPath: path) } catch {
        throw PyError(.fileNotFoundError, "No such file or directory: '\(path)'")
      }
      return .none
    }
    let environment = PyDict(ProcessInfo.processInfo.environment.sorted { $0.key < $1.key }.map { ($0.key, Value.str($0.value)) })
    module.members["environ"] = .object(environment)
    module.members["sep"] = .str("/")
    module.members["path"] = .object(pathModule())
    return module
  }

  static func pathModule() -> PyModule {
    let module = PyModule("os.path", doc: "Path manipulation.")
    module.define("exists", signature: "(path)") { arguments, _ in
      .bool(FileManager.default.fileExists(atPath: try path(arguments, "exists")))
    }
    module.define("isfile", signature: "(path)") { arguments, _ in
      var directory: ObjCBool = false
      let found = FileManager.default.fileExists(atPath: try path(arguments, "isfile"), isDirectory: &directory)
      return .bool(found && !directory.boolValue)
    }
    module.define("isdir", signature: "(path)") { arguments, _ in
      var directory: ObjCBool = false
      let found = FileManager.default.fileExists(atPath: try path(arguments, "isdir"), isDirectory: &directory)
      return .bool(found && directory.boolValue)
    }
    module.define("join", signature: "(a, *p)") { arguments, _ in
      var result = ""
      for part in arguments.positional {
        let text = try Builtins.string(part, "join")
        if text.hasPrefix("/") || result.isEmpty { result = text } else {
          result += (result.hasSuffix("/") ? "" : "/") + text
        }
      }
      return .str(result)
    }
    module.define("basename", signature: "(p)") { arguments, _ in
      .str(String(try path(arguments, "basename").split(separator: "/", omittingEmptySubsequences: false).last ?? ""))
    }
    module.define("dirname", signature: "(p)") { arguments, _ in
      let text = try path(arguments, "dirname")
      guard let slash = text.lastIndex(of: "/") else { return .str("") }
      return .str(String(text[..<slash]))
    }
    module.define("splitext", signature: "(p)") { arguments, _ in
      let text = try path(arguments, "splitext")
      let name = text.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
      guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return .tuple([.str(text), .str("")]) }
      let ext = String(name[dot...])
      return .tuple([.str(String(text.dropLast(ext.count))), .str(ext)])
    }
    return module
  }

  private static func path(_ arguments: Arguments, _ function: String) throws -> String {
    try Builtins.string(try arguments.bind(function, ["path"]).values["path"] ?? .none, function)
  }
}
