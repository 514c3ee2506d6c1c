import Glibc
import Interpreter
import Tensor

/// Element-wise math, comparison and sorting functions of the `numpy` module.
enum NumpyFunctions {
  /// The unary ufuncs by NumPy name.
  static let unaryUfuncs: [(String, UnaryOp, String)] = [
    ("exp", .exp, "Calculate the exponential of all elements in the input array."),
    ("log", .log, "Natural logarithm, element-wise."),
    ("sqrt", .sqrt, "Return the non-negative square-root of an array, element-wise."),
    ("tanh", .tanh, "Compute hyperbolic tangent element-wise."),
    ("sin", .sin, "Trigonometric sine, element-wise."),
    ("cos", .cos, "Cosine element-wise."),
    ("floor", .floor, "Return the floor of the input, element-wise."),
    ("ceil", .ceil, "Return the ceiling of the input, element-wise."),
    ("sign", .sign, "Returns an element-wise indication of the sign of a number."),
    ("abs", .abs, "Calculate the absolute value element-wise."),
    ("absolute", .abs, "Calculate the absolute value element-wise."),
    ("negative", .negative, "Numerical negative, element-wise."),
    ("logical_not", .logicalNot, "Compute the truth value of NOT x element-wise."),
  ]

  /// The binary ufuncs by NumPy name.
  static let binaryUfuncs: [(String, BinaryOp)] = [
    ("add", .add), ("subtract", .subtract), ("multiply", .multiply), ("divide", .divide),
    ("true_divide", .divide), ("floor_divide", .floorDivide), ("mod", .mod), ("remainder", .mod),
    ("power", .power), ("maximum", .maximum), ("minimum", .minimum), ("equal", .equal),
    ("not_equal", .notEqual), ("less", .less), ("less_equal", .lessEqual), ("greater", .greater),
    ("greater_equal", .greaterEqual), ("logical_and", .logicalAnd), ("logical_or", .logicalOr),
    ("logical_xor", .logicalXor),
  ]

  /// Applies a binary ufunc with weak Python scalars on either side.
  static func apply(_ op: BinaryOp, _ a: Value, _ b: Value, _ evaluator: Evaluator) throws -> Value {
    let sa = NumpyConvert.pythonScalar(a)
    let sb = NumpyConvert.pythonScalar(b)
    return try NumpyErrors.guarded {
      if let sa, let sb {
        return NumpyConvert.wrap(try Tensor(scalar: sa).binary(op, scalar: sb))
      }
      if let sb { return NumpyConvert.wrap(try NumpyConvert.tensor(a, evaluator).binary(op, scalar: sb)) }
      if let sa {
        return NumpyConvert.wrap(
          try NumpyConvert.tensor(b, evaluator).binary(op, scalar: sa, reversed: true))
      }
      return NumpyConvert.wrap(
        try NumpyConvert.tensor(a, evaluator).binary(op, NumpyConvert.tensor(b, evaluator)))
    }
  }

  /// `np.log2` / `np.log10`.
  static func logBase(_ x: Tensor, two: Bool) throws -> Tensor {
    switch x.dtype {
    case .float32: return try Tensor(x.floats.map { two ? log2f($0) : log10f($0) }, shape: x.shape)
    default: return try Tensor(x.doubles.map { two ? Glibc.log2($0) : Glibc.log10($0) }, shape: x.shape)
    }
  }

  /// `np.clip(a, a_min, a_max)` with scalar or array bounds.
  static func clip(_ t: Tensor, _ low: Value?, _ high: Value?, _ evaluator: Evaluator) throws -> Value {
    try NumpyErrors.guarded {
      var result = t
      if let low {
        if let s = NumpyConvert.pythonScalar(low) {
          result = try result.binary(.maximum, scalar: s)
        } else {
          result = try result.binary(.maximum, NumpyConvert.tensor(low, evaluator))
        }
      }
      if let high {
        if let s = NumpyConvert.pythonScalar(high) {
          result = try result.binary(.minimum, scalar: s)
        } else {
          result = try result.binary(.minimum, NumpyConvert.tensor(high, evaluator))
        }
      }
      return NumpyConvert.wrap(result)
    }
  }

  /// The rows of `t` along `axis` moved last, with a function to move them back.
  private static func alongAxis(_ t: Tensor, _ axis: Value, _ body: (Tensor) throws -> Tensor) throws -> Tensor {
    try NumpyErrors.guarded {
      if axis.isNone { return try body(t.flattened()) }
      if t.ndim == 0 { return try body(t) }
      let a = try NumpyConvert.int(axis)
      let normalized = a < 0 ? a + t.ndim : a
      guard normalized >= 0 && normalized < t.ndim else { throw TensorError.axis(axis: a, ndim: t.ndim) }
      let last = t.ndim - 1
      let moved = normalized == last ? t : try t.swapAxes(normalized, last)
      let done = try body(moved)
      return normalized == last ? done : try done.swapAxes(normalized, last)
    }
  }

  /// A copy sorted along `axis` (None flattens).
  static func sorted(_ t: Tensor, axis: Value) throws -> Tensor {
    try alongAxis(t, axis) { $0.sorted() }
  }

  /// `np.argsort`: indices sorting each row along `axis`.
  static func argsort(_ t: Tensor, axis: Value) throws -> Value {
    let result = try alongAxis(t, axis) { moved in
      guard moved.ndim > 0 else { return Tensor(scalar: .int(0)) }
      let n = moved.shape[moved.ndim - 1]
      let rows = n == 0 ? 0 : moved.size / n
      let matrix = try moved.reshaped([rows, n])
      var order: [Int] = []
      order.reserveCapacity(moved.size)
      for r in 0..<rows { order += try matrix.get([.int(r)]).sortedOrder() }
      return try Tensor(order, shape: moved.shape)
    }
    return NumpyConvert.array(result)
  }

  /// `np.where(condition, x, y)` or `np.where(condition)`.
  static func whereValue(_ bound: BoundArguments, _ evaluator: Evaluator) throws -> Value {
    let condition = try NumpyConvert.tensor(bound.values["condition"] ?? .none, evaluator)
    let x = bound.values["x"]
    let y = bound.values["y"]
    if x == nil && y == nil {
      return .tuple(condition.astype(.bool).nonzero().map(NumpyConvert.array))
    }
    guard let x, let y else { throw PyError.valueError("either both or neither of x and y should be given") }
    return try NumpyErrors.guarded {
      let a = try weakTensor(x, evaluator, other: y)
      let b = try weakTensor(y, evaluator, other: x)
      return NumpyConvert.wrap(try Tensor.where(condition.astype(.bool), a, b))
    }
  }

  /// A branch of `np.where`: Python scalars take the other branch's dtype kind when weaker.
  private static func weakTensor(_ value: Value, _ evaluator: Evaluator, other: Value) throws -> Tensor {
    guard let scalar = NumpyConvert.pythonScalar(value), NumpyConvert.pythonScalar(other) == nil else {
      return try NumpyConvert.tensor(value, evaluator)
    }
    let partner = try NumpyConvert.tensor(other, evaluator)
    return Tensor(scalar: scalar, dtype: DType.promote(partner.dtype, weak: scalar))
  }
}
