import Interpreter

/// The DataFrame methods: `head`, `tail`, `to_numpy`, `describe`, `fillna`, `drop`, `copy`.
extension DataFrameObject {
  /// The method names, for completion.
  static let methodNames = ["copy", "describe", "drop", "fillna", "head", "tail", "to_numpy"]

  /// The bound method `name`, or `nil`.
  func method(_ name: String) -> BuiltinFunction? {
    switch name {
    case "head", "tail":
      return BuiltinFunction(name, signature: "(n=5)", doc: "The first (or last) n rows.") { [self] arguments, _ in
        let n = max(0, try arguments.bind(name, ["n="])["n"].map(NumpyConvert.int) ?? 5)
        let shown = name == "head" ? Array(0..<min(n, rowCount)) : Array(max(0, rowCount - n)..<rowCount)
        return .object(rows(shown))
      }
    case "to_numpy":
      return BuiltinFunction(name, signature: "()", doc: "The values as a 2-D NumPy array.") { [self] _, _ in try array() }
    case "copy":
      return BuiltinFunction(name, signature: "()", doc: "A copy of the frame.") { [self] _, _ in
        .object(DataFrameObject(labels: labels, columns: columns, index: index))
      }
    case "describe":
      return BuiltinFunction(
        name, signature: "()", doc: "count, mean, std, min, quartiles and max of each numeric column."
      ) { [self] _, _ in try describe() }
    case "fillna":
      return BuiltinFunction(name, signature: "(value)", doc: "A copy with missing values replaced by value.") {
        [self] arguments, _ in
        let value = try arguments.bind(name, ["value"]).values["value"] ?? .none
        return .object(DataFrameObject(labels: labels, columns: columns.map { $0.filled(with: value) }, index: index))
      }
    case "drop":
      return BuiltinFunction(
        name, signature: "(labels=None, axis=0, columns=None)", doc: "A copy without the given columns.",
        keywords: ["labels", "axis", "columns"]
      ) { [self] arguments, evaluator in try drop(arguments, evaluator) }
    default: return nil
    }
  }

  /// `describe()`: a frame of the eight statistics of each numeric column.
  private func describe() throws -> Value {
    let numeric = columns.indices.filter { columns[$0].isNumeric }
    guard !numeric.isEmpty else {
      throw PyError.valueError("Neurona's describe() summarizes numeric columns only, and this frame has none")
    }
    return .object(DataFrameObject(
      labels: numeric.map { labels[$0] },
      columns: numeric.map { .floats(PandasStatistics.describe(columns[$0].doubles)) },
      index: PandasStatistics.describeLabels.map(Value.str)))
  }

  /// `drop(columns=...)` or `drop(labels, axis=1)`: a copy without those columns.
  private func drop(_ arguments: Arguments, _ evaluator: Evaluator) throws -> Value {
    let bound = try arguments.bind("drop", ["labels=", "axis=", "columns=", "inplace="])
    var target = bound["columns"]
    if target == nil, let labelsValue = bound["labels"] {
      let axis = bound["axis"] ?? .int(0)
      guard PandasIndex.same(axis, .int(1)) || PandasIndex.same(axis, .str("columns")) else {
        throw PyError.valueError("Neurona's drop() removes columns only: pass columns=[...] or axis=1")
      }
      target = labelsValue
    }
    guard let target else { throw PyError.typeError("Need to specify at least one of 'labels', 'index' or 'columns'") }
    let names: [Value]
    switch target {
    case .str, .int: names = [target]
    default: names = try evaluator.collect(target)
    }
    let missing = names.filter { PandasIndex.position(of: $0, in: labels) == nil }
    guard missing.isEmpty else {
      throw PyError.keyError(.str("[\(missing.map(Evaluator.reprOf).joined(separator: ", "))] not found in axis"))
    }
    let kept = labels.indices.filter { position in !names.contains { PandasIndex.same($0, labels[position]) } }
    return .object(selecting(kept))
  }
}
