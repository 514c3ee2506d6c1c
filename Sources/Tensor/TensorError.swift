/// Errors raised by tensor operations, worded like NumPy's.
public enum TensorError: Error, Equatable, CustomStringConvertible {
  /// Shapes that cannot be broadcast together.
  case broadcast(shapes: [[Int]])
  /// A value that cannot be broadcast into an assignment target.
  case assignBroadcast(value: [Int], target: [Int])
  /// A matmul core-dimension mismatch.
  case matmulMismatch(operandSize: Int, expected: Int)
  /// Matmul on a 0-d operand.
  case matmulScalar(operand: Int)
  /// A reshape to an incompatible shape.
  case reshape(size: Int, shape: [Int])
  /// More than one `-1` in a reshape.
  case reshapeUnknown
  /// An index outside an axis.
  case indexOutOfBounds(index: Int, axis: Int, size: Int)
  /// Too many indices for the array's rank.
  case tooManyIndices(ndim: Int, indexed: Int)
  /// A boolean mask whose shape does not match.
  case booleanMismatch(axis: Int, size: Int, maskSize: Int)
  /// More than one ellipsis.
  case multipleEllipsis
  /// Float arrays used as indices.
  case nonIntegerIndexArray
  /// A zero slice step.
  case zeroStep
  /// An axis out of range.
  case axis(axis: Int, ndim: Int)
  /// A repeated axis in a permutation.
  case repeatedAxis
  /// A permutation of the wrong length.
  case axesDontMatch
  /// A reduction over an empty array without identity.
  case emptyReduction(operation: String)
  /// argmax/argmin of an empty array.
  case emptyArg(operation: String)
  /// Join of arrays whose shapes differ.
  case concatenateMismatch(dimension: Int, firstSize: Int, index: Int, size: Int)
  /// Join of arrays with different ranks.
  case concatenateRank(firstRank: Int, index: Int, rank: Int)
  /// Stack of arrays with different shapes.
  case stackShapes
  /// Join of nothing.
  case needAtLeastOne
  /// A squeeze of an axis whose size is not 1.
  case squeezeNonUnit
  /// Negative dimensions in a shape.
  case negativeDimensions
  /// An array larger than `Tensor.maxBytes`.
  case memory(bytes: Int, shape: [Int], dtype: DType)
  /// A shape whose element count overflows.
  case shapeOverflow
  /// Integers raised to negative integer powers.
  case negativeIntegerPower
  /// An operation the dtype does not support (TypeError).
  case unsupported(String)
  /// A generic ValueError message.
  case value(String)
  /// A data count that does not match the shape.
  case dataCount(count: Int, shape: [Int])
  /// arange with a zero step.
  case zeroDivision

  /// The Python exception class name the error maps to.
  public var pythonTypeName: String {
    switch self {
    case .indexOutOfBounds, .tooManyIndices, .booleanMismatch, .multipleEllipsis,
      .nonIntegerIndexArray:
      return "IndexError"
    case .memory: return "MemoryError"
    case .unsupported: return "TypeError"
    case .axis: return "AxisError"
    case .zeroDivision: return "ZeroDivisionError"
    default: return "ValueError"
    }
  }

