import Interpreter

/// A matplotlib object returned to cells that Neurona draws but does not let cells change
/// (Text, PathCollection, AxesImage, Legend, Colorbar, XTick): it prints like matplotlib's and
/// keeps a label (`set_label`/`get_label`).
final class PlotHandle: PyObject {
  /// The matplotlib class name (`Text`).
  let name: String
  /// The matplotlib module (`matplotlib.text`).
  let module: String
  /// A fixed repr, or nil for `<module.Name object at 0x...>`.
  let fixedRepr: String?
  /// The label given by `set_label` or at creation.
  var label: String

  /// Creates a handle.
  init(_ name: String, module: String, repr: String? = nil, label: String = "") {
    self.name = name
    self.module = module
    self.fixedRepr = repr
    self.label = label
  }

  /// The handle's Python type, named after the matplotlib class.
  private(set) lazy var pyType = PyType(name: name, module: module, bases: [.object], documentation: nil)

  /// `Text(0.5, 1.0, 'Loss')` or `<matplotlib.legend.Legend object at 0x...>`.
  func repr() -> String {
    if let fixedRepr { return fixedRepr }
    return "<\(module).\(name) object at 0x\(String(UInt(bitPattern: ObjectIdentifier(self).hashValue), radix: 16))>"
  }

  /// `set_label` and `get_label`.
  func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    switch name {
    case "set_label":
      return .object(
        BuiltinFunction("set_label", signature: "(s)") { [self] arguments, evaluator in
          let bound = try arguments.bind("set_label", ["s"])
          label = try PyplotArgs.text(bound.values["s"] ?? .none, evaluator)
          return .none
        })
    case "get_label":
      return .object(BuiltinFunction("get_label", signature: "()") { [self] _, _ in .str(label) })
    default:
      throw PyError.attributeError("'\(self.name)' object has no attribute '\(name)'")
    }
  }

  /// Method names, for completion.
  func attributeNames() -> [String] { ["get_label", "set_label"] }
}
