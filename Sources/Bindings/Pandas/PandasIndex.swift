import Interpreter

/// `pandas.Index` / `RangeIndex`: the row or column labels of a frame, list-like.
final class PandasIndex: PyObject {
  /// The labels, in order.
  let labels: [Value]

  /// Wraps `labels`.
  init(_ labels: [Value]) { self.labels = labels }

  /// The labels 0, 1, ..., count - 1.
  static func range(_ count: Int) -> [Value] { (0..<count).map(Value.int) }

  /// `pandas.Index`.
  static let type = PyType(
    name: "Index", module: "pandas", bases: [.object],
    documentation: "The labels of a DataFrame's rows or columns; behaves like a list of labels.")

  /// `Index`.
  var pyType: PyType { PandasIndex.type }

  /// Whether the labels are 0, 1, 2, ... (printed as a RangeIndex).
  private var isRange: Bool {
    labels.enumerated().allSatisfy { if case .int(let i) = $0.element { return i == $0.offset } else { return false } }
  }

  /// `Index(['a', 'b'], dtype='str')` or `RangeIndex(start=0, stop=3, step=1)`, as pandas prints them.
  func repr() -> String {
    if isRange { return "RangeIndex(start=0, stop=\(labels.count), step=1)" }
    let items = labels.map(Evaluator.reprOf).joined(separator: ", ")
    let allInts = labels.allSatisfy { if case .int = $0 { return true } else { return false } }
    let allStrings = labels.allSatisfy { if case .str = $0 { return true } else { return false } }
    let dtype = allInts ? "int64" : allStrings ? "str" : "object"
    return "Index([\(items)], dtype='\(dtype)')"
  }

  /// The number of labels.
  func length() throws -> Int? { labels.count }

  /// Iterates over the labels.
  func makeIterator(_ evaluator: Evaluator) throws -> PyIterator? { ArrayIterator(labels) }

  /// Whether `item` is one of the labels.
  func contains(_ item: Value, _ evaluator: Evaluator) throws -> Bool? {
    labels.contains { PandasIndex.same($0, item) }
  }

  /// `index[i]` (a label) or `index[a:b]` (an Index).
  func getItem(_ key: Value, _ evaluator: Evaluator) throws -> Value? {
    if let slice = key.as(PySlice.self) { return .object(PandasIndex(try slice.select(from: labels))) }
    let position = try NumpyConvert.int(key)
    let resolved = position < 0 ? position + labels.count : position
    guard labels.indices.contains(resolved) else {
      throw PyError(.indexError, "index \(position) is out of bounds for axis 0 with size \(labels.count)")
    }
    return labels[resolved]
  }

  /// Indexes are unhashable, as in pandas.
  func hashValue() throws -> Int? { nil }

  /// `tolist()`, `size`, `shape`.
  func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    switch name {
    case "tolist", "to_list":
      return .object(BuiltinFunction(name, signature: "()", doc: "The labels as a list.") { [labels] _, _ in
        .object(PyList(labels))
      })
    case "size": return .int(labels.count)
    case "shape": return .tuple([.int(labels.count)])
    case "values": return .object(PyList(labels))
    default: return try pyType.boundAttribute(name, of: .object(self), evaluator)
    }
  }

  /// Names for completion.
  func attributeNames() -> [String] { ["shape", "size", "to_list", "tolist", "values"] }

  /// Whether two labels are equal (`'a'` and `'a'`, `0` and `0`).
  static func same(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.str(let x), .str(let y)): return x == y
    case (.int(let x), .int(let y)): return x == y
    case (.float(let x), .float(let y)): return x == y
    case (.int(let x), .float(let y)), (.float(let y), .int(let x)): return Double(x) == y
    case (.bool(let x), .bool(let y)): return x == y
    default: return false
    }
  }

  /// The position of `label` in `labels`, or `nil`.
  static func position(of label: Value, in labels: [Value]) -> Int? {
    labels.firstIndex { same($0, label) }
  }
}
