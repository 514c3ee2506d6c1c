import Interpreter
import Tensor

/// The NumPy scalar types (`np.float64`, `np.int64`, ...), usable as `dtype=` values and
/// callable as converters (`np.float32(0.5)`).
enum NumpyTypes {
  /// `numpy.float64`.
  static let float64 = scalarType("float64", .float64, "Double-precision floating-point number type.")
  /// `numpy.float32`.
  static let float32 = scalarType("float32", .float32, "Single-precision floating-point number type.")
  /// `numpy.int64`.
  static let int64 = scalarType("int64", .int64, "Signed 64-bit integer type.")
  /// `numpy.bool`.
  static let bool = scalarType("bool", .bool, "Boolean type (True or False).")

  /// The names a `dtype=` string may use, offered by completion.
  static let dtypeNames = ["float32", "float64", "int32", "int64", "bool"]

  /// The scalar type for a dtype.
  static func type(for dtype: DType) -> PyType {
    switch dtype {
    case .float64: return float64
    case .float32: return float32
    case .int64: return int64
    case .bool: return bool
    }
  }

  private static func scalarType(_ name: String, _ dtype: DType, _ doc: String) -> PyType {
    PyType(name: name, module: "numpy", bases: [.object], documentation: doc) { arguments, evaluator in
      let bound = try arguments.bind(name, ["x="])
      guard let value = bound.values["x"] else { return NumpyConvert.wrap(Tensor(scalar: .int(0), dtype: dtype)) }
      if case .str(let text) = value {
        guard let number = Double(text.trimmingCharacters(in: .whitespaces)) else {
          throw PyError.valueError("could not convert string to float: '\(text)'")
        }
        return NumpyConvert.wrap(Tensor(scalar: .float(number), dtype: dtype))
      }
      let tensor = try NumpyConvert.tensor(value, evaluator)
      return NumpyConvert.wrap(tensor.astype(dtype))
    }
  }

  /// The dtype a `dtype=` argument names: a string, a Python type, a NumPy scalar type or a
  /// dtype object.
  static func dtype(_ value: Value) throws -> DType {
    switch value {
    case .str(let name):
      if let dtype = dtype(named: name) { return dtype }
      let hint = Suggestions.didYouMean(name, in: dtypeNames)
      throw PyError.typeError("data type '\(name)' not understood\(hint)")
    case .object(let object):
      if let dtypeObject = object as? DTypeObject { return dtypeObject.dtype }
      if let type = object as? PyType {
        if type === PyType.float { return .float64 }
        if type === PyType.int { return .int64 }
        if type === PyType.bool { return .bool }
        for dtype in DType.allCases where self.type(for: dtype) === type { return dtype }
      }
    default: break
    }
    throw PyError.typeError("Cannot interpret '\(Evaluator.reprOf(value))' as a data type")
  }

  /// The dtype of a spelling NumPy accepts (`"float32"`, `"f8"`, `"int"`), or nil.
  static func dtype(named name: String) -> DType? {
    switch name {
    case "float64", "float", "f8", "d", "double", "float_": return .float64
    case "float32", "f4", "f", "single": return .float32
    case "int64", "int", "i8", "int32", "i4", "int_", "long": return .int64
    case "bool", "bool_", "?", "b1": return .bool
    default: return nil
    }
  }

  /// The optional `dtype=` argument of a bound call.
  static func dtype(_ bound: BoundArguments, _ name: String = "dtype") throws -> DType? {
    guard let value = bound[name] else { return nil }
    return try dtype(value)
  }
}
