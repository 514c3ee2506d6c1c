import Display
import Interpreter

/// `matplotlib.container.BarContainer` for cells: the bars drawn by one `bar`, `barh` or
/// `hist` call, indexable (`bars[3].set_color('red')`) and iterable.
final class BarContainerObject: PyObject {
  /// The axes that drew the bars.
  let owner: AxesObject
  /// The bars' index among the axes' artists.
  let index: Int
  /// How many bars there are.
  let count: Int

  /// Creates a container for artist `index` of `owner`, holding `count` bars.
  init(_ owner: AxesObject, index: Int, count: Int) {
    self.owner = owner
    self.index = index
    self.count = count
  }

  /// `matplotlib.container.BarContainer`.
  static let type = PyType(
    name: "BarContainer", module: "matplotlib.container", bases: [.object],
    documentation: "The bars drawn by one bar(), barh() or hist() call.")

  /// `matplotlib.container.BarContainer`.
  var pyType: PyType { BarContainerObject.type }

  /// `<BarContainer object of 10 artists>`, as matplotlib prints it.
  func repr() -> String { "<BarContainer object of \(count) artists>" }

  /// The number of bars.
  func length() throws -> Int? { count }

  /// `bars[i]`: one bar (negative indices count from the end).
  func getItem(_ key: Value, _ evaluator: Evaluator) throws -> Value? {
    var i = try PyplotArgs.int(key)
    if i < 0 { i += count }
    guard i >= 0, i < count else { throw PyError.indexError("list index out of range") }
    return .object(RectangleObject(self, bar: i))
  }

  /// Iterates over the bars.
  func makeIterator(_ evaluator: Evaluator) throws -> PyIterator? {
    ArrayIterator((0..<count).map { .object(RectangleObject(self, bar: $0)) })
  }

  /// The bar artist, when it is still drawn.
  var artist: BarArtist? {
    let artists = owner.axes.artists
    guard index < artists.count, case .bars(let a) = artists[index] else { return nil }
    return a
  }

  /// Gives bar `bar` its own fill colour.
  func setColor(_ color: Color, bar: Int) {
    owner.updateArtists { artists in
      guard index < artists.count, case .bars(var a) = artists[index] else { return }
      var fills = (0..<a.positions.count).map { a.colors.count == 1 ? a.colors[0] : a.colors[$0 % max(a.colors.count, 1)] }
      if bar < fills.count { fills[bar] = color }
      a.colors = fills
      artists[index] = .bars(a)
    }
  }

  /// Sets the legend label of all the bars.
  func setLabel(_ label: String) {
    owner.updateArtists { artists in
      guard index < artists.count, case .bars(var a) = artists[index] else { return }
      a.label = label
      artists[index] = .bars(a)
    }
  }

  /// `get_label` and `set_label`.
  func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    switch name {
    case "get_label":
      return .object(BuiltinFunction(name, signature: "()") { [self] _, _ in .str(artist?.label ?? "") })
    case "set_label":
      return .object(
        BuiltinFunction(name, signature: "(s)") { [self] arguments, evaluator in
          let bound = try arguments.bind(name, ["s"])
          setLabel(try PyplotArgs.text(bound.values["s"] ?? .none, evaluator))
          return .none
        })
    default:
      throw PyError.attributeError("'BarContainer' object has no attribute '\(name)'")
    }
  }

  /// Method names, for completion.
  func attributeNames() -> [String] { ["get_label", "set_label"] }
}
