import Interpreter
import Tensor

/// A `numpy.dtype` instance (`a.dtype`): prints `dtype('float64')`, compares equal to its
/// name, to `np.float64` and to other dtypes.
final class DTypeObject: PyObject {
  /// The element type it describes.
  let dtype: DType

  /// `numpy.dtype`, callable as `np.dtype("float32")`.
  static let type = PyType(
    name: "dtype", module: "numpy", bases: [.object], documentation: "Describes the element type of an array."
  ) { arguments, _ in
    let bound = try arguments.bind("dtype", ["dtype"])
    return .object(DTypeObject(try NumpyTypes.dtype(bound.values["dtype"] ?? .none)))
  }

  /// Wraps a dtype.
  init(_ dtype: DType) { self.dtype = dtype }

  /// `numpy.dtype`.
  var pyType: PyType { DTypeObject.type }

  /// `dtype('float64')`.
  func repr() -> String { "dtype('\(dtype.name)')" }

  /// `float64`.
  func str() -> String { dtype.name }

  /// `name`, `itemsize`, `kind`, `char` and `type`.
  func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    switch name {
    case "name": return .str(dtype.name)
    case "itemsize": return .int(dtype.itemSize)
    case "kind":
      switch dtype {
      case .bool: return .str("b")
      case .int64: return .str("i")
      case .float32, .float64: return .str("f")
      }
    case "type": return .object(NumpyTypes.type(for: dtype))
    default: return nil
    }
  }

  /// Attribute names for completion.
  func attributeNames() -> [String] { ["itemsize", "kind", "name", "type"] }

  /// `==` / `!=` against names, types and dtypes.
  func compare(_ op: ComparisonOperator, _ other: Value, _ evaluator: Evaluator) throws -> Value? {
    guard op == .equal || op == .notEqual else { return nil }
    let same: Bool
    if case .str(let name) = other {
      same = NumpyTypes.dtype(named: name) == dtype
    } else if let otherType = try? NumpyTypes.dtype(other) {
      same = otherType == dtype
    } else {
      same = false
    }
    return .bool(op == .equal ? same : !same)
  }

  /// Hashes by name, so dtypes work as dict keys.
  func hashValue() throws -> Int? { dtype.name.hashValue }
}
