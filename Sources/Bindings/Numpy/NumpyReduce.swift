import Interpreter
import Tensor

/// The reductions shared by `np.sum(a, ...)` and `a.sum(...)`.
enum NumpyReduce {
  /// The reduction names, each with its parameters after the array.
  static let parameters: [String: [String]] = [
    "sum": ["axis=", "dtype=", "out=", "keepdims="],
    "prod": ["axis=", "dtype=", "out=", "keepdims="],
    "mean": ["axis=", "dtype=", "out=", "keepdims="],
    "std": ["axis=", "dtype=", "out=", "ddof=", "keepdims="],
    "var": ["axis=", "dtype=", "out=", "ddof=", "keepdims="],
    "max": ["axis=", "out=", "keepdims="],
    "min": ["axis=", "out=", "keepdims="],
    "argmax": ["axis=", "out=", "*", "keepdims="],
    "argmin": ["axis=", "out=", "*", "keepdims="],
    "any": ["axis=", "out=", "keepdims="],
    "all": ["axis=", "out=", "keepdims="],
    "cumsum": ["axis=", "dtype=", "out="],
  ]

  /// One-line summaries for help().
  static let docs: [String: String] = [
    "sum": "Sum of array elements over a given axis.",
    "prod": "Product of array elements over a given axis.",
    "mean": "Arithmetic mean along the specified axis.",
    "std": "Standard deviation along the specified axis.",
    "var": "Variance along the specified axis.",
    "max": "Maximum along an axis.",
    "min": "Minimum along an axis.",
    "argmax": "Indices of the maximum values along an axis.",
    "argmin": "Indices of the minimum values along an axis.",
    "any": "Whether any element along an axis is true.",
    "all": "Whether all elements along an axis are true.",
    "cumsum": "Cumulative sum of the elements along an axis.",
  ]

  /// Runs reduction `name` on `tensor` with already-bound arguments.
  static func reduce(_ name: String, _ tensor: Tensor, _ bound: BoundArguments, _ evaluator: Evaluator)
    throws -> Value
  {
    if bound["out"] != nil { throw PyError.typeError("\(name)() does not support out= in Neurona") }
    if let axes = bound["axis"]?.as(PyTuple.self) {
      return try reduce(name, tensor, axes: try axes.items.map(NumpyConvert.int), bound, evaluator)
    }
    let axis = try NumpyConvert.axis(bound["axis"])
    let keepdims = try NumpyConvert.flag(bound["keepdims"], evaluator)
    var input = tensor
    if let dtype = try NumpyTypes.dtype(bound) { input = input.astype(dtype) }
    let ddof = try bound["ddof"].map(NumpyConvert.int) ?? 0
    let result: Tensor = try NumpyErrors.guarded {
      switch name {
      case "sum": return try input.sum(axis: axis, keepdims: keepdims)
      case "prod": return try input.prod(axis: axis, keepdims: keepdims)
      case "mean": return try input.mean(axis: axis, keepdims: keepdims)
      case "std": return try input.std(axis: axis, ddof: ddof, keepdims: keepdims)
      case "var": return try input.variance(axis: axis, ddof: ddof, keepdims: keepdims)
      case "max": return try input.max(axis: axis, keepdims: keepdims)
      case "min": return try input.min(axis: axis, keepdims: keepdims)
      case "argmax": return try input.argmax(axis: axis, keepdims: keepdims)
      case "argmin": return try input.argmin(axis: axis, keepdims: keepdims)
      case "any": return try input.any(axis: axis, keepdims: keepdims)
      case "all": return try input.all(axis: axis, keepdims: keepdims)
      default: return try input.cumsum(axis: axis)
      }
    }
    return NumpyConvert.wrap(result)
  }

  /// A reduction over several axes (`axis=(0, 1)`), one axis at a time.
  private static func reduce(
    _ name: String, _ tensor: Tensor, axes: [Int], _ bound: BoundArguments, _ evaluator: Evaluator
  ) throws -> Value {
    let single = ["sum", "prod", "max", "min", "any", "all"]
    guard single.contains(name) || name == "mean" else {
      throw PyError.typeError("Neurona's numpy accepts a single integer axis for \(name)()")
    }
    let keepdims = try NumpyConvert.flag(bound["keepdims"], evaluator)
    var input = tensor
    if let dtype = try NumpyTypes.dtype(bound) { input = input.astype(dtype) }
    let normalized: [Int] = try axes.map { axis in
      let a = axis < 0 ? axis + input.ndim : axis
      guard a >= 0 && a < input.ndim else { throw NumpyErrors.convert(TensorError.axis(axis: axis, ndim: input.ndim)) }
      return a
    }
    guard Set(normalized).count == normalized.count else {
      throw PyError.valueError("duplicate value in 'axis'")
    }
    let operation = name == "mean" ? "sum" : name
    var result = input
    for axis in normalized.sorted(by: >) {
      result = try NumpyErrors.guarded {
        switch operation {
        case "sum": return try result.sum(axis: axis, keepdims: keepdims)
        case "prod": return try result.prod(axis: axis, keepdims: keepdims)
        case "max": return try result.max(axis: axis, keepdims: keepdims)
        case "min": return try result.min(axis: axis, keepdims: keepdims)
        case "any": return try result.any(axis: axis, keepdims: keepdims)
        default: return try result.all(axis: axis, keepdims: keepdims)
        }
      }
    }
    if name == "mean" {
      let count = normalized.reduce(1) { $0 * input.shape[$1] }
      let floating = result.dtype.isFloatingPoint ? result : result.astype(.float64)
      result = try NumpyErrors.guarded { try floating.binary(.divide, scalar: .int(count)) }
    }
    return NumpyConvert.wrap(result)
  }

  /// `a.name(...)`: the method form.
  static func method(_ name: String, _ tensor: Tensor) -> Value {
    .object(
      BuiltinFunction(name, signature: "(" + (parameters[name] ?? []).joined(separator: ", ") + ")", doc: docs[name]) {
        arguments, evaluator in
        let bound = try arguments.bind(name, parameters[name] ?? [])
        return try reduce(name, tensor, bound, evaluator)
      })
  }

  /// `np.name(a, ...)`: the module function form, accepting lists too.
  static func define(_ name: String, as alias: String? = nil, in module: PyModule) {
    let params = ["a"] + (parameters[name] ?? [])
    module.define(
      alias ?? name, signature: "(" + params.joined(separator: ", ") + ")", doc: docs[name],
      keywords: params.filter { $0.hasSuffix("=") }.map { String($0.dropLast()) }
    ) { arguments, evaluator in
      let bound = try arguments.bind(alias ?? name, params)
      let tensor = try NumpyConvert.tensor(bound.values["a"] ?? .none, evaluator)
      return try reduce(name, tensor, bound, evaluator)
    }
  }
}
