extension Tensor {
  /// Matrix product with NumPy's `matmul` rules for 1-D and 2-D operands
  /// (1-D·1-D → 0-d, matrix·vector, vector·matrix, matrix·matrix) and
  /// batched N-D operands (leading dimensions broadcast).
  public func matmul(_ other: Tensor) throws -> Tensor {
    if ndim == 0 { throw TensorError.matmulScalar(operand: 0) }
    if other.ndim == 0 { throw TensorError.matmulScalar(operand: 1) }
    let a = ndim == 1 ? try reshaped([1, shape[0]]) : self
    let b = other.ndim == 1 ? try other.reshaped([other.shape[0], 1]) : other
    let m = a.shape[a.ndim - 2], k = a.shape[a.ndim - 1]
    let k2 = b.shape[b.ndim - 2], n = b.shape[b.ndim - 1]
    guard k == k2 else { throw TensorError.matmulMismatch(operandSize: k2, expected: k) }
    let batch = try Broadcast.shape([Array(a.shape.dropLast(2)), Array(b.shape.dropLast(2))])
    var outShape = batch + [m, n]
    let common = DType.promote(dtype, other.dtype)
    let batchCount = try Tensor.checkedCount(batch, dtype: common)
    _ = try Tensor.checkedCount(outShape, dtype: common)
    let aB = try a.broadcast(to: batch + [m, k]).astype(common)
    let bB = try b.broadcast(to: batch + [k, n]).astype(common)
    var result: TensorData
    switch (aB.data, bB.data) {
    case (.float64(let x), .float64(let y)) where BLAS.fits(m, n, k):
      var out: [Double] = []
      out.reserveCapacity(batchCount * m * n)
      for i in 0..<batchCount {
        out += BLAS.gemm(Array(x[(i * m * k)..<((i + 1) * m * k)]), Array(y[(i * k * n)..<((i + 1) * k * n)]),
          m: m, n: n, k: k)
      }
      result = .float64(out)
    case (.float32(let x), .float32(let y)) where BLAS.fits(m, n, k):
      var out: [Float] = []
      out.reserveCapacity(batchCount * m * n)
      for i in 0..<batchCount {
        out += BLAS.gemm(Array(x[(i * m * k)..<((i + 1) * m * k)]), Array(y[(i * k * n)..<((i + 1) * k * n)]),
          m: m, n: n, k: k)
      }
      result = .float32(out)
    default:
      let x = aB.ints, y = bB.ints
      var out = [Int](repeating: 0, count: batchCount * m * n)
      for bi in 0..<batchCount {
        let ao = bi * m * k, bo = bi * k * n, co = bi * m * n
        for i in 0..<m {
          for p in 0..<k {
            let av = x[ao + i * k + p]
            if av == 0 { continue }
            for j in 0..<n { out[co + i * n + j] = out[co + i * n + j] &+ av &* y[bo + p * n + j] }
          }
        }
      }
      result = common == .bool ? .bool(out.map { $0 != 0 }) : .int64(out)
      if common.isFloatingPoint { result = TensorData.int64(out).converted(to: common) }
    }
    if ndim == 1 { outShape.remove(at: outShape.count - 2) }
    if other.ndim == 1 { outShape.removeLast() }
    return Tensor(unchecked: result, shape: outShape)
  }

  /// `np.dot`: `matmul` for 1-D/2-D operands, multiplication for 0-d ones.
  public func dot(_ other: Tensor) throws -> Tensor {
    if ndim == 0 || other.ndim == 0 { return try binary(.multiply, other) }
    return try matmul(other)
  }
}
