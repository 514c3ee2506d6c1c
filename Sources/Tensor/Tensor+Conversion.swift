extension Tensor {
  /// A copy converted to `dtype` (C-style casts, like `ndarray.astype`).
  public func astype(_ dtype: DType) -> Tensor {
    Tensor(unchecked: data.converted(to: dtype), shape: shape)
  }

  /// The elements as `Double`s, flattened.
  public var doubles: [Double] { data.doubles }
  /// The elements as `Float`s, flattened.
  public var floats: [Float] { data.floats }
  /// The elements as `Int`s, flattened.
  public var ints: [Int] { data.ints }
  /// The elements as `Bool`s, flattened.
  public var bools: [Bool] { data.bools }

  /// The element at flat position `i` as a Python scalar (no bounds check
  /// beyond Swift's own).
  public func element(at i: Int) -> Scalar {
    switch data {
    case .float64(let a): return .float(a[i])
    case .float32(let a): return .float(Double(a[i]))
    case .int64(let a): return .int(a[i])
    case .bool(let a): return .bool(a[i])
    }
  }

  /// The single element of a size-1 tensor (`ndarray.item()`).
  public func item() throws -> Scalar {
    guard size == 1 else {
      throw TensorError.value("can only convert an array of size 1 to a Python scalar")
    }
    return element(at: 0)
  }

  /// The element at a full multi-index (negative indices allowed).
  public func scalar(at indices: [Int]) throws -> Scalar {
    guard indices.count == ndim else {
      if indices.count > ndim { throw TensorError.tooManyIndices(ndim: ndim, indexed: indices.count) }
      throw TensorError.value("need \(ndim) indices, got \(indices.count)")
    }
    var offset = 0
    let st = Tensor.strides(shape)
    for (axis, raw) in indices.enumerated() {
      let i = raw < 0 ? raw + shape[axis] : raw
      guard i >= 0 && i < shape[axis] else {
        throw TensorError.indexOutOfBounds(index: raw, axis: axis, size: shape[axis])
      }
      offset += i * st[axis]
    }
    return element(at: offset)
  }

  /// The truth value of a size-1 array (Python's `bool(a)`).
  public func truthValue() throws -> Bool {
    guard size == 1 else {
      throw TensorError.value(
        "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
    }
    return data.bools[0]
  }
}
