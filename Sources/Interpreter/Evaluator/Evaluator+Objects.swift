/// The object protocol as the evaluator applies it to every value: attributes, items,
/// iteration and truth.
extension Evaluator {
  /// `value.name`, with a suggestion when the attribute does not exist.
  public func getAttribute(_ value: Value, _ name: String) throws -> Value {
    switch value {
    case .object(let object):
      if let result = try object.getAttribute(name, self) { return result }
    default:
      if let result = try value.type.boundAttribute(name, of: value, self) { return result }
    }
    // Every Python object has these, whatever its type provides.
    switch name {
    case "__class__": return .object(value.type)
    case "__doc__":
      if case .object(let object) = value { return object.documentation.map(Value.str) ?? .none }
      return value.type.documentation.map(Value.str) ?? .none
    default: break
    }
    let names: [String]
    if case .object(let object) = value { names = object.attributeNames() } else {
      names = value.type.allAttributeNames()
    }
    let hint = Suggestions.didYouMeanColon(name, in: names)
    if let type = value.as(PyType.self) {
      throw PyError.attributeError("type object '\(type.name)' has no attribute '\(name)'\(hint)")
    }
    throw PyError.attributeError("'\(value.typeName)' object has no attribute '\(name)'\(hint)")
  }

  /// `value.name = newValue`.
  public func setAttribute(_ value: Value, _ name: String, _ newValue: Value) throws {
    if case .object(let object) = value, try object.setAttribute(name, newValue, self) { return }
    throw PyError.attributeError(
      "'\(value.typeName)' object has no attribute '\(name)' and no attribute can be set on it")
  }

  /// `value[key]`.
  public func getItem(_ value: Value, _ key: Value) throws -> Value {
    switch value {
    case .str(let text):
      let characters = Array(text)
      if let slice = key.as(PySlice.self) {
        return .str(String(try slice.select(from: characters)))
      }
      return .str(String(characters[try Sequences.index(key, count: characters.count, typeName: "string")]))
    case .object(let object):
      if let result = try object.getItem(key, self) { return result }
      if let type = object as? PyType, type === PyType.list || type === PyType.dict || type === PyType.tuple {
        return value
      }
    default: break
    }
    throw PyError.typeError("'\(value.typeName)' object is not subscriptable")
  }

  /// `value[key] = newValue`.
  public func setItem(_ value: Value, _ key: Value, _ newValue: Value) throws {
    if case .object(let object) = value, try object.setItem(key, newValue, self) { return }
    throw PyError.typeError("'\(value.typeName)' object does not support item assignment")
  }

  /// Python truthiness.
  public func truthy(_ value: Value) throws -> Bool {
    switch value {
    case .none: return false
    case .bool(let flag): return flag
    case .int(let int): return int != 0
    case .float(let double): return double != 0
    case .str(let text): return !text.isEmpty
    case .object(let object):
      if let truth = try object.truthValue() { return truth }
      if let count = try object.length() { return count != 0 }
      return true
    }
  }

  /// An iterator over any iterable value.
  public func iterate(_ value: Value) throws -> PyIterator {
    switch value {
    case .str(let text): return ArrayIterator(text.map { .str(String($0)) })
    case .object(let object):
      if let iterator = try object.makeIterator(self) { return iterator }
    default: break
    }
    throw PyError.typeError("'\(value.typeName)' object is not iterable")
  }

  /// All items of an iterable.
  public func collect(_ value: Value) throws -> [Value] {
    if let list = value.as(PyList.self) { return list.items }
    if let tuple = value.as(PyTuple.self) { return tuple.items }
    // A range says its size up front: one too large fails at once instead of after 10⁸ items.
    if let range = value.as(PyRange.self) {
      let count = try range.count
      if count > Sequences.maxItems { throw Sequences.tooManyItems(count) }
    }
    let iterator = try iterate(value)
    var items: [Value] = []
    while let item = try iterator.next() {
      items.append(item)
      if items.count & 0xFFFF == 0 {
        try checkInterrupt()
        if items.count > Sequences.maxItems { throw Sequences.tooManyItems(items.count) }
      }
    }
    return items
  }

  /// `len(value)`.
  public func length(_ value: Value) throws -> Int {
    if case .str(let text) = value { return text.count }
    if case .object(let object) = value, let count = try object.length() { return count }
    throw PyError.typeError("object of type '\(value.typeName)' has no len()")
  }

  /// `item in container`.
  public func contains(_ container: Value, _ item: Value) throws -> Bool {
    switch container {
    case .str(let text):
      guard case .str(let part) = item else {
        throw PyError.typeError("'in <string>' requires string as left operand, not \(item.typeName)")
      }
      return part.isEmpty || text.contains(part)
    case .object(let object):
      if let result = try object.contains(item, self) { return result }
    default: break
    }
    let iterator = try iterate(container)
    while let candidate = try iterator.next() {
      if try equals(candidate, item) { return true }
    }
    return false
  }

  /// `repr(value)` (a static so runtime types can use it without an evaluator).
  public static func reprOf(_ value: Value) -> String {
    switch value {
    case .none: return "None"
    case .bool(let flag): return flag ? "True" : "False"
    case .int(let int): return String(int)
    case .float(let double): return PyFormat.reprFloat(double)
    case .str(let text): return StringRepr.quote(text)
    case .object(let object): return object.repr()
    }
  }

  /// `str(value)`.
  public static func strOf(_ value: Value) -> String {
    switch value {
    case .str(let text): return text
    case .object(let object): return object.str()
    default: return reprOf(value)
    }
  }

  /// `repr(value)`.
  public func reprOf(_ value: Value) -> String { Evaluator.reprOf(value) }

  /// `str(value)`.
  public func strOf(_ value: Value) -> String { Evaluator.strOf(value) }

  /// The int a host object stands for as an index (`np.int64`), if any.
  public static func indexValue(of object: PyObject) -> Int? {
    switch object.numericValue() {
    case .int(let int): return int
    case .bool(let flag): return flag ? 1 : 0
    default: return nil
    }
  }

  nonisolated(unsafe) private static var reprInProgress: Set<ObjectIdentifier> = []

  /// Guards `repr` of containers against self-reference (`[...]`).
  public static func guardRecursiveRepr(
    _ object: AnyObject, placeholder: String, _ body: () -> String
  ) -> String {
    let id = ObjectIdentifier(object)
    guard reprInProgress.insert(id).inserted else { return placeholder }
    defer { reprInProgress.remove(id) }
    return body()
  }
}
