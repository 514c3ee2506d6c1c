import Interpreter

/// The NumPy object array of axes that `plt.subplots(nrows, ncols)` returns: 1-D or 2-D,
/// indexable as `axes[i][j]`, `axes[i, j]`, `axes[k]`, iterable, with `flat`, `flatten()`,
/// `ravel()`, `shape`, `ndim` and `size`.
final class AxesArray: PyObject {
  /// The axes, row-major.
  let items: [AxesObject]
  /// `(n,)` or `(rows, columns)`.
  let shape: [Int]

  /// Creates an array of `items` with `shape`.
  init(_ items: [AxesObject], shape: [Int]) {
    self.items = items
    self.shape = shape
  }

  /// `numpy.ndarray` (of dtype object).
  var pyType: PyType { NDArray.type }

  /// `array([<Axes: >, <Axes: >], dtype=object)`.
  func repr() -> String {
    func row(_ r: [AxesObject]) -> String { "[" + r.map { $0.repr() }.joined(separator: ", ") + "]" }
    if shape.count == 1 { return "array(\(row(items)), dtype=object)" }
    let rows = (0..<shape[0]).map { row(Array(items[($0 * shape[1])..<(($0 + 1) * shape[1])])) }
    return "array([" + rows.joined(separator: ",\n       ") + "], dtype=object)"
  }

  /// The length of the first axis.
  func length() throws -> Int? { shape[0] }

  /// The values along the first axis: axes (1-D) or rows (2-D).
  private var firstAxis: [Value] {
    if shape.count == 1 { return items.map { .object($0) } }
    return (0..<shape[0]).map { r in .object(AxesArray(Array(items[(r * shape[1])..<((r + 1) * shape[1])]), shape: [shape[1]])) }
  }

  /// `axes[i]`, `axes[i, j]`, `axes[-1]`, `axes[1:]`.
  func getItem(_ key: Value, _ evaluator: Evaluator) throws -> Value? {
    if let tuple = key.as(PyTuple.self) {
      guard tuple.items.count <= shape.count else {
        throw PyError.indexError("too many indices for array: array is \(shape.count)-dimensional, but \(tuple.items.count) were indexed")
      }
      var value: Value = .object(self)
      for index in tuple.items {
        guard let array = value.as(AxesArray.self), let next = try array.getItem(index, evaluator) else { break }
        value = next
      }
      return value
    }
    let values = firstAxis
    if let slice = key.as(PySlice.self) {
      let picked = try slice.indices(count: values.count).map { values[$0] }
      if shape.count == 1 { return .object(AxesArray(picked.compactMap { $0.as(AxesObject.self) }, shape: [picked.count])) }
      let rows = picked.compactMap { $0.as(AxesArray.self) }
      return .object(AxesArray(rows.flatMap(\.items), shape: [rows.count, shape[1]]))
    }
    var i = try PyplotArgs.int(key)
    if i < 0 { i += values.count }
    guard i >= 0, i < values.count else {
      throw PyError.indexError("index \(try PyplotArgs.int(key)) is out of bounds for axis 0 with size \(values.count)")
    }
    return values[i]
  }

  /// Iterates over the first axis.
  func makeIterator(_ evaluator: Evaluator) throws -> PyIterator? { ArrayIterator(firstAxis) }

  /// `shape`, `ndim`, `size`, `flat`, `flatten()`, `ravel()`, `tolist()`.
  func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    let flat = AxesArray(items, shape: [items.count])
    switch name {
    case "shape": return .tuple(shape.map(Value.int))
    case "ndim": return .int(shape.count)
    case "size": return .int(items.count)
    case "flat": return .object(flat)
    case "flatten", "ravel":
      return .object(BuiltinFunction(name, signature: "(order='C')") { _, _ in .object(flat) })
    case "tolist":
      return .object(
        BuiltinFunction(name, signature: "()") { [self] _, _ in
          .list(firstAxis.map { $0.as(AxesArray.self).map { .list($0.items.map { .object($0) }) } ?? $0 })
        })
    default:
      throw PyError.attributeError("'numpy.ndarray' object has no attribute '\(name)'")
    }
  }

  /// Attribute names, for completion.
  func attributeNames() -> [String] { ["flat", "flatten", "ndim", "ravel", "shape", "size", "tolist"] }
}
