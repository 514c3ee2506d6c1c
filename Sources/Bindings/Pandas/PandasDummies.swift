import Interpreter

/// `pandas.get_dummies`: one-hot columns for a Series or for a frame's text columns.
enum PandasDummies {
  /// Encodes `data` (a Series, a DataFrame or a list) as the bound arguments ask.
  static func encode(_ bound: BoundArguments, _ evaluator: Evaluator) throws -> DataFrameObject {
    let data = bound.values["data"] ?? .none
    let separator = bound["prefix_sep"].map(Evaluator.strOf) ?? "_"
    let kind = try bound["dtype"].map(dtypeName)
    if let frame = data.as(DataFrameObject.self) {
      var labels: [Value] = [], columns: [PandasColumn] = []
      for (label, column) in zip(frame.labels, frame.columns) where !isCategorical(column) {
        labels.append(label)
        columns.append(column)
      }
      for (label, column) in zip(frame.labels, frame.columns) where isCategorical(column) {
        let encoded = dummies(column, kind: kind)
        labels += encoded.values.map { .str(Evaluator.strOf(label) + separator + Evaluator.strOf($0)) }
        columns += encoded.columns
      }
      return DataFrameObject(labels: labels, columns: columns, index: frame.index)
    }
    let series = data.as(SeriesObject.self)
    let column = try series?.column ?? PandasColumn.make(data, evaluator)
    let encoded = dummies(column, kind: kind)
    var labels = encoded.values
    if let prefix = bound["prefix"] {
      labels = labels.map { .str(Evaluator.strOf(prefix) + separator + Evaluator.strOf($0)) }
    }
    return DataFrameObject(labels: labels, columns: encoded.columns, index: series?.index)
  }

  /// Whether get_dummies encodes this column of a frame (text and bool columns).
  private static func isCategorical(_ column: PandasColumn) -> Bool {
    if case .strings = column { return true }
    return false
  }

  /// `bool`, `int` or `float` for the `dtype=` argument.
  private static func dtypeName(_ value: Value) throws -> String {
    let text: String
    if let type = value.as(PyType.self) { text = type.name } else { text = Evaluator.strOf(value) }
    if text.hasPrefix("int") || text == "uint8" { return "int" }
    if text.hasPrefix("float") { return "float" }
    if text.hasPrefix("bool") { return "bool" }
    throw PyError.typeError("Neurona's get_dummies supports dtype=bool, int or float, not \(text)")
  }

  /// The sorted distinct values of `column` (missing ones left out) and a one-hot column for each.
  private static func dummies(_ column: PandasColumn, kind: String?) -> (values: [Value], columns: [PandasColumn]) {
    let rows = (0..<column.count).map(column.value(at:))
    var distinct: [Value] = []
    for value in rows where !isMissing(value) && PandasIndex.position(of: value, in: distinct) == nil {
      distinct.append(value)
    }
    distinct.sort(by: precedes)
    let columns: [PandasColumn] = distinct.map { value in
      let flags = rows.map { PandasIndex.same($0, value) }
      switch kind {
      case "int": return .ints(flags.map { $0 ? 1 : 0 })
      case "float": return .floats(flags.map { $0 ? 1 : 0 })
      default: return .bools(flags)
      }
    }
    return (distinct, columns)
  }

  /// Whether `value` is a missing marker (NaN).
  private static func isMissing(_ value: Value) -> Bool {
    if case .float(let d) = value { return d.isNaN }
    return false
  }

  /// Sort order for distinct values: numbers numerically, text alphabetically.
  private static func precedes(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.str(let x), .str(let y)): return x < y
    case (.int(let x), .int(let y)): return x < y
    case (.bool(let x), .bool(let y)): return !x && y
    default:
      let x = (try? NumpyConvert.double(a)) ?? 0, y = (try? NumpyConvert.double(b)) ?? 0
      return x < y
    }
  }
}
