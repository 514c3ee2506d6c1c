import Display
import Interpreter
import Tensor

/// Conversions from cell values to the plotting engine's types: arrays, numbers, colours,
/// colormaps, line styles and markers, with matplotlib's error wording.
enum PyplotArgs {
  /// Any array-like value (list, range, ndarray, scalar) as a tensor.
  static func tensor(_ value: Value, _ evaluator: Evaluator) throws -> Tensor {
    try NumpyConvert.tensor(value, evaluator)
  }

  /// Any array-like value flattened to doubles.
  static func doubles(_ value: Value, _ evaluator: Evaluator) throws -> [Double] {
    try tensor(value, evaluator).doubles
  }

  /// A real number.
  static func double(_ value: Value) throws -> Double { try NumpyConvert.double(value) }

  /// An optional real number (`None` or omitted gives nil).
  static func optionalDouble(_ value: Value?) throws -> Double? {
    guard let value, !value.isNone else { return nil }
    return try double(value)
  }

  /// An integer.
  static func int(_ value: Value) throws -> Int { try NumpyConvert.int(value) }

  /// Text for a label or title: strings as they are, anything else through `str()`.
  static func text(_ value: Value, _ evaluator: Evaluator) throws -> String {
    if case .str(let text) = value { return text }
    return evaluator.strOf(value)
  }

  /// A string argument, raising TypeError for anything else.
  static func string(_ value: Value, _ name: String) throws -> String {
    guard case .str(let text) = value else {
      throw PyError.typeError("\(name) must be a string, not \(value.typeName)")
    }
    return text
  }

  /// A colour: a name or code string, a grey level string, or an RGB(A) tuple of 0...1 floats.
  static func color(_ value: Value, _ evaluator: Evaluator) throws -> Color {
    if case .str(let spec) = value { return try Color(parsing: spec) }
    if value.as(PyTuple.self) != nil || value.as(PyList.self) != nil || value.as(NDArray.self) != nil {
      let parts = try doubles(value, evaluator)
      guard parts.count == 3 || parts.count == 4, parts.allSatisfy({ $0 >= 0 && $0 <= 1 }) else {
        throw PyError.valueError("\(Evaluator.reprOf(value)) is not a valid value for color")
      }
      return Color(red: parts[0], green: parts[1], blue: parts[2], alpha: parts.count == 4 ? parts[3] : 1)
    }
    throw PyError.valueError("\(Evaluator.reprOf(value)) is not a valid value for color")
  }

  /// An optional colour.
  static func optionalColor(_ value: Value?, _ evaluator: Evaluator) throws -> Color? {
    guard let value, !value.isNone else { return nil }
    return try color(value, evaluator)
  }

  /// One colour, or one colour per item (`color=['r', 'g', 'b']`).
  static func colors(_ value: Value?, _ evaluator: Evaluator) throws -> [Color]? {
    guard let value, !value.isNone else { return nil }
    if case .str = value { return [try color(value, evaluator)] }
    if let items = try? evaluator.collect(value), items.contains(where: { $0.as(PyTuple.self) != nil || isString($0) }) {
      return try items.map { try color($0, evaluator) }
    }
    return [try color(value, evaluator)]
  }

  /// Whether a value is a Python string.
  static func isString(_ value: Value) -> Bool {
    if case .str = value { return true }
    return false
  }

  /// A colormap name from a string or a `Colormap` object (`plt.cm.binary`), checked.
  static func colormapName(_ value: Value?) throws -> String? {
    guard let value, !value.isNone else { return nil }
    if let map = value.as(ColormapObject.self) { return map.colormap.name }
    let name = try string(value, "cmap")
    _ = try Colormap(named: name)
    return name
  }

  /// A line style from `linestyle`/`ls`.
  static func lineStyle(_ value: Value?) throws -> LineStyle? {
    guard let value, !value.isNone else { return nil }
    return try LineStyle(parsing: try string(value, "linestyle"))
  }

  /// A marker code; `None`/`''` give nil.
  static func marker(_ value: Value?) throws -> Marker? {
    guard let value, !value.isNone else { return nil }
    return try Marker.parse(try string(value, "marker"))
  }

  /// The first of several alias parameters that was given (`linewidth`/`lw`).
  static func alias(_ bound: BoundArguments, _ names: String...) throws -> Value? {
    let given = names.filter { bound[$0] != nil }
    if given.count > 1 {
      throw PyError.typeError("Got both '\(given[0])' and '\(given[1])', which are aliases of one another")
    }
    return given.first.flatMap { bound[$0] }
  }

  /// A bool flag.
  static func flag(_ value: Value?, _ evaluator: Evaluator, default fallback: Bool = false) throws -> Bool {
    guard let value, !value.isNone else { return fallback }
    return try evaluator.truthy(value)
  }

  /// A `(low, high)` pair from a tuple or list of two numbers (either may be None).
  static func pair(_ value: Value, _ evaluator: Evaluator, _ name: String) throws -> (Double?, Double?) {
    let items = try evaluator.collect(value)
    guard items.count == 2 else {
      throw PyError.valueError("\(name) must be a sequence of two values, not \(items.count)")
    }
    return (try optionalDouble(items[0]), try optionalDouble(items[1]))
  }

  /// matplotlib's shape text for an array (`(3,)`, `(2, 4)`).
  static func shapeText(_ shape: [Int]) -> String { shapeString(shape) }

  /// A float as Python's repr writes it inside `Text(...)` handles.
  static func number(_ value: Double) -> String { Evaluator.reprOf(.float(value)) }

  /// An ndarray of doubles.
  static func array(_ values: [Double]) -> Value { .object(NDArray(Tensor(values))) }
}
