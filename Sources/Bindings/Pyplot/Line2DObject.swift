import Display
import Interpreter

/// `matplotlib.lines.Line2D` for cells: a handle on one line drawn by `plot`, `axhline` or
/// `axvline`, whose label, colour, width and style can still be changed.
final class Line2DObject: PyObject {
  /// The axes that drew the line.
  let owner: AxesObject
  /// The line's index among the axes' artists.
  let index: Int

  /// Creates a handle on artist `index` of `owner`.
  init(_ owner: AxesObject, index: Int) {
    self.owner = owner
    self.index = index
  }

  /// `matplotlib.lines.Line2D`.
  static let type = PyType(
    name: "Line2D", module: "matplotlib.lines", bases: [.object],
    documentation: "A line drawn by plot(), axhline() or axvline().")

  /// `matplotlib.lines.Line2D`.
  var pyType: PyType { Line2DObject.type }

  /// `<matplotlib.lines.Line2D object at 0x...>`.
  func repr() -> String {
    "<matplotlib.lines.Line2D object at 0x\(String(UInt(bitPattern: ObjectIdentifier(self).hashValue), radix: 16))>"
  }

  /// `Line2D(label)`, as matplotlib's `str()`.
  func str() -> String { "Line2D(\(label.isEmpty ? "_child\(index)" : label))" }

  /// The artist, when it is still drawn.
  var artist: Artist? {
    let artists = owner.axes.artists
    return index < artists.count ? artists[index] : nil
  }

  /// The line's label.
  var label: String {
    switch artist {
    case .line(let a): return a.label ?? ""
    case .reference(let a): return a.label ?? ""
    default: return ""
    }
  }

  /// The line's colour.
  var color: Color? {
    switch artist {
    case .line(let a): return a.color
    case .reference(let a): return a.color
    default: return nil
    }
  }

  /// Applies `change` to the line (whether drawn by plot or axhline/axvline).
  func update(line: (inout LineArtist) -> Void, reference: (inout ReferenceLine) -> Void) {
    owner.updateArtists { artists in
      guard index < artists.count else { return }
      switch artists[index] {
      case .line(var a):
        line(&a)
        artists[index] = .line(a)
      case .reference(var a):
        reference(&a)
        artists[index] = .reference(a)
      default: break
      }
    }
  }

  /// `set_label`, `get_label`, `set_color`, `get_color`, `set_linewidth`, `set_linestyle`,
  /// `get_xdata`, `get_ydata`.
  func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    func method(_ parameters: [String], _ body: @escaping (BoundArguments, Evaluator) throws -> Value) -> Value {
      .object(
        BuiltinFunction(name, signature: "(" + parameters.joined(separator: ", ") + ")") { arguments, evaluator in
          try body(try arguments.bind(name, parameters), evaluator)
        })
    }
    switch name {
    case "get_label": return method([]) { [self] _, _ in .str(label) }
    case "get_color": return method([]) { [self] _, _ in .str(color?.hex ?? "none") }
    case "set_label":
      return method(["s"]) { [self] bound, evaluator in
        let text = try PyplotArgs.text(bound.values["s"] ?? .none, evaluator)
        update(line: { $0.label = text }, reference: { $0.label = text })
        return .none
      }
    case "set_color":
      return method(["color"]) { [self] bound, evaluator in
        let c = try PyplotArgs.color(bound.values["color"] ?? .none, evaluator)
        update(line: { $0.color = c }, reference: { $0.color = c })
        return .none
      }
    case "set_linewidth":
      return method(["w"]) { [self] bound, _ in
        let w = try PyplotArgs.double(bound.values["w"] ?? .none)
        update(line: { $0.lineWidth = w }, reference: { $0.lineWidth = w })
        return .none
      }
    case "set_linestyle":
      return method(["ls"]) { [self] bound, _ in
        let style = try PyplotArgs.lineStyle(bound.values["ls"]) ?? .none
        update(line: { $0.lineStyle = style }, reference: { $0.lineStyle = style })
        return .none
      }
    case "get_xdata", "get_ydata":
      return method([]) { [self] _, _ in
        guard case .line(let a) = artist else { return PyplotArgs.array([]) }
        return PyplotArgs.array(name == "get_xdata" ? a.x : a.y)
      }
    default:
      let hint = Suggestions.didYouMean(name, in: attributeNames())
      throw PyError.attributeError("'Line2D' object has no attribute '\(name)'\(hint)")
    }
  }

  /// Method names, for completion.
  func attributeNames() -> [String] {
    ["get_color", "get_label", "get_xdata", "get_ydata", "set_color", "set_label", "set_linestyle", "set_linewidth"]
  }
}
