/// The methods of `dict`.
enum DictMethods {
  /// Every `dict` method that binds to an instance.
  ///
  /// Building the table also installs `fromkeys`, which is unbound on the type and on
  /// instances alike (`dict.fromkeys(k)` and `d.fromkeys(k)`), as a `StaticFunction`.
  static let all: [BuiltinFunction] = {
    PyType.dict.attributes["fromkeys"] = .object(StaticFunction(fromKeys, owner: "dict"))
    return methods
  }()

  private static let methods: [BuiltinFunction] = [
    view("keys", .keys, "a set-like object providing a view on D's keys"),
    view("values", .values, "an object providing a view on D's values"),
    view("items", .items, "a set-like object providing a view on D's items"),
    define("get", "(self, key, default=None, /)",
      "Return the value for key if key is in the dictionary, else default.", ["key", "default="]
    ) { dict, bound, _ in
      try dict.get(bound.values["key"] ?? .none) ?? bound.values["default"] ?? .none
    },
    define("pop", "(key[, default])",
      "Remove specified key and return the corresponding value; if the key is not found, "
        + "return the default if given, otherwise raise KeyError.", ["key", "default="]
    ) { dict, bound, _ in
      let key = bound.values["key"] ?? .none
      if let value = try dict.remove(key) { return value }
      if let fallback = bound.values["default"] { return fallback }
      throw PyError.keyError(key)
    },
    define("popitem", "(self, /)",
      "Remove and return a (key, value) pair as a 2-tuple, in LIFO order.", [], .none
    ) { dict, _, _ in
      guard let last = dict.entries.last else {
        throw PyError.keyError(.str("popitem(): dictionary is empty"))
      }
      try dict.remove(last.key)
      return .tuple([last.key, last.value])
    },
    define("update", "([E, ]**F)",
      "Update D from dict/iterable E and F: D[k] = v for each pair.", ["other=", "**kwargs"]
    ) { dict, bound, evaluator in
      if let other = bound.values["other"] { try merge(other, into: dict, evaluator) }
      for (name, value) in bound.extraKeywords { dict.set(name, value) }
      return .none
    },
    define("setdefault", "(self, key, default=None, /)",
      "Insert key with a value of default if key is not in the dictionary; return the value.",
      ["key", "default="]
    ) { dict, bound, _ in
      let key = bound.values["key"] ?? .none
      if let value = try dict.get(key) { return value }
      let value = bound.values["default"] ?? .none
      try dict.set(key, value)
      return value
    },
    define("copy", "(self, /)", "Return a shallow copy of D.", [], .none) { dict, _, _ in
      let copy = PyDict()
      for (key, value) in dict.entries { try copy.set(key, value) }
      return .object(copy)
    },
    define("clear", "(self, /)", "Remove all items from D.", [], .none) { dict, _, _ in
      dict.removeAll()
      return .none
    },
  ]

  /// `dict.fromkeys(iterable, value=None)`; works on the type and on instances.
  static let fromKeys = BuiltinFunction(
    "fromkeys", signature: "(iterable, value=None, /)",
    doc: "Create a new dictionary with keys from iterable and values set to value."
  ) { arguments, evaluator in
    let bound = try arguments.bind("fromkeys", ["iterable", "value="])
    let result = PyDict()
    let value = bound.values["value"] ?? .none
    for key in try evaluator.collect(bound.values["iterable"] ?? .none) {
      try result.set(key, value)
    }
    return .object(result)
  }

  /// Adds the entries of a mapping or an iterable of pairs to `dict`.
  static func merge(_ other: Value, into dict: PyDict, _ evaluator: Evaluator) throws {
    if let source = other.as(PyDict.self) {
      for (key, value) in source.entries { try dict.set(key, value) }
      return
    }
    if other.as(PyInstance.self) != nil, let keys = try? evaluator.getAttribute(other, "keys") {
      for key in try evaluator.collect(try evaluator.call(keys, Arguments())) {
        try dict.set(key, try evaluator.getItem(other, key))
      }
      return
    }
    for (index, element) in try evaluator.collect(other).enumerated() {
      let pair: [Value]
      do {
        pair = try evaluator.collect(element)
      } catch {
        throw PyError.typeError(
          "cannot convert dictionary update sequence element #\(index) to a sequence")
      }
      guard pair.count == 2 else {
        throw PyError.valueError(
          "dictionary update sequence element #\(index) has length \(pair.count); 2 is required")
      }
      try dict.set(pair[0], pair[1])
    }
  }

  /// `keys`, `values` or `items`.
  private static func view(_ name: String, _ kind: DictView.Kind, _ what: String)
    -> BuiltinFunction
  {
    define(name, "(self, /)", "D.\(name)() -> \(what)", [], .none) { dict, _, _ in
      .object(DictView(dict, kind))
    }
  }

  /// A dict method.
  private static func define(
    _ name: String, _ signature: String, _ doc: String, _ parameters: [String],
    _ arity: MethodTable.Arity = .bind,
    _ body: @escaping (PyDict, BoundArguments, Evaluator) throws -> Value
  ) -> BuiltinFunction {
    MethodTable.define(
      "dict", PyDict.self, name, signature: signature, doc: doc, parameters, arity: arity, body)
  }
}
