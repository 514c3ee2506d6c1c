import Interpreter

/// A minimal `pandas` for cells: DataFrame, Series, read_csv and get_dummies.
public enum PandasModule {
  /// Registers `pandas` in `session`.
  public static func install(into session: Session) {
    session.registerModule("pandas") { makeModule() }
  }

  /// Builds a fresh `pandas` module.
  static func makeModule() -> PyModule {
    let module = PyModule(
      "pandas", doc: "A minimal pandas for Neurona: DataFrame, Series, read_csv and get_dummies for small tables.")
    let frame = DataFrameObject.type
    frame.constructor = { arguments, evaluator in
      let bound = try arguments.bind("DataFrame", ["data=", "columns=", "index=", "dtype=", "copy="])
      return .object(try makeFrame(bound["data"], columns: bound["columns"], evaluator))
    }
    let series = SeriesObject.type
    series.constructor = { arguments, evaluator in
      let bound = try arguments.bind("Series", ["data=", "index=", "dtype=", "name=", "copy="])
      let column = try bound["data"].map { try PandasColumn.make($0, evaluator) } ?? .floats([])
      return .object(SeriesObject(column, index: PandasIndex.range(column.count), name: bound["name"] ?? .none))
    }
    module.members["DataFrame"] = .object(frame)
    module.members["Series"] = .object(series)
    module.members["Index"] = .object(PandasIndex.type)
    module.members["__version__"] = .str("3.0.0")
    module.define(
      "read_csv", signature: "(filepath_or_buffer, sep=',', header='infer', names=None)",
      doc: "Reads a comma-separated file into a DataFrame (first row as header unless header=None).",
      keywords: ["sep", "delimiter", "header", "names"]
    ) { arguments, evaluator in
      let bound = try arguments.bind("read_csv", ["filepath_or_buffer", "sep=", "delimiter=", "header=", "names="])
      let path = Evaluator.strOf(bound.values["filepath_or_buffer"] ?? .none)
      let separator = (bound["sep"] ?? bound["delimiter"]).map(Evaluator.strOf) ?? ","
      let names = try bound["names"].map { try evaluator.collect($0) }
      var header: Int? = names == nil ? 0 : nil
      if let value = bound.values["header"], !PandasIndex.same(value, .str("infer")) {
        header = value.isNone ? nil : try NumpyConvert.int(value)
      }
      return .object(try PandasCSV.read(path: path, separator: separator, header: header, names: names))
    }
    module.define(
      "get_dummies", signature: "(data, prefix=None, dtype=None)",
      doc: "One-hot encoding: a column per distinct value (sorted), True where the row holds it.",
      keywords: ["prefix", "dtype"]
    ) { arguments, evaluator in
      let bound = try arguments.bind("get_dummies", ["data", "prefix=", "prefix_sep=", "dtype="])
      return .object(try PandasDummies.encode(bound, evaluator))
    }
    return module
  }

  /// `DataFrame(data, columns=...)` from a dict of columns, a 2-D array, a list of rows or a frame.
  static func makeFrame(_ data: Value?, columns: Value?, _ evaluator: Evaluator) throws -> DataFrameObject {
    let wanted = try columns.map { try evaluator.collect($0) }
    guard let data else { return DataFrameObject(labels: wanted ?? [], columns: (wanted ?? []).map { _ in .floats([]) }) }
    if let frame = data.as(DataFrameObject.self) {
      return DataFrameObject(labels: frame.labels, columns: frame.columns, index: frame.index)
    }
    if let dict = data.as(PyDict.self) {
      var labels: [Value] = [], values: [PandasColumn] = []
      for (key, value) in dict.entries where wanted.map({ PandasIndex.position(of: key, in: $0) != nil }) ?? true {
        labels.append(key)
        values.append(try PandasColumn.make(value, evaluator))
      }
      guard Set(values.map(\.count)).count <= 1 else { throw PyError.valueError("All arrays must be of the same length") }
      if let wanted {
        let order = wanted.compactMap { PandasIndex.position(of: $0, in: labels) }
        return DataFrameObject(labels: order.map { labels[$0] }, columns: order.map { values[$0] })
      }
      return DataFrameObject(labels: labels, columns: values)
    }
    let rows: [[Value]]
    if let array = data.as(NDArray.self) {
      guard array.tensor.ndim == 2 else {
        throw PyError.valueError("Must pass 2-d input. shape=\(Evaluator.reprOf(.tuple(array.tensor.shape.map(Value.int))))")
      }
      rows = try evaluator.collect(data).map { try evaluator.collect($0) }
    } else {
      rows = try evaluator.collect(data).map { row in
        if case .int = row { return [row] }
        if case .float = row { return [row] }
        if case .str = row { return [row] }
        return try evaluator.collect(row)
      }
    }
    let width = rows.first?.count ?? wanted?.count ?? 0
    let labels = wanted ?? PandasIndex.range(width)
    guard labels.count == width, rows.allSatisfy({ $0.count == width }) else {
      throw PyError.valueError("Shape of passed values is (\(rows.count), \(width)), indices imply (\(rows.count), \(labels.count))")
    }
    let columns = (0..<width).map { column in PandasColumn.make(items: rows.map { $0[column] }) }
    return DataFrameObject(labels: labels, columns: columns)
  }
}
