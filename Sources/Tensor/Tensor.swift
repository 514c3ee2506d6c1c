/// An n-dimensional array with NumPy semantics, stored contiguously in
/// row-major order (see `TensorData` for the storage design).
public struct Tensor: Equatable, Sendable {
  /// The size of each dimension.
  public internal(set) var shape: [Int]
  /// The element buffer.
  public internal(set) var data: TensorData

  /// The largest element storage an array may use, in bytes (default 2 GiB).
  ///
  /// Creating anything larger throws `TensorError.memory` before allocating.
  nonisolated(unsafe) public static var maxBytes: Int = 2 << 30

  /// The element type.
  public var dtype: DType { data.dtype }
  /// The number of dimensions.
  public var ndim: Int { shape.count }
  /// The number of elements.
  public var size: Int { data.count }

  /// Creates a tensor from a buffer and a shape, checking they agree.
  public init(data: TensorData, shape: [Int]) throws {
    let count = try Tensor.checkedCount(shape, dtype: data.dtype)
    guard count == data.count else { throw TensorError.dataCount(count: data.count, shape: shape) }
    self.shape = shape
    self.data = data
  }

  /// Creates a tensor without checks (internal, shapes already validated).
  init(unchecked data: TensorData, shape: [Int]) {
    self.shape = shape
    self.data = data
  }

  /// Creates a `float64` tensor from flat values and a shape.
  public init(_ values: [Double], shape: [Int]) throws {
    try self.init(data: .float64(values), shape: shape)
  }

  /// Creates a `float32` tensor from flat values and a shape.
  public init(_ values: [Float], shape: [Int]) throws {
    try self.init(data: .float32(values), shape: shape)
  }

  /// Creates an `int64` tensor from flat values and a shape.
  public init(_ values: [Int], shape: [Int]) throws {
    try self.init(data: .int64(values), shape: shape)
  }

  /// Creates a `bool` tensor from flat values and a shape.
  public init(_ values: [Bool], shape: [Int]) throws {
    try self.init(data: .bool(values), shape: shape)
  }

  /// Creates a 1-D `float64` tensor.
  public init(_ values: [Double]) {
    self.init(unchecked: .float64(values), shape: [values.count])
  }

  /// Creates a 1-D `int64` tensor.
  public init(_ values: [Int]) {
    self.init(unchecked: .int64(values), shape: [values.count])
  }

  /// Creates a 0-d `float64` tensor.
  public init(_ value: Double) {
    self.init(unchecked: .float64([value]), shape: [])
  }

  /// Creates a 0-d tensor from a Python scalar, with its natural dtype.
  public init(scalar: Scalar) {
    switch scalar {
    case .bool(let b): self.init(unchecked: .bool([b]), shape: [])
    case .int(let i): self.init(unchecked: .int64([i]), shape: [])
    case .float(let d): self.init(unchecked: .float64([d]), shape: [])
    }
  }

  /// Creates a 0-d tensor of `dtype` holding `scalar`.
  public init(scalar: Scalar, dtype: DType) {
    self = Tensor(scalar: scalar).astype(dtype)
  }

  /// The element count of `shape`, validated against negatives, overflow and
  /// `maxBytes`.
  public static func checkedCount(_ shape: [Int], dtype: DType) throws -> Int {
    // Like NumPy, the non-zero dimensions must multiply (in bytes) without overflow even
    // when another is 0, so that no partial product of an empty array's shape overflows.
    var count = 1
    var overflow = false
    for d in shape {
      if d < 0 { throw TensorError.negativeDimensions }
      if !overflow && d != 0 {
        let (p, o) = count.multipliedReportingOverflow(by: d)
        if o { overflow = true } else { count = p }
      }
    }
    if overflow { throw TensorError.shapeOverflow }
    let (bytes, o) = count.multipliedReportingOverflow(by: dtype.itemSize)
    if o { throw TensorError.shapeOverflow }
    if shape.contains(0) { return 0 }
    if bytes > maxBytes { throw TensorError.memory(bytes: bytes, shape: shape, dtype: dtype) }
    return count
  }

  /// Row-major strides (in elements) of a shape.
  static func strides(_ shape: [Int]) -> [Int] {
    var s = [Int](repeating: 1, count: shape.count)
    var acc = 1
    for i in stride(from: shape.count - 1, through: 0, by: -1) {
      s[i] = acc
      acc &*= shape[i]
    }
    return s
  }

  /// Normalises a possibly negative axis against `ndim`.
  static func normalizeAxis(_ axis: Int, _ ndim: Int) throws -> Int {
    let a = axis < 0 ? axis + ndim : axis
    guard a >= 0 && a < ndim else { throw TensorError.axis(axis: axis, ndim: ndim) }
    return a
  }
}
