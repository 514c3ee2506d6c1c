import Interpreter
import Tensor

/// Shape manipulation, joining and repeating: `reshape`, `transpose`, `concatenate`, `stack`,
/// `repeat`, `tile`, ...
extension NumpyModule {
  static func defineShape(in module: PyModule) {
    define(module, "reshape", ["a", "shape"], doc: "Gives a new shape to an array without changing its data.") { bound, evaluator in
      let shape = try NumpyConvert.shape(bound.values["shape"] ?? .none, evaluator)
      return NumpyConvert.array(try tensor(bound, "a", evaluator).reshaped(shape))
    }
    define(module, "ravel", ["a"], doc: "Return a contiguous flattened array.") { bound, evaluator in
      NumpyConvert.array(try tensor(bound, "a", evaluator).flattened())
    }
    define(module, "transpose", ["a", "axes="], doc: "Returns an array with axes transposed.") { bound, evaluator in
      let t = try tensor(bound, "a", evaluator)
      guard let axes = bound["axes"] else { return NumpyConvert.array(t.transposed()) }
      return NumpyConvert.array(try t.transposed(try NumpyConvert.shape(axes, evaluator)))
    }
    define(module, "expand_dims", ["a", "axis"], doc: "Expand the shape of an array.") { bound, evaluator in
      let axis = try NumpyConvert.int(bound.values["axis"] ?? .none)
      return NumpyConvert.array(try tensor(bound, "a", evaluator).expandDims(axis))
    }
    define(module, "squeeze", ["a", "axis="], doc: "Remove axes of length one.") { bound, evaluator in
      NumpyConvert.array(try tensor(bound, "a", evaluator).squeezed(try NumpyConvert.axis(bound["axis"])))
    }
    define(module, "shape", ["a"], doc: "Return the shape of an array.") { bound, evaluator in
      .tuple(try tensor(bound, "a", evaluator).shape.map(Value.int))
    }
    define(module, "ndim", ["a"], doc: "Return the number of dimensions of an array.") { bound, evaluator in
      .int(try tensor(bound, "a", evaluator).ndim)
    }
    define(module, "size", ["a"], doc: "Return the number of elements.") { bound, evaluator in
      .int(try tensor(bound, "a", evaluator).size)
    }
    define(module, "concatenate", ["arrays", "axis="], doc: "Join a sequence of arrays along an existing axis.") { bound, evaluator in
      let arrays = try sequence(bound.values["arrays"] ?? .none, evaluator)
      guard let axisValue = bound.values["axis"], axisValue.isNone else {
        let axis = try bound["axis"].map(NumpyConvert.int) ?? 0
        return NumpyConvert.array(try Tensor.concatenate(arrays, axis: axis))
      }
      return NumpyConvert.array(try Tensor.concatenate(arrays.map { $0.flattened() }, axis: 0))
    }
    define(module, "stack", ["arrays", "axis="], doc: "Join a sequence of arrays along a new axis.") { bound, evaluator in
      let axis = try bound["axis"].map(NumpyConvert.int) ?? 0
      return NumpyConvert.array(try Tensor.stack(try sequence(bound.values["arrays"] ?? .none, evaluator), axis: axis))
    }
    define(module, "hstack", ["tup"], doc: "Stack arrays in sequence horizontally (column wise).") { bound, evaluator in
      NumpyConvert.array(try Tensor.hstack(try sequence(bound.values["tup"] ?? .none, evaluator)))
    }
    define(module, "vstack", ["tup"], doc: "Stack arrays in sequence vertically (row wise).") { bound, evaluator in
      NumpyConvert.array(try Tensor.vstack(try sequence(bound.values["tup"] ?? .none, evaluator)))
    }
    define(module, "column_stack", ["tup"], doc: "Stack 1-D arrays as columns into a 2-D array.") { bound, evaluator in
      NumpyConvert.array(try Tensor.columnStack(try sequence(bound.values["tup"] ?? .none, evaluator)))
    }
    define(module, "repeat", ["a", "repeats", "axis="], doc: "Repeat each element of an array after themselves.") {
      bound, evaluator in
      let counts = try repeatCounts(bound.values["repeats"] ?? .none, evaluator)
      let axis = try NumpyConvert.axis(bound["axis"])
      return NumpyConvert.array(try tensor(bound, "a", evaluator).repeated(counts, axis: axis))
    }
    define(module, "tile", ["A", "reps"], doc: "Construct an array by repeating A the number of times given by reps.") {
      bound, evaluator in
      let reps = try repeatCounts(bound.values["reps"] ?? .none, evaluator, floats: false)
      return NumpyConvert.array(try tensor(bound, "A", evaluator).tiled(reps))
    }
  }

  /// The counts of `repeat`'s `repeats` and `tile`'s `reps`: an int, or integers (a sequence
  /// or an array), flattened. `repeat` truncates floats toward zero, as NumPy's cast does;
  /// `tile` takes integers only.
  static func repeatCounts(_ value: Value, _ evaluator: Evaluator, floats: Bool = true) throws -> [Int] {
    if let count = try? NumpyConvert.int(value) { return [count] }
    let counts = try NumpyConvert.tensor(value, evaluator)
    guard counts.dtype.isFloatingPoint else { return counts.ints }
    guard floats else { throw PyError.typeError("'float' object cannot be interpreted as an integer") }
    return try counts.doubles.map { x in
      guard let count = Int(exactly: x.rounded(.towardZero)) else {
        throw PyError.valueError("cannot convert float \(x) to integer")
      }
      return count
    }
  }

  /// The arrays of a sequence argument (`np.concatenate((a, b))`).
  private static func sequence(_ value: Value, _ evaluator: Evaluator) throws -> [Tensor] {
    if let array = value.as(NDArray.self) {
      guard array.tensor.ndim > 0 else { throw PyError.valueError("need at least one array to concatenate") }
      return try (0..<array.tensor.shape[0]).map { try array.tensor.get([.int($0)]) }
    }
    return try evaluator.collect(value).map { try NumpyConvert.tensor($0, evaluator) }
  }
}
