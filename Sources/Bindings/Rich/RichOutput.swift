import Interpreter

/// What `neurona.formula`, `plot_network`, `plot_model`, ... return: a MIME bundle shown
/// when it is a cell's last value, with a `text/plain` form that reads well in a console.
final class RichOutput: PyObject {
  /// The Python class.
  let type: PyType
  /// MIME type → content; always holds `text/plain`.
  let data: [String: String]

  /// Creates an output of class `type`.
  init(type: PyType, data: [String: String]) {
    self.type = type
    self.data = data
  }

  /// One class per kind of output.
  static func makeType(_ name: String, _ doc: String) -> PyType {
    PyType(name: name, module: "neurona", documentation: doc)
  }

  static let diagramType = makeType("NetworkDiagram", "A neuron-by-neuron SVG diagram (.svg, .text).")
  static let graphType = makeType("ModelGraph", "plot_model's SVG graph of layer boxes (.svg, .text).")
  static let formulaType = makeType("NetworkFormula", "A network's formula (.latex, .text).")
  static let figureType = makeType("Chart", "A Neurona chart (.svg, .text).")

  /// The class.
  var pyType: PyType { type }

  /// The console form.
  func repr() -> String { data["text/plain"] ?? "<\(type.name)>" }

  /// The whole bundle.
  func richDisplay() -> MimeBundle? { MimeBundle(data) }

  /// `.svg`, `.latex`, `.text`, `.data`.
  func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    switch name {
    case "svg": return data["image/svg+xml"].map(Value.str) ?? Value.none
    case "latex": return data["text/latex"].map(Value.str) ?? Value.none
    case "text": return .str(repr())
    case "data": return .object(PyDict(data.keys.sorted().map { ($0, .str(data[$0] ?? "")) }))
    default: return try pyType.boundAttribute(name, of: .object(self), evaluator)
    }
  }

  /// Names for completion.
  func attributeNames() -> [String] { ["data", "latex", "svg", "text"] }
}
