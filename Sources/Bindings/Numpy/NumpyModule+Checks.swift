import Interpreter
import Tensor

/// Floating-point checks (`isnan`, `isinf`, `isfinite`) and discrete differences (`diff`).
extension NumpyModule {
  static func defineChecks(in module: PyModule) {
    define(module, "isnan", ["x"], doc: "Test element-wise for NaN.") { bound, evaluator in
      let x = try tensor(bound, "x", evaluator)
      return NumpyConvert.wrap(try x.binary(.notEqual, x))
    }
    define(module, "isinf", ["x"], doc: "Test element-wise for positive or negative infinity.") {
      bound, evaluator in
      let magnitude = try tensor(bound, "x", evaluator).unary(.abs)
      return NumpyConvert.wrap(try magnitude.binary(.equal, scalar: .float(.infinity)))
    }
    define(module, "isfinite", ["x"], doc: "Test element-wise for finiteness (not infinity and not NaN).") {
      bound, evaluator in
      // NaN compares false with everything, so |x| < inf is exactly "finite".
      let magnitude = try tensor(bound, "x", evaluator).unary(.abs)
      return NumpyConvert.wrap(try magnitude.binary(.less, scalar: .float(.infinity)))
    }
    define(module, "diff", ["a", "n=", "axis="], doc: "The n-th discrete difference along an axis: a[i+1] - a[i].") {
      bound, evaluator in
      var result = try tensor(bound, "a", evaluator)
      let times = try bound["n"].map(NumpyConvert.int) ?? 1
      guard times >= 0 else {
        throw PyError.valueError("order must be non-negative but got \(times)")
      }
      guard result.ndim > 0 else {
        throw PyError.valueError("diff requires input that is at least one dimensional")
      }
      var axis = try bound["axis"].map(NumpyConvert.int) ?? -1
      if axis < 0 { axis += result.ndim }
      guard axis >= 0, axis < result.ndim else {
        throw PyError(.valueError, "axis \(axis) is out of bounds for array of dimension \(result.ndim)")
      }
      for _ in 0..<times {
        var later = [TensorIndex](repeating: .all, count: result.ndim)
        var earlier = later
        later[axis] = .slice(start: 1, stop: nil, step: nil)
        earlier[axis] = .slice(start: nil, stop: -1, step: nil)
        result = try result.get(later).binary(.subtract, result.get(earlier))
      }
      return NumpyConvert.wrap(result)
    }
  }
}
