import Tensor

/// Forward and backward passes of an activation over a whole row-major buffer.
extension ActivationFunction {
  /// Writes `f(z)` into `y` (same count); softmax works on rows of `width`.
  func forward(_ z: UnsafeBufferPointer<Float>, into y: UnsafeMutableBufferPointer<Float>, width: Int) {
    switch self {
    case .linear:
      for i in 0..<z.count { y[i] = z[i] }
    case .softmax:
      softmaxRows(z, into: y, width: width)
    case .sigmoid:
      guard let zb = z.baseAddress, let yb = y.baseAddress else { return }
      VectorKernels.logistic(zb, into: yb, count: z.count)
    default:
      for i in 0..<z.count { y[i] = value(z[i]) }
    }
  }

  /// Writes `dL/dz` into `dz` given `dL/dy`, the input `z` and output `y`.
  ///
  /// Softmax: `dz_i = y_i·(dy_i − Σ_j dy_j·y_j)` per row.
  func backward(
    z: UnsafeBufferPointer<Float>, y: UnsafeBufferPointer<Float>,
    dy: UnsafeBufferPointer<Float>, into dz: UnsafeMutableBufferPointer<Float>, width: Int
  ) {
    switch self {
    case .linear:
      for i in 0..<dy.count { dz[i] = dy[i] }
    case .softmax:
      guard width > 0 else { return }
      for r in 0..<(dy.count / width) {
        let base = r * width
        var dot: Float = 0
        for j in 0..<width { dot += dy[base + j] * y[base + j] }
        for j in 0..<width { dz[base + j] = y[base + j] * (dy[base + j] - dot) }
      }
    default:
      for i in 0..<dy.count { dz[i] = dy[i] * derivative(z[i], y[i]) }
    }
  }

  /// Array convenience for `forward`.
  public func apply(_ z: [Float], width: Int) -> [Float] {
    var y = [Float](repeating: 0, count: z.count)
    z.withUnsafeBufferPointer { zp in
      y.withUnsafeMutableBufferPointer { yp in forward(zp, into: yp, width: width) }
    }
    return y
  }

  /// Array convenience for `backward`.
  public func gradient(z: [Float], y: [Float], dy: [Float], width: Int) -> [Float] {
    var dz = [Float](repeating: 0, count: z.count)
    z.withUnsafeBufferPointer { zp in
      y.withUnsafeBufferPointer { yp in
        dy.withUnsafeBufferPointer { dyp in
          dz.withUnsafeMutableBufferPointer { dzp in
            backward(z: zp, y: yp, dy: dyp, into: dzp, width: width)
          }
        }
      }
    }
    return dz
  }
}

/// Row-wise softmax `e^{x−max}/Σe^{x−max}`: shifts every row by its maximum, takes one
/// vectorised `exp` over the whole buffer, then divides each row by its sum.
func softmaxRows(_ z: UnsafeBufferPointer<Float>, into y: UnsafeMutableBufferPointer<Float>, width: Int) {
  guard width > 0, let yb = y.baseAddress else { return }
  let rows = z.count / width
  for r in 0..<rows {
    let base = r * width
    var m = -Float.infinity
    for j in 0..<width { m = max(m, z[base + j]) }
    for j in 0..<width { y[base + j] = z[base + j] - m }
  }
  VectorKernels.exp(yb, into: yb, count: rows * width)
  for r in 0..<rows {
    let base = r * width
    var sum: Float = 0
    for j in 0..<width { sum += y[base + j] }
    for j in 0..<width { y[base + j] /= sum }
  }
}
