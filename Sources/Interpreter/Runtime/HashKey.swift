/// A value used as a dict key or set member, hashed and compared like Python does.
///
/// Numbers that compare equal hash equal (`1`, `1.0` and `True` are one key); tuples hash
/// by content; other objects by their `hashValue()` (identity unless they override it).
public struct HashKey: Hashable {
  /// The key's value.
  public let value: Value
  private let hash: Int

  /// Wraps `value`, raising TypeError for unhashable values (lists, dicts, sets).
  public init(_ value: Value) throws {
    self.value = value
    self.hash = try HashKey.hash(of: value)
  }

  /// A key for a string, which is always hashable.
  public init(string: String) {
    self.value = .str(string)
    self.hash = string.hashValue
  }

  private static func hash(of value: Value) throws -> Int {
    switch value {
    case .none: return 0x5EED
    case .bool(let flag): return flag ? 1 : 0
    case .int(let int): return int.hashValue
    case .float(let double):
      if double.rounded() == double, let exact = Int(exactly: double) { return exact.hashValue }
      return double.hashValue
    case .str(let text): return text.hashValue
    case .object(let object):
      if let tuple = object as? PyTuple {
        var hasher = Hasher()
        for item in tuple.items { hasher.combine(try hash(of: item)) }
        return hasher.finalize()
      }
      guard let hash = try object.hashValue() else {
        throw PyError.typeError("unhashable type: '\(object.pyType.name)'")
      }
      return hash
    }
  }

  /// Feeds the precomputed hash.
  public func hash(into hasher: inout Hasher) { hasher.combine(hash) }

  /// Python equality of the two keys.
  public static func == (lhs: HashKey, rhs: HashKey) -> Bool {
    lhs.hash == rhs.hash && Evaluator.valuesEqual(lhs.value, rhs.value)
  }
}
