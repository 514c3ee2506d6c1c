import Interpreter
import Tensor

/// `ndarray` attributes (`shape`, `dtype`, `T`, ...) and methods (`reshape`, `sum`, ...).
extension NDArray {
  /// Every attribute and method name, for completion and `dir()`.
  static let attributeNameList: [String] = (
    [
      "T", "astype", "clip", "copy", "dot", "dtype", "fill", "flatten", "item", "itemsize",
      "nbytes", "ndim", "nonzero", "ravel", "repeat", "reshape", "round", "shape", "size", "sort",
      "argsort", "squeeze", "swapaxes", "tolist", "transpose",
    ] + Array(NumpyReduce.parameters.keys)
  ).sorted()

  /// The attribute `name`, or nil when there is none.
  func attribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    if NumpyReduce.parameters[name] != nil { return NumpyReduce.method(name, tensor) }
    switch name {
    case "shape": return .tuple(tensor.shape.map(Value.int))
    case "ndim": return .int(tensor.ndim)
    case "size": return .int(tensor.size)
    case "dtype": return .object(DTypeObject(tensor.dtype))
    case "itemsize": return .int(tensor.dtype.itemSize)
    case "nbytes": return .int(tensor.dtype.itemSize * tensor.size)
    case "T": return NumpyConvert.array(tensor.transposed())
    default: return methodAttribute(name, evaluator)
    }
  }

  private func method(
    _ name: String, _ parameters: [String], _ body: @escaping (BoundArguments, Evaluator) throws -> Value
  ) -> Value {
    .object(
      BuiltinFunction(name, signature: "(" + parameters.joined(separator: ", ") + ")") { arguments, evaluator in
        try body(try arguments.bind(name, parameters), evaluator)
      })
  }

  private func methodAttribute(_ name: String, _ evaluator: Evaluator) -> Value? {
    let t = tensor
    switch name {
    case "reshape":
      return method(name, ["*shape", "order="]) { bound, evaluator in
        let shape = try NDArray.shapeArguments(bound.extraPositional, evaluator)
        return NumpyConvert.array(try NumpyErrors.guarded { try t.reshaped(shape) })
      }
    case "repeat":
      return method(name, ["repeats", "axis="]) { bound, evaluator in
        let counts = try NumpyModule.repeatCounts(bound.values["repeats"] ?? .none, evaluator)
        let axis = try NumpyConvert.axis(bound["axis"])
        return NumpyConvert.array(try NumpyErrors.guarded { try t.repeated(counts, axis: axis) })
      }
    case "flatten", "ravel":
      return method(name, ["order="]) { _, _ in NumpyConvert.array(t.flattened()) }
    case "copy":
      return method(name, ["order="]) { _, _ in NumpyConvert.array(t) }
    case "astype":
      return method(name, ["dtype", "order=", "casting=", "subok=", "copy="]) { bound, _ in
        NumpyConvert.array(t.astype(try NumpyTypes.dtype(bound.values["dtype"] ?? .none)))
      }
    case "tolist":
      return method(name, []) { _, _ in NDArray.list(t) }
    case "item":
      return method(name, ["*args"]) { bound, _ in
        let scalar: Scalar = try NumpyErrors.guarded {
          if bound.extraPositional.isEmpty { return try t.item() }
          let indices = try bound.extraPositional.map(NumpyConvert.int)
          if indices.count == 1, t.ndim != 1 {
            let flat = indices[0] < 0 ? indices[0] + t.size : indices[0]
            guard flat >= 0 && flat < t.size else { throw PyError.indexError("index \(indices[0]) is out of bounds for size \(t.size)") }
            return t.element(at: flat)
          }
          return try t.scalar(at: indices)
        }
        return NDArray.python(scalar, t.dtype)
      }
    case "round":
      return method(name, ["decimals=", "out="]) { bound, _ in
        NumpyConvert.wrap(t.rounded(decimals: try bound["decimals"].map(NumpyConvert.int) ?? 0))
      }
    case "clip":
      return method(name, ["min=", "max="]) { bound, evaluator in
        try NumpyFunctions.clip(t, bound["min"], bound["max"], evaluator)
      }
    case "dot":
      return method(name, ["b"]) { bound, evaluator in
        let other = try NumpyConvert.tensor(bound.values["b"] ?? .none, evaluator)
        return NumpyConvert.wrap(try NumpyErrors.guarded { try t.dot(other) })
      }
    case "transpose":
      return method(name, ["*axes"]) { bound, evaluator in
        if bound.extraPositional.isEmpty || bound.extraPositional.first?.isNone == true {
          return NumpyConvert.array(t.transposed())
        }
        let axes = try NDArray.shapeArguments(bound.extraPositional, evaluator)
        return NumpyConvert.array(try NumpyErrors.guarded { try t.transposed(axes) })
      }
    case "swapaxes":
      return method(name, ["axis1", "axis2"]) { bound, _ in
        let a = try NumpyConvert.int(bound.values["axis1"] ?? .none)
        let b = try NumpyConvert.int(bound.values["axis2"] ?? .none)
        return NumpyConvert.array(try NumpyErrors.guarded { try t.swapAxes(a, b) })
      }
    case "squeeze":
      return method(name, ["axis="]) { bound, _ in
        NumpyConvert.array(try NumpyErrors.guarded { try t.squeezed(try NumpyConvert.axis(bound["axis"])) })
      }
    case "nonzero":
      return method(name, []) { _, _ in .tuple(t.nonzero().map(NumpyConvert.array)) }
    case "argsort":
      return method(name, ["axis=", "kind=", "order="]) { bound, _ in
        try NumpyFunctions.argsort(t, axis: bound.values["axis"] ?? .int(-1))
      }
    case "sort":
      return method(name, ["axis=", "kind=", "order="]) { [self] bound, _ in
        self.tensor = try NumpyFunctions.sorted(t, axis: bound.values["axis"] ?? .int(-1))
        return .none
      }
    case "fill":
      return method(name, ["value"]) { [self] bound, _ in
        let value = try NumpyConvert.scalar(bound.values["value"] ?? .none)
        self.tensor = try NumpyErrors.guarded { try Tensor.full(t.shape, value, dtype: t.dtype) }
        return .none
      }
    case "__abs__":
      return method(name, []) { _, _ in NumpyConvert.wrap(try NumpyErrors.guarded { try t.unary(.abs) }) }
    default: return nil
    }
  }

  /// A shape given as varargs (`reshape(2, 3)`) or one tuple (`reshape((2, 3))`).
  static func shapeArguments(_ values: [Value], _ evaluator: Evaluator) throws -> [Int] {
    if values.count == 1 { return try NumpyConvert.shape(values[0], evaluator) }
    return try values.map(NumpyConvert.int)
  }

  /// A Python number for an element.
  static func python(_ scalar: Scalar, _ dtype: DType) -> Value {
    switch dtype {
    case .bool: return .bool(scalar.doubleValue != 0)
    case .int64:
      if case .int(let int) = scalar { return .int(int) }
      return .int(Int(scalar.doubleValue))
    case .float32: return .float(Double(Float(scalar.doubleValue)))
    case .float64: return .float(scalar.doubleValue)
    }
  }

  /// `tolist()`: nested lists of Python numbers.
  static func list(_ tensor: Tensor) -> Value {
    func build(_ axis: Int, _ offset: Int, _ strides: [Int]) -> Value {
      if axis == tensor.ndim { return python(tensor.element(at: offset), tensor.dtype) }
      let items = (0..<tensor.shape[axis]).map { build(axis + 1, offset + $0 * strides[axis], strides) }
      return .list(items)
    }
    var strides = [Int](repeating: 1, count: tensor.ndim)
    var step = 1
    for axis in stride(from: tensor.ndim - 1, through: 0, by: -1) {
      strides[axis] = step
      step *= tensor.shape[axis]
    }
    return build(0, 0, strides)
  }
}
