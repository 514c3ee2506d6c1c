import Interpreter
import Tensor

/// Counting functions: `bincount`.
extension NumpyModule {
  /// Defines `np.bincount` in `module`.
  static func defineCounting(in module: PyModule) {
    define(
      module, "bincount", ["x", "weights=", "minlength="],
      doc: "Count number of occurrences of each value in array of non-negative ints."
    ) { bound, evaluator in
      let x = try tensor(bound, "x", evaluator)
      guard x.ndim <= 1 else {
        throw PyError.valueError(
          "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.")
      }
      let minlength = try bound["minlength"].map(NumpyConvert.int) ?? 0
      guard minlength >= 0 else { throw PyError.valueError("'minlength' must not be negative") }
      let values = x.ints
      guard values.allSatisfy({ $0 >= 0 }) else {
        throw PyError.valueError("'list' argument must have no negative elements")
      }
      let length = max((values.max() ?? -1) + 1, minlength)
      guard let weightsValue = bound["weights"] else {
        var counts = [Int](repeating: 0, count: length)
        for value in values { counts[value] += 1 }
        return NumpyConvert.array(Tensor(counts))
      }
      let weights = try NumpyConvert.tensor(weightsValue, evaluator).flattened().doubles
      guard weights.count == values.count else {
        throw PyError.valueError("The weights and list don't have the same length.")
      }
      var sums = [Double](repeating: 0, count: length)
      for (value, weight) in zip(values, weights) { sums[value] += weight }
      return NumpyConvert.array(Tensor(sums))
    }
  }
}
