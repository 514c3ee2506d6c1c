import Interpreter
import Tensor

/// `pandas.DataFrame`: labelled columns of equal length, each int64, float64, bool or str.
final class DataFrameObject: PyObject {
  /// The column labels (strings, or integers for `header=None`).
  var labels: [Value]
  /// The columns, in label order.
  var columns: [PandasColumn]
  /// The row labels.
  private(set) var index: [Value]

  /// A frame of `columns` labelled `labels`, with row labels `index` (0, 1, ... by default).
  init(labels: [Value], columns: [PandasColumn], index: [Value]? = nil) {
    self.labels = labels
    self.columns = columns
    self.index = index ?? PandasIndex.range(columns.first?.count ?? 0)
  }

  /// `pandas.DataFrame`.
  static let type = PyType(
    name: "DataFrame", module: "pandas", bases: [.object],
    documentation: "A table of labelled columns: df['col'] is a Series, df.values the NumPy array.")

  /// `DataFrame`.
  var pyType: PyType { DataFrameObject.type }

  /// The number of rows.
  var rowCount: Int { index.count }

  /// The pandas text layout.
  func repr() -> String { PandasLayout.frame(labels: labels, columns: columns, index: index) }

  /// The number of rows.
  func length() throws -> Int? { rowCount }

  /// Iterates over the column labels, as pandas does.
  func makeIterator(_ evaluator: Evaluator) throws -> PyIterator? { ArrayIterator(labels) }

  /// Whether `item` is a column label.
  func contains(_ item: Value, _ evaluator: Evaluator) throws -> Bool? {
    PandasIndex.position(of: item, in: labels) != nil
  }

  /// Frames are unhashable.
  func hashValue() throws -> Int? { nil }

  /// The position of column `label`, or pandas's `KeyError`.
  func position(of label: Value) throws -> Int {
    guard let position = PandasIndex.position(of: label, in: labels) else { throw PyError.keyError(label) }
    return position
  }

  /// The column `label` as a Series.
  func series(_ label: Value) throws -> SeriesObject {
    let position = try position(of: label)
    return SeriesObject(columns[position], index: index, name: labels[position])
  }

  /// A frame of the columns at `positions`, same rows.
  func selecting(_ positions: [Int]) -> DataFrameObject {
    DataFrameObject(labels: positions.map { labels[$0] }, columns: positions.map { columns[$0] }, index: index)
  }

  /// A frame of the rows at `rows`, same columns.
  func rows(_ rows: [Int]) -> DataFrameObject {
    DataFrameObject(labels: labels, columns: columns.map { $0.select(rows) }, index: rows.map { index[$0] })
  }

  /// `df["a"]` (a Series), `df[["a", "b"]]` (a DataFrame) or `df[a:b]` (rows).
  func getItem(_ key: Value, _ evaluator: Evaluator) throws -> Value? {
    if let slice = key.as(PySlice.self) { return .object(rows(try slice.indices(count: rowCount))) }
    if let mask = key.as(SeriesObject.self), case .bools(let flags) = mask.column, flags.count == rowCount {
      return .object(rows(flags.indices.filter { flags[$0] }))
    }
    if let list = key.as(PyList.self) {
      let positions = try list.items.map { label in
        guard let position = PandasIndex.position(of: label, in: labels) else {
          throw PyError.keyError(.str("None of [\(list.items.map(Evaluator.reprOf).joined(separator: ", "))] are in the [columns]"))
        }
        return position
      }
      return .object(selecting(positions))
    }
    return .object(try series(key))
  }

  /// `df["c"] = values`: adds or replaces a column (a scalar fills every row).
  func setItem(_ key: Value, _ value: Value, _ evaluator: Evaluator) throws -> Bool {
    var column: PandasColumn
    switch value {
    case .int, .float, .bool, .str, .none: column = PandasColumn.make(items: Array(repeating: value, count: rowCount))
    default: column = try PandasColumn.make(value, evaluator)
    }
    if labels.isEmpty { index = PandasIndex.range(column.count) }
    guard column.count == rowCount else {
      throw PyError.valueError("Length of values (\(column.count)) does not match length of index (\(rowCount))")
    }
    if let position = PandasIndex.position(of: key, in: labels) {
      columns[position] = column
    } else {
      labels.append(key)
      columns.append(column)
    }
    return true
  }

  /// The numeric contents as a 2-D array (int64 or bool when every column is, else float64).
  func array() throws -> Value {
    for (label, column) in zip(labels, columns) where column.tensor == nil {
      throw PyError.typeError(
        "Neurona's arrays hold numbers only: column \(Evaluator.reprOf(label)) holds text; drop it or use get_dummies first")
    }
    let allInts = columns.allSatisfy { if case .ints = $0 { return true } else { return false } }
    let allBools = columns.allSatisfy { if case .bools = $0 { return true } else { return false } }
    var data: [Double] = []
    data.reserveCapacity(rowCount * columns.count)
    let doubles = columns.map(\.doubles)
    for row in 0..<rowCount { for column in doubles { data.append(column[row]) } }
    let tensor = try Tensor(data, shape: [rowCount, columns.count])
    return NumpyConvert.array(allInts ? tensor.astype(.int64) : allBools ? tensor.astype(.bool) : tensor)
  }

  /// `shape`, `columns`, `values`, `index`, column attributes (`df.a`) and the methods.
  func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    switch name {
    case "shape": return .tuple([.int(rowCount), .int(columns.count)])
    case "columns": return .object(PandasIndex(labels))
    case "index": return .object(PandasIndex(index))
    case "values": return try array()
    case "size": return .int(rowCount * columns.count)
    case "ndim": return .int(2)
    default:
      if let method = method(name) { return .object(method) }
      if let position = PandasIndex.position(of: .str(name), in: labels) {
        return .object(SeriesObject(columns[position], index: index, name: labels[position]))
      }
      return try pyType.boundAttribute(name, of: .object(self), evaluator)
    }
  }

  /// Names for completion: attributes, methods and the column labels.
  func attributeNames() -> [String] {
    DataFrameObject.methodNames + ["columns", "index", "ndim", "shape", "size", "values"]
      + labels.compactMap { if case .str(let s) = $0 { return s } else { return nil } }
  }
}
