extension Tensor {
  /// The array with a new shape; one dimension may be `-1` (`reshape`).
  public func reshaped(_ newShape: [Int]) throws -> Tensor {
    var target = newShape
    let unknown = newShape.indices.filter { newShape[$0] == -1 }
    if unknown.count > 1 { throw TensorError.reshapeUnknown }
    if newShape.contains(where: { $0 < -1 }) { throw TensorError.negativeDimensions }
    if let u = unknown.first {
      var known = 1
      for (i, d) in newShape.enumerated() where i != u {
        let (p, o) = known.multipliedReportingOverflow(by: d)
        if o { throw TensorError.reshape(size: size, shape: newShape) }
        known = p
      }
      guard known != 0, size % known == 0 else { throw TensorError.reshape(size: size, shape: newShape) }
      target[u] = size / known
    }
    var count = 1
    for d in target {
      let (p, o) = count.multipliedReportingOverflow(by: d)
      if o { throw TensorError.reshape(size: size, shape: newShape) }
      count = p
    }
    guard count == size else { throw TensorError.reshape(size: size, shape: newShape) }
    _ = try Tensor.checkedCount(target, dtype: dtype)  // an empty array's other axes too
    return Tensor(unchecked: data, shape: target)
  }

  /// A 1-D copy (`flatten` / `ravel`).
  public func flattened() -> Tensor { Tensor(unchecked: data, shape: [size]) }

  /// The axes reversed (`a.T`).
  public func transposed() -> Tensor {
    (try? transposed(Array((0..<ndim).reversed()))) ?? self
  }

  /// The axes permuted (`np.transpose(a, axes)`).
  public func transposed(_ axes: [Int]) throws -> Tensor {
    guard axes.count == ndim else { throw TensorError.axesDontMatch }
    let perm = try axes.map { try Tensor.normalizeAxis($0, ndim) }
    guard Set(perm).count == ndim else { throw TensorError.repeatedAxis }
    if ndim < 2 { return self }
    let newShape = perm.map { shape[$0] }
    // Nothing to gather; the offset table below would grow with the leading axes first.
    if size == 0 { return Tensor(unchecked: data, shape: newShape) }
    let st = Tensor.strides(shape)
    let newStrides = perm.map { st[$0] }
    // Offsets of the permuted view, built axis by axis.
    var offsets = [0]
    offsets.reserveCapacity(size)
    for (d, len) in newShape.enumerated() {
      var next: [Int] = []
      next.reserveCapacity(offsets.count * len)
      for o in offsets {
        for i in 0..<len { next.append(o + i * newStrides[d]) }
      }
      offsets = next
    }
    return Tensor(unchecked: data.gather(offsets), shape: newShape)
  }

  /// Swaps two axes (`np.swapaxes`).
  public func swapAxes(_ a: Int, _ b: Int) throws -> Tensor {
    var perm = Array(0..<ndim)
    let x = try Tensor.normalizeAxis(a, ndim), y = try Tensor.normalizeAxis(b, ndim)
    perm.swapAt(x, y)
    return try transposed(perm)
  }

  /// Inserts a length-1 axis (`np.expand_dims`).
  public func expandDims(_ axis: Int) throws -> Tensor {
    let a = try Tensor.normalizeAxis(axis, ndim + 1)
    var s = shape
    s.insert(1, at: a)
    return Tensor(unchecked: data, shape: s)
  }

  /// Removes length-1 axes: all of them, or only `axis` (`np.squeeze`).
  public func squeezed(_ axis: Int? = nil) throws -> Tensor {
    guard let axis else { return Tensor(unchecked: data, shape: shape.filter { $0 != 1 }) }
    let a = try Tensor.normalizeAxis(axis, ndim)
    guard shape[a] == 1 else { throw TensorError.squeezeNonUnit }
    var s = shape
    s.remove(at: a)
    return Tensor(unchecked: data, shape: s)
  }
}
