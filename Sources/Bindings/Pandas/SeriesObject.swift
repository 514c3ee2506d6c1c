import Foundation
import Interpreter
import Tensor

/// `pandas.Series`: one labelled column of values (what `df["a"]` returns).
final class SeriesObject: PyObject {
  /// The values.
  let column: PandasColumn
  /// The row labels.
  let index: [Value]
  /// The series name (the column label), or `None`.
  let name: Value

  /// A series of `column` with row labels `index`.
  init(_ column: PandasColumn, index: [Value], name: Value) {
    self.column = column
    self.index = index
    self.name = name
  }

  /// `pandas.Series`.
  static let type = PyType(
    name: "Series", module: "pandas", bases: [.object],
    documentation: "A one-dimensional labelled array: a DataFrame column. `.values` gives its NumPy array.")

  /// `Series`.
  var pyType: PyType { SeriesObject.type }

  /// The pandas text layout.
  func repr() -> String { PandasLayout.series(column, index: index, name: name) }

  /// The number of values.
  func length() throws -> Int? { column.count }

  /// Iterates over the values.
  func makeIterator(_ evaluator: Evaluator) throws -> PyIterator? {
    ArrayIterator((0..<column.count).map(column.value(at:)))
  }

  /// Whether `item` is one of the row labels, as in pandas.
  func contains(_ item: Value, _ evaluator: Evaluator) throws -> Bool? {
    PandasIndex.position(of: item, in: index) != nil
  }

  /// Series are unhashable.
  func hashValue() throws -> Int? { nil }

  /// `s[label]` (a value) or `s[a:b]` (a Series of those positions).
  func getItem(_ key: Value, _ evaluator: Evaluator) throws -> Value? {
    if let slice = key.as(PySlice.self) {
      let rows = try slice.indices(count: column.count)
      return .object(SeriesObject(column.select(rows), index: rows.map { index[$0] }, name: name))
    }
    guard let row = PandasIndex.position(of: key, in: index) else { throw PyError.keyError(key) }
    return column.value(at: row)
  }

  /// `s + 1`, `s * other`, ...: NumPy arithmetic on the values, keeping labels and name.
  func binaryOperation(
    _ op: BinaryOperator, _ other: Value, reflected: Bool, _ evaluator: Evaluator
  ) throws -> Value? {
    guard let tensor = column.tensor else { return nil }
    let operand = try other.as(SeriesObject.self)?.array() ?? other
    return wrap(try NumpyOps.binary(op, tensor, operand, reflected: reflected, evaluator))
  }

  /// `s > 0`, ...: a bool Series (usable as a row mask: `df[df["a"] > 1]`).
  func compare(_ op: ComparisonOperator, _ other: Value, _ evaluator: Evaluator) throws -> Value? {
    guard let tensor = column.tensor else { return nil }
    let operand = try other.as(SeriesObject.self)?.array() ?? other
    return wrap(try NumpyOps.compare(op, tensor, operand, evaluator))
  }

  /// `-s`.
  func unaryOperation(_ op: UnaryOperator, _ evaluator: Evaluator) throws -> Value? {
    guard let tensor = column.tensor else { return nil }
    return wrap(try NumpyOps.unary(op, tensor))
  }

  /// A NumPy result of the same length as a Series with this one's labels and name.
  private func wrap(_ result: Value?) -> Value? {
    guard let result, let array = result.as(NDArray.self), array.tensor.ndim == 1, array.tensor.size == column.count
    else { return result }
    let values: PandasColumn
    switch array.tensor.dtype {
    case .int64: values = .ints(array.tensor.ints)
    case .bool: values = .bools(array.tensor.bools)
    case .float32, .float64: values = .floats(array.tensor.doubles)
    }
    return .object(SeriesObject(values, index: index, name: name))
  }

  /// The values as a NumPy array.
  func array() throws -> Value {
    guard let tensor = column.tensor else {
      throw PyError.typeError("Neurona's arrays hold numbers only: this Series holds text (dtype str)")
    }
    return NumpyConvert.array(tensor)
  }

  /// `values`, `shape`, `name`, `index` and the methods.
  func getAttribute(_ attribute: String, _ evaluator: Evaluator) throws -> Value? {
    switch attribute {
    case "values": return try array()
    case "shape": return .tuple([.int(column.count)])
    case "size": return .int(column.count)
    case "ndim": return .int(1)
    case "name": return name
    case "index": return .object(PandasIndex(index))
    default:
      if let method = method(attribute) { return .object(method) }
      return try pyType.boundAttribute(attribute, of: .object(self), evaluator)
    }
  }

  /// Names for completion.
  func attributeNames() -> [String] {
    ["fillna", "head", "index", "max", "mean", "min", "name", "ndim", "shape", "size", "std", "sum", "tail",
     "to_list", "to_numpy", "tolist", "unique", "values"]
  }

  /// The numeric values without missing ones, for the reductions.
  private func numbers(_ reduction: String) throws -> [Double] {
    guard column.isNumeric || column.dtypeName == "bool" else {
      throw PyError.typeError("Neurona's Series.\(reduction)() works on numeric columns only")
    }
    return column.doubles.filter { !$0.isNaN }
  }

  /// A bound method of this series.
  private func method(_ attribute: String) -> BuiltinFunction? {
    switch attribute {
    case "to_numpy":
      return BuiltinFunction(attribute, signature: "()", doc: "The values as a NumPy array.") { [self] _, _ in try array() }
    case "tolist", "to_list":
      return BuiltinFunction(attribute, signature: "()", doc: "The values as a list.") { [self] _, _ in
        .object(PyList((0..<column.count).map(column.value(at:))))
      }
    case "head", "tail":
      return BuiltinFunction(attribute, signature: "(n=5)", doc: "The first (or last) n values.") { [self] arguments, _ in
        let n = try arguments.bind(attribute, ["n="])["n"].map(NumpyConvert.int) ?? 5
        let count = column.count
        let rows = attribute == "head" ? Array(0..<min(max(n, 0), count)) : Array(max(0, count - max(n, 0))..<count)
        return .object(SeriesObject(column.select(rows), index: rows.map { index[$0] }, name: name))
      }
    case "fillna":
      return BuiltinFunction(attribute, signature: "(value)", doc: "Missing values replaced by value.") { [self] arguments, _ in
        let value = try arguments.bind(attribute, ["value"]).values["value"] ?? .none
        return .object(SeriesObject(column.filled(with: value), index: index, name: name))
      }
    case "unique":
      return BuiltinFunction(attribute, signature: "()", doc: "The distinct values, in order of appearance.") { [self] _, _ in
        var seen: [Value] = []
        for row in 0..<column.count where PandasIndex.position(of: column.value(at: row), in: seen) == nil {
          seen.append(column.value(at: row))
        }
        let unique = PandasColumn.make(items: seen)
        return try SeriesObject(unique, index: PandasIndex.range(seen.count), name: .none).array()
      }
    case "sum", "mean", "min", "max", "std":
      return BuiltinFunction(attribute, signature: "()", doc: "The \(attribute) of the values, skipping missing ones.") {
        [self] _, _ in
        let values = try numbers(attribute)
        // Int columns reduce exactly in int64, a sum wrapping on overflow like NumPy's.
        if case .ints(let items) = column, ["sum", "min", "max"].contains(attribute), !items.isEmpty {
          if attribute == "sum" { return .int(items.reduce(0, &+)) }
          return .int((attribute == "min" ? items.min() : items.max()) ?? 0)
        }
        let result = PandasStatistics.reduce(attribute, values)
        return .float(result)
      }
    default: return nil
    }
  }
}
