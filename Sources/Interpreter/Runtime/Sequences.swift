/// Index arithmetic and comparisons shared by the sequence types.
public enum Sequences {
  /// Normalises a Python index (negative counts from the end), raising IndexError/TypeError.
  public static func index(
    _ key: Value, count: Int, typeName: String, assignment: Bool = false
  ) throws -> Int {
    let raw: Int
    switch key {
    case .int(let value): raw = value
    case .bool(let flag): raw = flag ? 1 : 0
    case .object(let object):
      guard let value = Evaluator.indexValue(of: object) else { fallthrough }
      raw = value
    default:
      throw PyError.typeError(
        "\(typeName) indices must be integers or slices, not \(key.typeName)")
    }
    let index = raw < 0 ? raw + count : raw
    guard index >= 0, index < count else {
      let what = assignment ? "assignment index" : "index"
      throw PyError.indexError("\(typeName) \(what) out of range")
    }
    return index
  }

  /// The most items a list or tuple may hold: past this, building one raises MemoryError
  /// instead of running the kernel out of memory (`list(range(10**10))` would need 160 GB).
  public static let maxItems = 100_000_000

  /// The MemoryError for a sequence of `count` items (more than `maxItems`).
  public static func tooManyItems(_ count: Int) -> PyError {
    PyError(.memoryError, "cannot build a sequence of \(count) items (at most \(maxItems) fit in memory)")
  }

  /// `items * times`, refusing results too large to build.
  public static func repeated<T>(_ items: [T], _ times: Int) throws -> [T] {
    guard times > 0, !items.isEmpty else { return [] }
    let (total, overflow) = items.count.multipliedReportingOverflow(by: times)
    guard !overflow, total <= maxItems else {
      throw PyError(.memoryError, "cannot allocate a sequence of \(items.count) × \(times) items")
    }
    var result: [T] = []
    result.reserveCapacity(total)
    for _ in 0..<times { result.append(contentsOf: items) }
    return result
  }

  /// Lexicographic comparison of two sequences; `nil` for unsupported operators.
  public static func compare(
    _ lhs: [Value], _ rhs: [Value], _ op: ComparisonOperator, _ evaluator: Evaluator
  ) throws -> Bool? {
    switch op {
    case .equal, .notEqual:
      var equal = lhs.count == rhs.count
      if equal {
        for (a, b) in zip(lhs, rhs) where !(try evaluator.equals(a, b)) {
          equal = false
          break
        }
      }
      return op == .equal ? equal : !equal
    case .less, .lessEqual, .greater, .greaterEqual:
      for (a, b) in zip(lhs, rhs) where !(try evaluator.equals(a, b)) {
        return try evaluator.truthy(evaluator.compare(op, a, b))
      }
      switch op {
      case .less: return lhs.count < rhs.count
      case .lessEqual: return lhs.count <= rhs.count
      case .greater: return lhs.count > rhs.count
      default: return lhs.count >= rhs.count
      }
    default: return nil
    }
  }
}
