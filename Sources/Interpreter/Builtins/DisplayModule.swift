/// `IPython.display`: `display`, `clear_output`, `HTML`, `Markdown`, `Latex`, `SVG`, `JSON`,
/// `Image` and display handles, as teachers use them in notebooks.
enum DisplayModule {
  static func make() -> PyModule {
    let module = PyModule("IPython.display", doc: "Rich output for notebooks.")
    module.define(
      "display", signature: "(*objs, display_id=None, clear=False)",
      doc: "Display objects with their richest representation; display_id=True returns a handle.",
      keywords: ["display_id", "clear"]
    ) { arguments, evaluator in
      let bound = try arguments.bind("display", ["*objs", "display_id=", "clear=", "raw="])
      if let clear = bound["clear"], try evaluator.truthy(clear) { evaluator.sink.clearOutput(wait: true) }
      var id: String?
      if let given = bound["display_id"] {
        if case .bool(true) = given { id = DisplayHandle.newID() } else if case .bool(false) = given {
          id = nil
        } else { id = evaluator.strOf(given) }
      }
      for object in bound.extraPositional {
        evaluator.sink.display(evaluator.displayBundle(for: object), displayID: id, update: false)
      }
      return id.map { .object(DisplayHandle(id: $0)) } ?? .none
    }
    module.define(
      "update_display", signature: "(obj, *, display_id)", keywords: ["display_id"]
    ) { arguments, evaluator in
      let bound = try arguments.bind("update_display", ["obj", "*", "display_id"])
      let id = evaluator.strOf(bound.values["display_id"] ?? .none)
      evaluator.sink.display(evaluator.displayBundle(for: bound.values["obj"] ?? .none), displayID: id, update: true)
      return .none
    }
    module.define(
      "clear_output", signature: "(wait=False)", doc: "Clear the output of the current cell.",
      keywords: ["wait"]
    ) { arguments, evaluator in
      let bound = try arguments.bind("clear_output", ["wait="])
      evaluator.sink.clearOutput(wait: try bound["wait"].map(evaluator.truthy) ?? false)
      return .none
    }
    for (name, mime) in [
      ("HTML", "text/html"), ("Markdown", "text/markdown"), ("Latex", "text/latex"),
      ("SVG", "image/svg+xml"), ("JSON", "application/json"), ("Javascript", "application/javascript"),
    ] {
      module.members[name] = .object(DisplayObject.makeType(name: name, mime: mime))
    }
    module.members["Math"] = .object(DisplayObject.makeType(name: "Math", mime: "text/latex", wrapMath: true))
    module.members["Image"] = .object(DisplayObject.makeType(name: "Image", mime: "image/png"))
    module.members["DisplayHandle"] = .object(DisplayHandle.type)
    return module
  }
}
