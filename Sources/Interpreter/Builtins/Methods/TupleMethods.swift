/// The methods of `tuple`.
enum TupleMethods {
  /// Every `tuple` method.
  static let all: [BuiltinFunction] = [
    MethodTable.define(
      "tuple", PyTuple.self, "index", signature: "(self, value, start=0, stop=sys.maxsize, /)",
      doc: "Return first index of value. Raises ValueError if the value is not present.",
      ["value", "start=", "stop="]
    ) { tuple, bound, evaluator in
      let value = bound.values["value"] ?? .none
      for index in try ListMethods.window(bound, count: tuple.items.count)
      where try evaluator.equals(tuple.items[index], value) {
        return .int(index)
      }
      throw PyError.valueError("tuple.index(x): x not in tuple")
    },
    MethodTable.define(
      "tuple", PyTuple.self, "count", signature: "(self, value, /)",
      doc: "Return number of occurrences of value.", ["value"], arity: .one
    ) { tuple, bound, evaluator in
      let value = MethodTable.argument(bound, "value")
      return .int(try tuple.items.filter { try evaluator.equals($0, value) }.count)
    },
  ]
}
