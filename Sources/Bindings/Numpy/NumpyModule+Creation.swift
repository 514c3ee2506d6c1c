import Interpreter
import Tensor

/// Array creation: `array`, `zeros`, `arange`, `linspace`, `eye`, ...
extension NumpyModule {
  static func defineCreation(in module: PyModule) {
    define(module, "array", ["object", "dtype=", "*", "copy=", "ndmin="], doc: "Create an array.") { bound, evaluator in
      var tensor = try NumpyConvert.tensor(bound.values["object"] ?? .none, evaluator, dtype: try NumpyTypes.dtype(bound))
      let ndmin = try bound["ndmin"].map(NumpyConvert.int) ?? 0
      while tensor.ndim < ndmin { tensor = try tensor.expandDims(0) }
      return NumpyConvert.array(tensor)
    }
    define(module, "asarray", ["a", "dtype="], doc: "Convert the input to an array.") { bound, evaluator in
      let value = bound.values["a"] ?? .none
      let dtype = try NumpyTypes.dtype(bound)
      if let array = value.as(NDArray.self), dtype == nil || dtype == array.tensor.dtype { return value }
      return NumpyConvert.array(try NumpyConvert.tensor(value, evaluator, dtype: dtype))
    }
    for (name, fill, doc) in [
      ("zeros", Scalar.int(0), "Return a new array of given shape and type, filled with zeros."),
      ("ones", Scalar.int(1), "Return a new array of given shape and type, filled with ones."),
      ("empty", Scalar.int(0), "Return a new array of given shape and type (zero-filled in Neurona)."),
    ] {
      define(module, name, ["shape", "dtype="], doc: doc) { bound, evaluator in
        let shape = try NumpyConvert.shape(bound.values["shape"] ?? .none, evaluator)
        return NumpyConvert.array(try Tensor.full(shape, fill, dtype: try NumpyTypes.dtype(bound) ?? .float64))
      }
      define(module, name + "_like", ["a", "dtype="], doc: doc) { bound, evaluator in
        let like = try tensor(bound, "a", evaluator)
        return NumpyConvert.array(try Tensor.full(like.shape, fill, dtype: try NumpyTypes.dtype(bound) ?? like.dtype))
      }
    }
    define(module, "full", ["shape", "fill_value", "dtype="], doc: "Return a new array of given shape filled with fill_value.") { bound, evaluator in
      let shape = try NumpyConvert.shape(bound.values["shape"] ?? .none, evaluator)
      let fill = try NumpyConvert.tensor(bound.values["fill_value"] ?? .none, evaluator)
      let dtype = try NumpyTypes.dtype(bound) ?? fill.dtype
      return NumpyConvert.array(try fill.astype(dtype).broadcast(to: shape))
    }
    define(module, "full_like", ["a", "fill_value", "dtype="], doc: "Return a full array with the same shape and type as a given array.") { bound, evaluator in
      let like = try tensor(bound, "a", evaluator)
      let fill = try NumpyConvert.tensor(bound.values["fill_value"] ?? .none, evaluator)
      return NumpyConvert.array(try fill.astype(try NumpyTypes.dtype(bound) ?? like.dtype).broadcast(to: like.shape))
    }
    define(module, "arange", ["start", "stop=", "step=", "dtype="], doc: "Return evenly spaced values within a given interval.") { bound, _ in
      let dtype = try NumpyTypes.dtype(bound)
      let first = try NumpyConvert.scalar(bound.values["start"] ?? .none)
      guard let stop = bound["stop"] else { return NumpyConvert.array(try Tensor.arange(first, dtype: dtype)) }
      let step = try bound["step"].map(NumpyConvert.scalar) ?? .int(1)
      return NumpyConvert.array(try Tensor.arange(first, try NumpyConvert.scalar(stop), step, dtype: dtype))
    }
    define(module, "linspace", ["start", "stop", "num=", "endpoint=", "retstep=", "dtype="], doc: "Return evenly spaced numbers over a specified interval.") { bound, evaluator in
      let start = try NumpyConvert.double(bound.values["start"] ?? .none)
      let stop = try NumpyConvert.double(bound.values["stop"] ?? .none)
      let num = try bound["num"].map(NumpyConvert.int) ?? 50
      let endpoint = try bound["endpoint"].map(evaluator.truthy) ?? true
      return NumpyConvert.array(
        try Tensor.linspace(start, stop, num: num, endpoint: endpoint, dtype: try NumpyTypes.dtype(bound) ?? .float64))
    }
    define(module, "eye", ["N", "M=", "k=", "dtype="], doc: "Return a 2-D array with ones on the diagonal and zeros elsewhere.") { bound, _ in
      let n = try NumpyConvert.int(bound.values["N"] ?? .none)
      let m = try bound["M"].map(NumpyConvert.int)
      let k = try bound["k"].map(NumpyConvert.int) ?? 0
      return NumpyConvert.array(try Tensor.eye(n, m, k: k, dtype: try NumpyTypes.dtype(bound) ?? .float64))
    }
    define(module, "identity", ["n", "dtype="], doc: "Return the identity array.") { bound, _ in
      let n = try NumpyConvert.int(bound.values["n"] ?? .none)
      return NumpyConvert.array(try Tensor.identity(n, dtype: try NumpyTypes.dtype(bound) ?? .float64))
    }
    define(module, "copy", ["a"], doc: "Return an array copy of the given object.") { bound, evaluator in
      NumpyConvert.array(try tensor(bound, "a", evaluator))
    }
  }
}
