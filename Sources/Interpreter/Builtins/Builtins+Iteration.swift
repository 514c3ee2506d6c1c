/// Iteration builtins: `range`-free helpers such as `enumerate`, `zip`, `map`, `sorted`.
extension Builtins {
  static let iterationFunctions: [BuiltinFunction] = [
    BuiltinFunction("enumerate", signature: "(iterable, start=0)", doc: "Yield (index, item) pairs.") { arguments, evaluator in
      let bound = try arguments.bind("enumerate", ["iterable", "start="])
      let iterator = try evaluator.iterate(bound.values["iterable"] ?? .none)
      var index = try bound["start"].map { try int($0) } ?? 0
      return .object(
        IteratorObject(
          ClosureIterator {
            guard let item = try iterator.next() else { return nil }
            defer { index += 1 }
            return .tuple([.int(index), item])
          }, name: "enumerate"))
    },
    BuiltinFunction("zip", signature: "(*iterables, strict=False)", doc: "Yield tuples of items taken in parallel.") { arguments, evaluator in
      let bound = try arguments.bind("zip", ["*iterables", "strict="])
      let iterators = try bound.extraPositional.map(evaluator.iterate)
      return .object(
        IteratorObject(
          ClosureIterator {
            guard !iterators.isEmpty else { return nil }
            var items: [Value] = []
            for iterator in iterators {
              guard let item = try iterator.next() else { return nil }
              items.append(item)
            }
            return .tuple(items)
          }, name: "zip"))
    },
    BuiltinFunction("map", signature: "(function, *iterables)", doc: "Apply a function to every item.") { arguments, evaluator in
      let bound = try arguments.bind("map", ["function", "*iterables"])
      let function = bound.values["function"] ?? .none
      let iterators = try bound.extraPositional.map(evaluator.iterate)
      guard !iterators.isEmpty else { throw PyError.typeError("map() must have at least two arguments.") }
      return .object(
        IteratorObject(
          ClosureIterator {
            var items: [Value] = []
            for iterator in iterators {
              guard let item = try iterator.next() else { return nil }
              items.append(item)
            }
            return try evaluator.call(function, Arguments(items))
          }, name: "map"))
    },
    BuiltinFunction("filter", signature: "(function, iterable, /)", doc: "Keep the items for which function(item) is true.") { arguments, evaluator in
      let bound = try arguments.bind("filter", ["function", "iterable"])
      let function = bound.values["function"] ?? .none
      let iterator = try evaluator.iterate(bound.values["iterable"] ?? .none)
      return .object(
        IteratorObject(
          ClosureIterator {
            while let item = try iterator.next() {
              let keep = function.isNone ? item : try evaluator.call(function, Arguments([item]))
              if try evaluator.truthy(keep) { return item }
            }
            return nil
          }, name: "filter"))
    },
    BuiltinFunction("sorted", signature: "(iterable, /, *, key=None, reverse=False)", doc: "Return a new sorted list.") { arguments, evaluator in
      let bound = try arguments.bind("sorted", ["iterable", "*", "key=", "reverse="])
      let items = try evaluator.collect(bound.values["iterable"] ?? .none)
      return .list(try sortValues(items, key: bound["key"], reverse: bound["reverse"], evaluator))
    },
    BuiltinFunction("reversed", signature: "(sequence, /)") { arguments, evaluator in
      let items = try evaluator.collect(try arguments.bind("reversed", ["sequence"]).values["sequence"] ?? .none)
      return .object(IteratorObject(ArrayIterator(items.reversed()), name: "list_reverseiterator"))
    },
    BuiltinFunction("any", signature: "(iterable, /)") { arguments, evaluator in
      let iterator = try evaluator.iterate(try arguments.bind("any", ["iterable"]).values["iterable"] ?? .none)
      while let item = try iterator.next() {
        if try evaluator.truthy(item) { return .bool(true) }
      }
      return .bool(false)
    },
    BuiltinFunction("all", signature: "(iterable, /)") { arguments, evaluator in
      let iterator = try evaluator.iterate(try arguments.bind("all", ["iterable"]).values["iterable"] ?? .none)
      while let item = try iterator.next() {
        if !(try evaluator.truthy(item)) { return .bool(false) }
      }
      return .bool(true)
    },
    BuiltinFunction("iter", signature: "(iterable, /)") { arguments, evaluator in
      let value = try arguments.bind("iter", ["iterable"]).values["iterable"] ?? .none
      if value.as(IteratorObject.self) != nil { return value }
      return .object(IteratorObject(try evaluator.iterate(value), name: "iterator"))
    },
    BuiltinFunction("next", signature: "(iterator[, default])") { arguments, evaluator in
      let bound = try arguments.bind("next", ["iterator", "default="])
      let value = bound.values["iterator"] ?? .none
      guard let iterator = value.as(IteratorObject.self) else {
        throw PyError.typeError("'\(value.typeName)' object is not an iterator")
      }
      if let item = try iterator.iterator.next() { return item }
      if let fallback = bound.values["default"] { return fallback }
      throw PyError(ExceptionObject(type: .stopIteration, args: []))
    },
  ]

  /// Stable sort with an optional key function, raising TypeError for unorderable items.
  public static func sortValues(_ items: [Value], key: Value?, reverse: Value?, _ evaluator: Evaluator)
    throws -> [Value]
  {
    let keys = try items.map { item in try key.map { try evaluator.call($0, Arguments([item])) } ?? item }
    var failure: Error?
    var order = Array(items.indices)
    order.sort { a, b in
      guard failure == nil else { return false }
      do {
        return try evaluator.truthy(evaluator.compare(.less, keys[a], keys[b]))
      } catch {
        failure = error
        return false
      }
    }
    if let failure { throw failure }
    var sorted = order.map { items[$0] }
    if let reverse, try evaluator.truthy(reverse) {
      // Reverse while keeping equal items in their original order, as Python does.
      order.sort { a, b in
        (try? evaluator.truthy(evaluator.compare(.greater, keys[a], keys[b]))) ?? false
      }
      sorted = order.map { items[$0] }
    }
    return sorted
  }
}