  /// The NumPy-worded message.
  public var message: String {
    switch self {
    case .broadcast(let shapes):
      return "operands could not be broadcast together with shapes "
        + shapes.map { shapeString($0, tuple: false) + " " }.joined()
    case .assignBroadcast(let value, let target):
      return "could not broadcast input array from shape \(shapeString(value)) into shape \(shapeString(target))"
    case .matmulMismatch(let operandSize, let expected):
      return "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size \(operandSize) is different from \(expected))"
    case .matmulScalar(let operand):
      return "matmul: Input operand \(operand) does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)"
    case .reshape(let size, let shape):
      return "cannot reshape array of size \(size) into shape \(shapeString(shape))"
    case .reshapeUnknown: return "can only specify one unknown dimension"
    case .indexOutOfBounds(let index, let axis, let size):
      return "index \(index) is out of bounds for axis \(axis) with size \(size)"
    case .tooManyIndices(let ndim, let indexed):
      return "too many indices for array: array is \(ndim)-dimensional, but \(indexed) were indexed"
    case .booleanMismatch(let axis, let size, let maskSize):
      return "boolean index did not match indexed array along axis \(axis); size of axis is \(size) but size of corresponding boolean axis is \(maskSize)"
    case .multipleEllipsis: return "an index can only have a single ellipsis ('...')"
    case .nonIntegerIndexArray: return "arrays used as indices must be of integer (or boolean) type"
    case .zeroStep: return "slice step cannot be zero"
    case .axis(let axis, let ndim):
      return "axis \(axis) is out of bounds for array of dimension \(ndim)"
    case .repeatedAxis: return "repeated axis in transpose"
    case .axesDontMatch: return "axes don't match array"
    case .emptyReduction(let op):
      return "zero-size array to reduction operation \(op) which has no identity"
    case .emptyArg(let op): return "attempt to get \(op) of an empty sequence"
    case .concatenateMismatch(let dim, let first, let index, let size):
      return "all the input array dimensions except for the concatenation axis must match exactly, but along dimension \(dim), the array at index 0 has size \(first) and the array at index \(index) has size \(size)"
    case .concatenateRank(let first, let index, let rank):
      return "all the input arrays must have same number of dimensions, but the array at index 0 has \(first) dimension(s) and the array at index \(index) has \(rank) dimension(s)"
    case .stackShapes: return "all input arrays must have the same shape"
    case .needAtLeastOne: return "need at least one array to concatenate"
    case .squeezeNonUnit:
      return "cannot select an axis to squeeze out which has size not equal to one"
    case .negativeDimensions: return "negative dimensions are not allowed"
    case .memory(let bytes, let shape, let dtype):
      return "Unable to allocate \(byteString(bytes)) for an array with shape \(shapeString(shape)) and data type \(dtype.name)"
    case .shapeOverflow: return "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size."
    case .negativeIntegerPower: return "Integers to negative integer powers are not allowed."
    case .unsupported(let m), .value(let m): return m
    case .dataCount(let count, let shape):
      return "cannot reshape array of size \(count) into shape \(shapeString(shape))"
    case .zeroDivision: return "division by zero"
    }
  }

  /// `message`, so that errors print like Python's.
  public var description: String { message }
}

/// Formats a shape as a Python tuple: `(2, 3)`, `(3,)`, `()`.
public func shapeString(_ shape: [Int], tuple: Bool = true) -> String {
  let sep = tuple ? ", " : ","
  if shape.count == 1 { return "(\(shape[0]),)" }
  return "(" + shape.map(String.init).joined(separator: sep) + ")"
}

/// Formats a byte count like NumPy's MemoryError: the unit whose count rounds below 1024, then
/// three significant digits, keeping trailing zeros (`4.00 EiB`, `14.6 TiB`, `256. GiB`), or a
/// whole number with its point from 1000 up (`1000. MiB`); under 1 KiB, `512 bytes`.
func byteString(_ bytes: Int) -> String {
  let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
  var unit = max(Int.bitWidth - bytes.leadingZeroBitCount - 1, 1) / 10
  var count = Double(bytes) / Double(1 << (10 * unit))
  if count.rounded() == 1024 && unit < units.count - 1 {
    unit += 1
    count /= 1024
  }
  if unit == 0 { return "\(bytes) bytes" }
  // Two decimals below 10, one below 100, none below 1000, judged after rounding.
  var decimals = 2
  var scaled = (count * 100).rounded()
  while decimals > 0 && scaled >= 1000 {
    decimals -= 1
    scaled = (count * [1.0, 10.0, 100.0][decimals]).rounded()
  }
  let digits = String(Int(scaled))
  if decimals == 0 { return "\(digits). \(units[unit])" }
  let point = digits.index(digits.endIndex, offsetBy: -decimals)
  return "\(digits[..<point]).\(digits[point...]) \(units[unit])"
}
