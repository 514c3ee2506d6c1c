extension Tensor {
  /// Joins arrays along an existing axis (`np.concatenate`).
  public static func concatenate(_ arrays: [Tensor], axis: Int = 0) throws -> Tensor {
    guard let first = arrays.first else { throw TensorError.needAtLeastOne }
    if first.ndim == 0 { throw TensorError.value("zero-dimensional arrays cannot be concatenated") }
    let ax = try normalizeAxis(axis, first.ndim)
    for (i, t) in arrays.enumerated() {
      guard t.ndim == first.ndim else {
        throw TensorError.concatenateRank(firstRank: first.ndim, index: i, rank: t.ndim)
      }
      for d in 0..<first.ndim where d != ax && t.shape[d] != first.shape[d] {
        throw TensorError.concatenateMismatch(dimension: d, firstSize: first.shape[d], index: i, size: t.shape[d])
      }
    }
    let dtype = arrays.dropFirst().reduce(first.dtype) { DType.promote($0, $1.dtype) }
    var shape = first.shape
    shape[ax] = try arrays.reduce(0) { total, t in
      let (sum, overflow) = total.addingReportingOverflow(t.shape[ax])
      if overflow { throw TensorError.shapeOverflow }
      return sum
    }
    _ = try checkedCount(shape, dtype: dtype)
    let outer = first.shape[..<ax].reduce(1, *)
    var parts: [TensorData] = []
    for o in 0..<outer {
      for t in arrays {
        let chunk = t.shape[ax...].reduce(1, *)
        parts.append(t.data.gather(Array((o * chunk)..<((o + 1) * chunk))))
      }
    }
    return Tensor(unchecked: TensorData.joined(parts, dtype: dtype), shape: shape)
  }

  /// Joins same-shaped arrays along a new axis (`np.stack`).
  public static func stack(_ arrays: [Tensor], axis: Int = 0) throws -> Tensor {
    guard let first = arrays.first else { throw TensorError.needAtLeastOne }
    guard arrays.allSatisfy({ $0.shape == first.shape }) else { throw TensorError.stackShapes }
    let ax = try normalizeAxis(axis, first.ndim + 1)
    return try concatenate(arrays.map { try $0.expandDims(ax) }, axis: ax)
  }

  /// Stacks column-wise (`np.hstack`): axis 1, or axis 0 for 1-D inputs.
  public static func hstack(_ arrays: [Tensor]) throws -> Tensor {
    let atLeast1 = try arrays.map { $0.ndim == 0 ? try $0.reshaped([1]) : $0 }
    return try concatenate(atLeast1, axis: atLeast1.first?.ndim == 1 ? 0 : 1)
  }

  /// Stacks row-wise (`np.vstack`), treating 1-D inputs as rows.
  public static func vstack(_ arrays: [Tensor]) throws -> Tensor {
    try concatenate(arrays.map { $0.ndim < 2 ? try $0.reshaped([1, $0.size]) : $0 }, axis: 0)
  }

  /// Stacks 1-D arrays as columns (`np.column_stack`).
  public static func columnStack(_ arrays: [Tensor]) throws -> Tensor {
    try concatenate(arrays.map { $0.ndim < 2 ? try $0.reshaped([$0.size, 1]) : $0 }, axis: 1)
  }

  /// Chooses from `a` where `condition` is true, else from `b` (`np.where`).
  public static func `where`(_ condition: Tensor, _ a: Tensor, _ b: Tensor) throws -> Tensor {
    let shape = try Broadcast.shape([condition.shape, a.shape, b.shape])
    let dtype = DType.promote(a.dtype, b.dtype)
    let c = try condition.astype(.bool).broadcast(to: shape)
    let x = try a.astype(dtype).broadcast(to: shape), y = try b.astype(dtype).broadcast(to: shape)
    let flags = c.bools
    let picked = flags.indices.map { flags[$0] ? $0 : $0 + flags.count }
    return Tensor(unchecked: TensorData.joined([x.data, y.data], dtype: dtype).gather(picked), shape: shape)
  }

  /// Indices of non-zero elements of a 1-D view, one array per axis (`np.nonzero`).
  public func nonzero() -> [Tensor] {
    let flags = bools
    let hits = flags.indices.filter { flags[$0] }
    let st = Tensor.strides(shape)
    return (0..<Swift.max(ndim, 1)).map { k in
      ndim == 0 ? Tensor(hits.map { _ in 0 }) : Tensor(hits.map { ($0 / st[k]) % shape[k] })
    }
  }
}
