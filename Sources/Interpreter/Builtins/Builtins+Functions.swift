/// `print`, `len`, `input`, `help`, `display` and the other general builtins.
extension Builtins {
  static let functions: [BuiltinFunction] = [
    BuiltinFunction(
      "print", signature: "(*values, sep=' ', end='\\n', file=None, flush=False)",
      doc: "Prints the values to a stream, or to sys.stdout by default.",
      keywords: ["sep", "end", "file", "flush"]
    ) { arguments, evaluator in
      let bound = try arguments.bind("print", ["*values", "sep=", "end=", "file=", "flush="])
      let sep = try bound["sep"].map { try string($0, "sep") } ?? " "
      let end = try bound["end"].map { try string($0, "end") } ?? "\n"
      let text = bound.extraPositional.map(evaluator.strOf).joined(separator: sep) + end
      if let file = bound["file"] {
        _ = try evaluator.callMethod(file, "write", [.str(text)])
      } else {
        evaluator.sink.stream(.stdout, text)
      }
      return .none
    },
    BuiltinFunction("len", signature: "(obj, /)", doc: "Return the number of items in a container.") {
      arguments, evaluator in
      let bound = try arguments.bind("len", ["obj"])
      return .int(try evaluator.length(bound.values["obj"] ?? .none))
    },
    BuiltinFunction(
      "input", signature: "(prompt='', /)", doc: "Read a string from standard input."
    ) { arguments, evaluator in
      let bound = try arguments.bind("input", ["prompt="])
      let prompt = bound["prompt"].map(evaluator.strOf) ?? ""
      do {
        return .str(try evaluator.sink.readInput(prompt: prompt, password: false))
      } catch is InputUnavailable {
        throw PyError(
          .eofError,
          "input() is not available here: this frontend does not answer input requests (allow_stdin is off)"
        )
      }
    },
    BuiltinFunction(
      "display", signature: "(*objs, display_id=None, clear=False)",
      doc: "Display the objects with their richest representation.", keywords: ["display_id", "clear"]
    ) { arguments, evaluator in
      let bound = try arguments.bind("display", ["*objs", "display_id=", "clear=", "raw="])
      if let clear = bound["clear"], try evaluator.truthy(clear) { evaluator.sink.clearOutput(wait: true) }
      let id = bound["display_id"].map(evaluator.strOf)
      for object in bound.extraPositional {
        evaluator.sink.display(evaluator.displayBundle(for: object), displayID: id, update: false)
      }
      return .none
    },
    BuiltinFunction("help", signature: "(obj)", doc: "Show the documentation of an object.") {
      arguments, evaluator in
      let bound = try arguments.bind("help", ["obj="])
      let text = Help.text(for: bound.values["obj"], evaluator)
      evaluator.sink.page(MimeBundle.plain(text))
      return .none
    },
    BuiltinFunction(
      "dir", signature: "([object])", doc: "List the names in scope or the attributes of an object."
    ) { arguments, evaluator in
      let bound = try arguments.bind("dir", ["object="])
      guard let object = bound.values["object"] else {
        return .list(evaluator.globals.keys.sorted().map(Value.str))
      }
      let names: [String]
      if case .object(let host) = object { names = host.attributeNames() } else {
        names = object.type.allAttributeNames()
      }
      return .list(names.sorted().map(Value.str))
    },
    BuiltinFunction("isinstance", signature: "(obj, class_or_tuple, /)") { arguments, evaluator in
      let bound = try arguments.bind("isinstance", ["obj", "class_or_tuple"])
      let value = bound.values["obj"] ?? .none
      let spec = bound.values["class_or_tuple"] ?? .none
      let types = spec.as(PyTuple.self)?.items ?? [spec]
      for candidate in types {
        guard let type = candidate.as(PyType.self) else {
          throw PyError.typeError(
            "isinstance() arg 2 must be a type, a tuple of types, or a union")
        }
        if value.type.isSubtype(of: type) { return .bool(true) }
      }
      return .bool(false)
    },
    BuiltinFunction("issubclass", signature: "(cls, class_or_tuple, /)") { arguments, _ in
      let bound = try arguments.bind("issubclass", ["cls", "class_or_tuple"])
      guard let type = bound.values["cls"]?.as(PyType.self) else {
        throw PyError.typeError("issubclass() arg 1 must be a class")
      }
      let spec = bound.values["class_or_tuple"] ?? .none
      let types = (spec.as(PyTuple.self)?.items ?? [spec]).compactMap { $0.as(PyType.self) }
      return .bool(types.contains { type.isSubtype(of: $0) })
    },
    BuiltinFunction("hasattr", signature: "(obj, name, /)") { arguments, evaluator in
      let bound = try arguments.bind("hasattr", ["obj", "name"])
      let name = try string(bound.values["name"] ?? .none, "hasattr")
      do {
        _ = try evaluator.getAttribute(bound.values["obj"] ?? .none, name)
        return .bool(true)
      } catch let error as PyError where error.exception.type.isSubtype(of: .attributeError) {
        return .bool(false)
      }
    },
    BuiltinFunction("getattr", signature: "(object, name[, default])") { arguments, evaluator in
      let bound = try arguments.bind("getattr", ["object", "name", "default="])
      let name = try string(bound.values["name"] ?? .none, "getattr")
      do {
        return try evaluator.getAttribute(bound.values["object"] ?? .none, name)
      } catch let error as PyError where error.exception.type.isSubtype(of: .attributeError) {
        guard let fallback = bound.values["default"] else { throw error }
        return fallback
      }
    },
    BuiltinFunction("setattr", signature: "(obj, name, value, /)") { arguments, evaluator in
      let bound = try arguments.bind("setattr", ["obj", "name", "value"])
      let name = try string(bound.values["name"] ?? .none, "setattr")
      try evaluator.setAttribute(bound.values["obj"] ?? .none, name, bound.values["value"] ?? .none)
      return .none
    },
    BuiltinFunction("callable", signature: "(obj, /)") { arguments, _ in
      let value = try arguments.bind("callable", ["obj"]).values["obj"] ?? .none
      guard let object = value.object else { return .bool(false) }
      return .bool(
        object is BuiltinFunction || object is PyFunction || object is BoundMethod
          || object is PyType || (object as? PyInstance)?.type.lookup("__call__") != nil
          || object.pyType.lookup("__call__") != nil)
    },
    BuiltinFunction("id", signature: "(obj, /)") { arguments, _ in
      let value = try arguments.bind("id", ["obj"]).values["obj"] ?? .none
      if let object = value.object { return .int(ObjectIdentifier(object).hashValue) }
      return .int(HashKeyID.of(value))
    },
    BuiltinFunction("hash", signature: "(obj, /)") { arguments, _ in
      let value = try arguments.bind("hash", ["obj"]).values["obj"] ?? .none
      return .int(try HashKey(value).hashValue)
    },
    BuiltinFunction("globals", signature: "()") { _, evaluator in
      .object(PyDict(evaluator.globals.keys.sorted().map { ($0, evaluator.globals[$0] ?? .none) }))
    },
    BuiltinFunction(
      "open", signature: "(file, mode='r', encoding=None)", doc: "Open a text file for reading or writing.",
      keywords: ["mode", "encoding"]
    ) { arguments, evaluator in
      let bound = try arguments.bind("open", ["file", "mode=", "encoding=", "newline="])
      let path = try string(bound.values["file"] ?? .none, "open")
      let mode = try bound["mode"].map { try string($0, "open") } ?? "r"
      return .object(try FileObject(path: path, mode: mode))
    },
    BuiltinFunction("exit", signature: "(code=None)") { arguments, _ in
      throw PyError(ExceptionObject(type: .systemExit, args: arguments.positional))
    },
  ]
}

/// A stable id for inline values, for `id()`.
enum HashKeyID {
  static func of(_ value: Value) -> Int { (try? HashKey(value).hashValue) ?? 0 }
}
