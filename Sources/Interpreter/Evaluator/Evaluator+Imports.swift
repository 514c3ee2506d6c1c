/// `import` and `from ... import`: modules come from loaders registered by the host.
extension Evaluator {
  /// The module with a dotted name, loading it (and its parents) on first use.
  public func module(named name: String) throws -> PyModule {
    if let module = loadedModules[name] { return module }
    guard let loader = moduleLoaders[name] else {
      let available = moduleLoaders.keys.filter { !$0.contains(".") }.sorted()
      let hint = Suggestions.closest(name, in: Array(moduleLoaders.keys)).map {
        " Did you mean '\($0)'?"
      } ?? ""
      throw PyError(
        ExceptionObject(
          type: .moduleNotFoundError,
          args: [
            .str(
              "No module named '\(name)'.\(hint) Neurona provides: \(available.joined(separator: ", "))"
            )
          ]))
    }
    let module = try loader()
    loadedModules[name] = module
    if let dot = name.lastIndex(of: ".") {
      let parent = try self.module(named: String(name[..<dot]))
      let child = String(name[name.index(after: dot)...])
      if parent.members[child] == nil { parent.members[child] = .object(module) }
    }
    return module
  }

  /// `import a.b.c [as d]`.
  func importModule(_ name: ImportName) throws {
    let module = try self.module(named: name.name)
    if let alias = name.alias {
      try bind(alias, .object(module))
    } else {
      let top = String(name.name.split(separator: ".").first ?? "")
      try bind(top, .object(try self.module(named: top)))
    }
  }

  /// `from module import a as b, c` (and `*`).
  func importFrom(_ moduleName: String, _ names: [ImportName]) throws {
    let module = try self.module(named: moduleName)
    for name in names {
      if name.name == "*" {
        for (key, value) in module.members where !key.hasPrefix("_") { try bind(key, value) }
        continue
      }
      let value: Value
      if let member = module.members[name.name] {
        value = member
      } else if moduleLoaders["\(moduleName).\(name.name)"] != nil {
        value = .object(try self.module(named: "\(moduleName).\(name.name)"))
      } else {
        let hint = Suggestions.didYouMean(name.name, in: Array(module.members.keys))
        throw PyError(
          .importError, "cannot import name '\(name.name)' from '\(moduleName)'\(hint)")
      }
      try bind(name.alias ?? name.name, value)
    }
  }
}
