import Foundation

/// The sequence functions of `random`: choice, shuffle and sample.
extension RandomModule {
  /// `choice`, `shuffle` and `sample`.
  static func defineSequences(_ module: PyModule, _ generator: MersenneTwister) {
    module.define(
      "choice", signature: "(seq)", doc: "Choose a random element from a non-empty sequence."
    ) { arguments, evaluator in
      let sequence = try arguments.bind("choice", ["seq"]).values["seq"] ?? .none
      let count = try evaluator.length(sequence)
      guard count > 0 else { throw PyError.indexError("Cannot choose from an empty sequence") }
      return try evaluator.getItem(sequence, .int(generator.below(count)))
    }
    module.define(
      "shuffle", signature: "(x)", doc: "Shuffle list x in place, and return None."
    ) { arguments, evaluator in
      let value = try arguments.bind("shuffle", ["x"]).values["x"] ?? .none
      guard let list = value.as(PyList.self) else {
        throw PyError.typeError("'\(value.typeName)' object does not support item assignment")
      }
      var index = list.items.count - 1
      while index >= 1 {
        let other = generator.below(index + 1)
        list.items.swapAt(index, other)
        index -= 1
      }
      return .none
    }
    module.define(
      "sample", signature: "(population, k, *, counts=None)",
      doc: "Chooses k unique random elements from a population sequence.\n\n"
        + "Returns a new list containing elements from the population while leaving the "
        + "original population unchanged."
    ) { arguments, evaluator in
      let bound = try arguments.bind("sample", ["population", "k"])
      let population = bound.values["population"] ?? .none
      guard population.as(PySet.self) == nil, population.as(PyDict.self) == nil else {
        throw PyError.typeError(
          "Population must be a sequence.  For dicts or sets, use sorted(d).")
      }
      let k = try Builtins.int(bound.values["k"] ?? .none)
      // A range is sampled by index, never listed: `sample(range(10**18), 3)` is instant.
      if let range = population.as(PyRange.self) {
        return .list(try sample(count: try range.count, k, generator) { .int(range.element($0)) })
      }
      let items = try evaluator.collect(population)
      return .list(try sample(count: items.count, k, generator) { items[$0] })
    }
  }

  /// CPython's `sample` over the `n` elements `element(0..<n)`: a partial shuffle of a pool for
  /// small populations, rejection of repeated indices for large ones (same draws as CPython).
  static func sample(
    count n: Int, _ k: Int, _ generator: MersenneTwister, element: (Int) -> Value
  ) throws -> [Value] {
    guard k >= 0, k <= n else {
      throw PyError.valueError("Sample larger than population or is negative")
    }
    var setSize = 21
    if k > 5 {
      setSize += Int(Foundation.pow(4, Foundation.ceil(Foundation.log(Double(k * 3)) / Foundation.log(4))))
    }
    var result: [Value] = []
    result.reserveCapacity(k)
    if n <= setSize {
      var pool = (0..<n).map(element)
      for i in 0..<k {
        let j = generator.below(n - i)
        result.append(pool[j])
        pool[j] = pool[n - i - 1]
      }
    } else {
      var selected = Set<Int>()
      for _ in 0..<k {
        var j = generator.below(n)
        while selected.contains(j) { j = generator.below(n) }
        selected.insert(j)
        result.append(element(j))
      }
    }
    return result
  }
}
