/// Comparisons and equality with Python's semantics.
extension Evaluator {
  /// `lhs op rhs` for the comparison operators.
  public func compare(_ op: ComparisonOperator, _ lhs: Value, _ rhs: Value) throws -> Value {
    switch op {
    case .is: return .bool(lhs.isIdentical(to: rhs))
    case .isNot: return .bool(!lhs.isIdentical(to: rhs))
    case .in: return .bool(try contains(rhs, lhs))
    case .notIn: return .bool(!(try contains(rhs, lhs)))
    default: break
    }
    if let result = try primitiveCompare(op, lhs, rhs) { return .bool(result) }
    if case .object(let object) = lhs, let result = try object.compare(op, rhs, self) {
      return result
    }
    if case .object(let object) = rhs, let result = try object.compare(op.swapped, lhs, self) {
      return result
    }
    if let instance = lhs.as(PyInstance.self), let name = op.dunder,
      let method = try instance.type.boundAttribute(name, of: lhs, self)
    {
      return try call(method, Arguments([rhs]))
    }
    switch op {
    case .equal: return .bool(lhs.isIdentical(to: rhs))
    case .notEqual: return .bool(!lhs.isIdentical(to: rhs))
    default:
      throw PyError.typeError(
        "'\(op.rawValue)' not supported between instances of '\(lhs.typeName)' and '\(rhs.typeName)'"
      )
    }
  }

  /// `lhs == rhs` as a Swift Bool (array comparisons must reduce to one truth value).
  public func equals(_ lhs: Value, _ rhs: Value) throws -> Bool {
    try truthy(compare(.equal, lhs, rhs))
  }

  /// Equality that never throws, for hashing (errors count as unequal).
  public static func valuesEqual(_ lhs: Value, _ rhs: Value) -> Bool {
    if let result = try? primitiveEquality(lhs, rhs) { return result }
    if let a = lhs.as(PyTuple.self), let b = rhs.as(PyTuple.self) {
      return a.items.count == b.items.count && zip(a.items, b.items).allSatisfy(valuesEqual)
    }
    return lhs.isIdentical(to: rhs)
  }

  private static func primitiveEquality(_ lhs: Value, _ rhs: Value) throws -> Bool? {
    switch (lhs, rhs) {
    case (.none, .none): return true
    case (.str(let a), .str(let b)): return a == b
    default:
      guard let a = numericPair(lhs, rhs) else { return nil }
      return a.0 == a.1
    }
  }

  /// Two numbers as doubles (or exact ints when both are ints).
  private static func numericPair(_ lhs: Value, _ rhs: Value) -> (Double, Double)? {
    func double(_ value: Value) -> Double? {
      switch value {
      case .int(let int): return Double(int)
      case .float(let double): return double
      case .bool(let flag): return flag ? 1 : 0
      default: return nil
      }
    }
    guard let a = double(lhs), let b = double(rhs) else { return nil }
    return (a, b)
  }

  private func primitiveCompare(_ op: ComparisonOperator, _ lhs: Value, _ rhs: Value) throws
    -> Bool?
  {
    if case .int(let a) = lhs, case .int(let b) = rhs { return op.apply(a, b) }
    if case .str(let a) = lhs, case .str(let b) = rhs {
      let x = a.unicodeScalars.map(\.value)
      let y = b.unicodeScalars.map(\.value)
      return op.apply(x.lexicographicallyPrecedes(y) ? -1 : (x == y ? 0 : 1), 0)
    }
    if case .none = lhs, case .none = rhs, op == .equal || op == .notEqual {
      return op == .equal
    }
    if let (a, b) = Evaluator.numericPair(lhs, rhs) { return op.apply(a, b) }
    switch (lhs, rhs) {
    case (.object, _), (_, .object): return nil
    default:
      if op == .equal { return false }
      if op == .notEqual { return true }
      return nil
    }
  }
}

extension ComparisonOperator {
  /// The operator with its operands swapped (`<` ↔ `>`).
  var swapped: ComparisonOperator {
    switch self {
    case .less: return .greater
    case .greater: return .less
    case .lessEqual: return .greaterEqual
    case .greaterEqual: return .lessEqual
    default: return self
    }
  }

  /// The special method name (`__lt__`).
  var dunder: String? {
    switch self {
    case .equal: return "__eq__"
    case .notEqual: return "__ne__"
    case .less: return "__lt__"
    case .lessEqual: return "__le__"
    case .greater: return "__gt__"
    case .greaterEqual: return "__ge__"
    default: return nil
    }
  }

  /// Applies an ordering comparison to comparable Swift values.
  func apply<T: Comparable>(_ a: T, _ b: T) -> Bool {
    switch self {
    case .equal: return a == b
    case .notEqual: return a != b
    case .less: return a < b
    case .lessEqual: return a <= b
    case .greater: return a > b
    case .greaterEqual: return a >= b
    default: return false
    }
  }
}
