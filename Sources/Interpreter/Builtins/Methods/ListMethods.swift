/// The methods of `list`.
enum ListMethods {
  /// Every `list` method.
  static let all: [BuiltinFunction] = [
    define("append", "(self, object, /)", "Append object to the end of the list.", ["object"], .one) {
      list, bound, _ in
      list.items.append(MethodTable.argument(bound, "object"))
      return .none
    },
    define("extend", "(self, iterable, /)", "Extend list by appending elements from the iterable.",
      ["iterable"], .one
    ) { list, bound, evaluator in
      list.items.append(contentsOf: try evaluator.collect(MethodTable.argument(bound, "iterable")))
      return .none
    },
    define("insert", "(self, index, object, /)", "Insert object before index.", ["index", "object"]) {
      list, bound, _ in
      let raw = try Builtins.int(bound.values["index"] ?? .none)
      let count = list.items.count
      let index = raw < 0 ? max(0, raw + count) : min(raw, count)
      list.items.insert(bound.values["object"] ?? .none, at: index)
      return .none
    },
    define("pop", "(self, index=-1, /)",
      "Remove and return item at index (default last). Raises IndexError if list is empty or index is out of range.",
      ["index="]
    ) { list, bound, _ in
      guard !list.items.isEmpty else { throw PyError.indexError("pop from empty list") }
      let raw = try bound.values["index"].map { try Builtins.int($0) } ?? -1
      let index = raw < 0 ? raw + list.items.count : raw
      guard index >= 0, index < list.items.count else {
        throw PyError.indexError("pop index out of range")
      }
      return list.items.remove(at: index)
    },
    define("remove", "(self, value, /)",
      "Remove first occurrence of value. Raises ValueError if the value is not present.",
      ["value"], .one
    ) { list, bound, evaluator in
      let value = MethodTable.argument(bound, "value")
      for (index, item) in list.items.enumerated() where try evaluator.equals(item, value) {
        list.items.remove(at: index)
        return .none
      }
      throw PyError.valueError("list.remove(x): x not in list")
    },
    define("index", "(self, value, start=0, stop=sys.maxsize, /)",
      "Return first index of value. Raises ValueError if the value is not present.",
      ["value", "start=", "stop="]
    ) { list, bound, evaluator in
      let value = bound.values["value"] ?? .none
      let range = try window(bound, count: list.items.count)
      for index in range where try evaluator.equals(list.items[index], value) {
        return .int(index)
      }
      throw PyError.valueError("\(evaluator.reprOf(value)) is not in list")
    },
    define("count", "(self, value, /)", "Return number of occurrences of value.", ["value"], .one) {
      list, bound, evaluator in
      let value = MethodTable.argument(bound, "value")
      return .int(try list.items.filter { try evaluator.equals($0, value) }.count)
    },
    define("sort", "(self, /, *, key=None, reverse=False)",
      "Sort the list in ascending order and return None. The sort is stable.",
      ["*", "key=", "reverse="], keywords: ["key", "reverse"]
    ) { list, bound, evaluator in
      list.items = try Builtins.sortValues(
        list.items, key: bound["key"], reverse: bound["reverse"], evaluator)
      return .none
    },
    define("reverse", "(self, /)", "Reverse *IN PLACE*.", [], .none) { list, _, _ in
      list.items.reverse()
      return .none
    },
    define("copy", "(self, /)", "Return a shallow copy of the list.", [], .none) { list, _, _ in
      .list(list.items)
    },
    define("clear", "(self, /)", "Remove all items from list.", [], .none) { list, _, _ in
      list.items.removeAll()
      return .none
    },
  ]

  /// A list method.
  private static func define(
    _ name: String, _ signature: String, _ doc: String, _ parameters: [String],
    _ arity: MethodTable.Arity = .bind, keywords: [String] = [],
    _ body: @escaping (PyList, BoundArguments, Evaluator) throws -> Value
  ) -> BuiltinFunction {
    MethodTable.define(
      "list", PyList.self, name, signature: signature, doc: doc, parameters, arity: arity,
      keywords: keywords, body)
  }

  /// The indices between the `start` and `stop` arguments, clamped like a slice.
  static func window(_ bound: BoundArguments, count: Int) throws -> Range<Int> {
    func adjust(_ value: Value?, _ fallback: Int) throws -> Int {
      guard let value else { return fallback }
      let raw = try Builtins.int(value)
      return raw < 0 ? max(0, raw + count) : min(raw, count)
    }
    let start = try adjust(bound["start"], 0)
    let stop = try adjust(bound["stop"], count)
    return start..<max(start, stop)
  }
}
