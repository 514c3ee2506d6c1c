import Tensor

/// Fused loops for Dense: bias + activation forward, activation derivative backward.
///
/// The common activations (linear, default ReLU, sigmoid, tanh, softmax) get their own
/// loops over raw pointers so the compiler can vectorise them; the others use the
/// per-element `value`/`derivative`. Results equal `forward`/`backward` exactly. Large batches
/// are cut into bands of rows that `WorkerPool.shared` runs at the same time (same results).
extension ActivationFunction {
  /// Whether this is `relu` with Keras's default arguments.
  var isPlainReLU: Bool {
    if case .relu(let slope, let maxValue, let threshold) = self {
      return slope == 0 && maxValue == nil && threshold == 0
    }
    return false
  }

  /// Adds `bias` (when given) to each row of `z` in place, then writes `f(z)` into `y`.
  ///
  /// `z` and `y` hold `rows × width` elements; `bias` holds `width`.
  func forwardAddingBias(
    _ z: UnsafeMutablePointer<Float>, bias: UnsafePointer<Float>?, into y: UnsafeMutablePointer<Float>,
    rows: Int, width: Int
  ) {
    VectorKernels.splitRows(rows, width: width) { band in
      let offset = band.lowerBound * width
      forwardRows(z + offset, bias: bias, into: y + offset, rows: band.count, width: width)
    }
  }

  /// `forwardAddingBias` on one band of rows.
  private func forwardRows(
    _ z: UnsafeMutablePointer<Float>, bias: UnsafePointer<Float>?, into y: UnsafeMutablePointer<Float>,
    rows: Int, width: Int
  ) {
    let count = rows * width
    if isPlainReLU {
      VectorKernels.biasReLU(z, bias: bias, into: y, rows: rows, width: width)
      return
    }
    if let bias {
      for r in 0..<rows {
        let row = z + r * width
        for j in 0..<width { row[j] += bias[j] }
      }
    }
    switch self {
    case .linear:
      y.update(from: z, count: count)
    case .sigmoid:
      VectorKernels.logistic(z, into: y, count: count)
    case .softmax:
      softmaxRows(UnsafeBufferPointer(start: z, count: count), into: UnsafeMutableBufferPointer(start: y, count: count), width: width)
    default:
      for i in 0..<count { y[i] = value(z[i]) }
    }
  }

  /// Writes `dL/dz = dL/dy ⊙ f′(z)` into `dz` (softmax: the row-wise Jacobian product).
  func backward(
    z: UnsafePointer<Float>, y: UnsafePointer<Float>, dy: UnsafePointer<Float>,
    into dz: UnsafeMutablePointer<Float>, rows: Int, width: Int
  ) {
    VectorKernels.splitRows(rows, width: width) { band in
      let offset = band.lowerBound * width
      backwardRows(z: z + offset, y: y + offset, dy: dy + offset, into: dz + offset, count: band.count * width, width: width)
    }
  }

  /// `backward` on `count` values (whole rows of `width`).
  private func backwardRows(
    z: UnsafePointer<Float>, y: UnsafePointer<Float>, dy: UnsafePointer<Float>,
    into dz: UnsafeMutablePointer<Float>, count: Int, width: Int
  ) {
    switch self {
    case .linear:
      dz.update(from: dy, count: count)
    case .relu where isPlainReLU:
      VectorKernels.reluBackward(dy, z: z, into: dz, count: count)
    case .sigmoid:
      for i in 0..<count { dz[i] = dy[i] * (y[i] * (1 - y[i])) }
    case .tanh:
      for i in 0..<count { dz[i] = dy[i] * (1 - y[i] * y[i]) }
    default:
      backward(
        z: UnsafeBufferPointer(start: z, count: count), y: UnsafeBufferPointer(start: y, count: count),
        dy: UnsafeBufferPointer(start: dy, count: count), into: UnsafeMutableBufferPointer(start: dz, count: count),
        width: width)
    }
  }
}
