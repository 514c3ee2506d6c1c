/// `range(start, stop, step)`: a lazy arithmetic sequence.
public final class PyRange: PyObject {
  /// The first value.
  public let start: Int
  /// The exclusive bound.
  public let stop: Int
  /// The non-zero step.
  public let step: Int

  /// Creates a range; `step` must not be zero.
  public init(start: Int, stop: Int, step: Int) {
    self.start = start
    self.stop = stop
    self.step = step
  }

  /// `range`.
  public var pyType: PyType { .range }

  /// `range(0, 10)` or `range(0, 10, 2)`.
  public func repr() -> String {
    step == 1 ? "range(\(start), \(stop))" : "range(\(start), \(stop), \(step))"
  }

  /// The number of values.
  public var count: Int {
    if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
    return start > stop ? (start - stop - 1) / (-step) + 1 : 0
  }

  /// The `index`-th value.
  public func element(_ index: Int) -> Int { start + index * step }

  /// Indexing; slicing gives a list of the values.
  public func getItem(_ key: Value, _ evaluator: Evaluator) throws -> Value? {
    if let slice = key.as(PySlice.self) {
      return .list(try slice.indices(count: count).map { .int(element($0)) })
    }
    return .int(element(try Sequences.index(key, count: count, typeName: "range object")))
  }

  /// Iterates lazily.
  public func makeIterator(_ evaluator: Evaluator) throws -> PyIterator? {
    var index = 0
    let total = count
    return ClosureIterator { [self] in
      guard index < total else { return nil }
      defer { index += 1 }
      return .int(element(index))
    }
  }

  /// The number of values.
  public func length() throws -> Int? { count }

  /// Membership without iterating.
  public func contains(_ item: Value, _ evaluator: Evaluator) throws -> Bool? {
    guard case .int(let value) = item else { return nil }
    if step > 0 ? (value < start || value >= stop) : (value > start || value <= stop) {
      return false
    }
    return (value - start) % step == 0
  }
}
