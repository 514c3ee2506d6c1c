/// A slice object `start:stop:step`, as produced by subscripts.
public final class PySlice: PyObject {
  /// The start bound, or `None`.
  public let start: Value
  /// The stop bound, or `None`.
  public let stop: Value
  /// The step, or `None`.
  public let step: Value

  /// Creates a slice.
  public init(start: Value, stop: Value, step: Value) {
    self.start = start
    self.stop = stop
    self.step = step
  }

  /// `slice`.
  public var pyType: PyType { .slice }

  /// `slice(1, None, 2)`.
  public func repr() -> String {
    "slice(\(Evaluator.reprOf(start)), \(Evaluator.reprOf(stop)), \(Evaluator.reprOf(step)))"
  }

  /// The bounds as optional ints, raising TypeError for other types.
  public func bounds() throws -> (start: Int?, stop: Int?, step: Int?) {
    func int(_ value: Value) throws -> Int? {
      switch value {
      case .none: return nil
      case .int(let int): return int
      case .bool(let flag): return flag ? 1 : 0
      case .object(let object):
        if let index = Evaluator.indexValue(of: object) { return index }
        fallthrough
      default:
        throw PyError.typeError(
          "slice indices must be integers or None or have an __index__ method")
      }
    }
    return (try int(start), try int(stop), try int(step))
  }

  /// The indices the slice selects in a sequence of `count` items (Python's `indices`).
  public func indices(count: Int) throws -> [Int] {
    let (rawStart, rawStop, rawStep) = try bounds()
    let step = rawStep ?? 1
    guard step != 0 else { throw PyError.valueError("slice step cannot be zero") }
    func clamp(_ value: Int?, _ defaultValue: Int, low: Int, high: Int) -> Int {
      guard var value = value else { return defaultValue }
      if value < 0 { value += count }
      return Swift.min(Swift.max(value, low), high)
    }
    if step > 0 {
      let start = clamp(rawStart, 0, low: 0, high: count)
      let stop = clamp(rawStop, count, low: 0, high: count)
      return start < stop ? Array(stride(from: start, to: stop, by: step)) : []
    }
    let start = clamp(rawStart, count - 1, low: -1, high: count - 1)
    let stop = clamp(rawStop, -1, low: -1, high: count - 1)
    return start > stop ? Array(stride(from: start, to: stop, by: step)) : []
  }

  /// The selected items of `items`.
  public func select<T>(from items: [T]) throws -> [T] {
    try indices(count: items.count).map { items[$0] }
  }

  /// Slice assignment: replaces a contiguous slice, or an extended one of equal length.
  public func assign(_ replacement: [Value], into items: inout [Value]) throws {
    let (_, _, step) = try bounds()
    let selected = try indices(count: items.count)
    if (step ?? 1) == 1 {
      let fallback = try startIndex(count: items.count)
      let start = selected.first ?? Swift.min(Swift.max(fallback, 0), items.count)
      items.replaceSubrange(start..<(start + selected.count), with: replacement)
      return
    }
    guard selected.count == replacement.count else {
      throw PyError.valueError(
        "attempt to assign sequence of size \(replacement.count) to extended slice of size \(selected.count)"
      )
    }
    for (index, value) in zip(selected, replacement) { items[index] = value }
  }

  private func startIndex(count: Int) throws -> Int {
    guard let start = try bounds().start else { return 0 }
    return start < 0 ? start + count : start
  }
}
