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

  /// The number of values, which can exceed `Int.max` (`range(-2**63, 2**63 - 1)`).
  var unsignedCount: UInt {
    guard step > 0 ? start < stop : start > stop else { return 0 }
    let span = step > 0 ? UInt(bitPattern: stop &- start) : UInt(bitPattern: start &- stop)
    return (span - 1) / step.magnitude + 1
  }

  /// The number of values.
  /// - Throws: OverflowError when there are more than `Int.max`, as CPython's `len()` does.
  public var count: Int {
    get throws {
      guard let count = Int(exactly: unsignedCount) else {
        throw PyError.overflow("Python int too large to convert to C ssize_t")
      }
      return count
    }
  }

  /// The `index`-th value. Wrapping arithmetic is exact here: the value lies between
  /// `start` and `stop`, even where `index * step` alone does not fit in an `Int`.
  public func element(_ index: Int) -> Int { start &+ index &* step }

  /// Indexing; slicing gives a list of the values.
  public func getItem(_ key: Value, _ evaluator: Evaluator) throws -> Value? {
    if let slice = key.as(PySlice.self) {
      return .list(try slice.indices(count: try count).map { .int(element($0)) })
    }
    return .int(element(try Sequences.index(key, count: try count, typeName: "range object")))
  }

  /// Iterates lazily.
  public func makeIterator(_ evaluator: Evaluator) throws -> PyIterator? {
    var index: UInt = 0
    let total = unsignedCount
    return ClosureIterator { [self] in
      guard index < total else { return nil }
      defer { index += 1 }
      return .int(element(Int(bitPattern: index)))
    }
  }

  /// The number of values.
  public func length() throws -> Int? { try count }

  /// Membership without iterating.
  public func contains(_ item: Value, _ evaluator: Evaluator) throws -> Bool? {
    guard case .int(let value) = item else { return nil }
    if step > 0 ? (value < start || value >= stop) : (value > start || value <= stop) {
      return false
    }
    let offset = step > 0 ? UInt(bitPattern: value &- start) : UInt(bitPattern: start &- value)
    return offset % step.magnitude == 0
  }
}
