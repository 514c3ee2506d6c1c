/// The methods of `set`.
enum SetMethods {
  /// Every `set` method.
  static let all: [BuiltinFunction] = [
    define("add", "Add an element to a set.", ["element"], .one) { set, bound, _ in
      try set.insert(MethodTable.argument(bound, "element"))
      return .none
    },
    define("remove", "Remove an element from a set; it must be a member (else KeyError).",
      ["element"], .one
    ) { set, bound, _ in
      let element = MethodTable.argument(bound, "element")
      guard try set.remove(element) else { throw PyError.keyError(element) }
      return .none
    },
    define("discard", "Remove an element from a set if it is a member.", ["element"], .one) {
      set, bound, _ in
      try set.remove(MethodTable.argument(bound, "element"))
      return .none
    },
    define("pop", "Remove and return an arbitrary set element (KeyError if empty).", [], .none) {
      set, _, _ in
      guard let first = set.values.first else {
        throw PyError.keyError(.str("pop from an empty set"))
      }
      try set.remove(first)
      return first
    },
    define("clear", "Remove all elements from this set.", [], .none) { set, _, _ in
      for value in set.values { try set.remove(value) }
      return .none
    },
    define("copy", "Return a shallow copy of a set.", [], .none) { set, _, _ in
      .object(try PySet(set.values))
    },
    define("union", "Return the union of sets as a new set.", ["*others"]) {
      set, bound, evaluator in
      var values = set.values
      for other in bound.extraPositional { values += try evaluator.collect(other) }
      return .object(try PySet(values))
    },
    define("intersection", "Return the intersection of sets as a new set.", ["*others"]) {
      set, bound, evaluator in
      var values = set.values
      for other in bound.extraPositional {
        let members = try PySet(try evaluator.collect(other))
        values = try values.filter { try members.has($0) }
      }
      return .object(try PySet(values))
    },
    define("difference", "Return the difference of two or more sets as a new set.", ["*others"]) {
      set, bound, evaluator in
      var values = set.values
      for other in bound.extraPositional {
        let members = try PySet(try evaluator.collect(other))
        values = try values.filter { try !members.has($0) }
      }
      return .object(try PySet(values))
    },
    define("symmetric_difference",
      "Return the symmetric difference of two sets as a new set.", ["other"], .one
    ) { set, bound, evaluator in
      let other = try PySet(try evaluator.collect(MethodTable.argument(bound, "other")))
      let values =
        try set.values.filter { try !other.has($0) } + other.values.filter { try !set.has($0) }
      return .object(try PySet(values))
    },
    define("update", "Update a set with the union of itself and others.", ["*others"]) {
      set, bound, evaluator in
      for other in bound.extraPositional {
        for value in try evaluator.collect(other) { try set.insert(value) }
      }
      return .none
    },
    define("issubset", "Report whether another set contains this set.", ["other"], .one) {
      set, bound, evaluator in
      let other = try PySet(try evaluator.collect(MethodTable.argument(bound, "other")))
      return .bool(try set.values.allSatisfy { try other.has($0) })
    },
    define("issuperset", "Report whether this set contains another set.", ["other"], .one) {
      set, bound, evaluator in
      let other = try evaluator.collect(MethodTable.argument(bound, "other"))
      return .bool(try other.allSatisfy { try set.has($0) })
    },
    define("isdisjoint", "Return True if two sets have a null intersection.", ["other"], .one) {
      set, bound, evaluator in
      let other = try evaluator.collect(MethodTable.argument(bound, "other"))
      return .bool(try !other.contains { try set.has($0) })
    },
  ]

  /// A set method.
  private static func define(
    _ name: String, _ doc: String, _ parameters: [String], _ arity: MethodTable.Arity = .bind,
    _ body: @escaping (PySet, BoundArguments, Evaluator) throws -> Value
  ) -> BuiltinFunction {
    let signature: String
    switch arity {
    case .none: signature = "(self, /)"
    case .one: signature = "(self, \(parameters.first ?? "other"), /)"
    case .bind: signature = "(self, /, *others)"
    }
    return MethodTable.define(
      "set", PySet.self, name, signature: signature, doc: doc, parameters, arity: arity, body)
  }
}
