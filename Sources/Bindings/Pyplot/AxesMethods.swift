import Display
import Interpreter

/// One plotting method shared by `ax.name(...)` and `plt.name(...)` (which acts on `gca()`):
/// a Python-style parameter list and a body working on an `AxesObject`.
struct AxesMethod {
  /// The body of a method: the axes, its bound arguments, the evaluator.
  typealias Body = (AxesObject, BoundArguments, Evaluator) throws -> Value

  /// Parameters as `Arguments.bind` reads them (`"x"`, `"y="`, `"*args"`, `"**kwargs"`).
  let parameters: [String]
  /// A one-line description for `help()`.
  let doc: String
  /// What the method does.
  let body: Body

  /// Creates a method.
  init(_ parameters: [String], _ doc: String, _ body: @escaping Body) {
    self.parameters = parameters
    self.doc = doc
    self.body = body
  }

  /// Runs the method on `axes`.
  func call(_ axes: AxesObject, _ name: String, _ arguments: Arguments, _ evaluator: Evaluator) throws -> Value {
    let bound = try arguments.bind(name, parameters)
    return try body(axes, bound, evaluator)
  }

  /// The method as a callable bound to `axes`.
  func bound(to axes: AxesObject, name: String) -> BuiltinFunction {
    BuiltinFunction(
      name, signature: "(" + parameters.joined(separator: ", ") + ")", doc: doc,
      keywords: AxesMethod.keywords(parameters)
    ) { arguments, evaluator in
      try self.call(axes, name, arguments, evaluator)
    }
  }

  /// The keyword names a parameter list accepts, for completion.
  static func keywords(_ parameters: [String]) -> [String] {
    parameters.filter { !$0.hasPrefix("*") }.map { $0.hasSuffix("=") ? String($0.dropLast()) : $0 }
  }
}

/// The tables of Axes methods (`ax.set_title`) and of pyplot's axes-level functions
/// (`plt.title`, `plt.xlim`), which share their bodies.
enum AxesMethods {
  /// Methods of `Axes` objects, by matplotlib name.
  static let axesTable: [String: AxesMethod] = plotting.merging(labels) { a, _ in a }.merging(limits) { a, _ in a }

  /// pyplot functions that act on the current axes, by pyplot name.
  static let pyplotTable: [String: AxesMethod] = {
    var table: [String: AxesMethod] = [:]
    for name in ["plot", "scatter", "bar", "barh", "hist", "imshow", "axhline", "axvline", "text", "legend", "grid", "cla", "axis"] {
      table[name] = axesTable[name]
    }
    let renamed = [
      "title": "set_title", "xlabel": "set_xlabel", "ylabel": "set_ylabel", "xscale": "set_xscale",
      "yscale": "set_yscale",
    ]
    for (pyplotName, axesName) in renamed { table[pyplotName] = axesTable[axesName] }
    return table.merging(pyplotLimits) { a, _ in a }
  }()

  /// The value matplotlib returns for a label or title: `Text(0.5, 1.0, 'Loss')`.
  static func textHandle(x: Double, y: Double, _ text: String) -> Value {
    .object(
      PlotHandle(
        "Text", module: "matplotlib.text",
        repr: "Text(\(PyplotArgs.number(x)), \(PyplotArgs.number(y)), \(Evaluator.reprOf(.str(text))))"))
  }
}
