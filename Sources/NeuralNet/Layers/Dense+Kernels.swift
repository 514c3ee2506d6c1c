import Tensor

/// Dense's forward and backward passes on raw row-major buffers, shared by `Dense` itself and
/// `DenseFitPlan`, so both compute every number with the same operations in the same order.
extension Dense {
  /// Forward: `z = x·W + b`, `y = f(z)` for `rows` samples.
  ///
  /// `x` is `rows×inputs`, `kernel` `inputs×units`, `bias` `units` (or nil), `z` and `y`
  /// `rows×units`. Small products skip BLAS (`Tensor.sgemmAuto`); the bias add and the
  /// activation run in one fused pass.
  static func forwardRows(
    x: UnsafePointer<Float>, kernel: UnsafePointer<Float>, bias: UnsafePointer<Float>?,
    z: UnsafeMutablePointer<Float>, y: UnsafeMutablePointer<Float>, rows: Int, inputs: Int, units: Int,
    activation: ActivationFunction
  ) {
    Tensor.sgemmAuto(
      transposeA: false, transposeB: false, m: rows, n: units, k: inputs,
      a: x, lda: inputs, b: kernel, ldb: units, c: z, ldc: units)
    activation.forwardAddingBias(z, bias: bias, into: y, rows: rows, width: units)
  }

  /// Backward, from `dy = dL/dy`: `dz = dy ⊙ f′(z)`, `dW = xᵀ·dz`, `db = Σ_rows dz` and, when
  /// `dx` is given, `dx = dz·Wᵀ`.
  ///
  /// Shapes as in `forwardRows`; `dz` is `rows×units`, `dx` `rows×inputs`. The weight and
  /// bias gradients are overwritten (zero for zero rows). Transposes are GEMM flags.
  static func backwardRows(
    x: UnsafePointer<Float>, kernel: UnsafePointer<Float>, z: UnsafePointer<Float>, y: UnsafePointer<Float>,
    dy: UnsafePointer<Float>, dz: UnsafeMutablePointer<Float>, kernelGradient: UnsafeMutablePointer<Float>,
    biasGradient: UnsafeMutablePointer<Float>?, dx: UnsafeMutablePointer<Float>?, rows: Int, inputs: Int,
    units: Int, activation: ActivationFunction
  ) {
    activation.backward(z: z, y: y, dy: dy, into: dz, rows: rows, width: units)
    if rows == 0 {
      kernelGradient.update(repeating: 0, count: inputs * units)
    } else {
      Tensor.sgemmAuto(
        transposeA: true, transposeB: false, m: inputs, n: units, k: rows,
        a: x, lda: inputs, b: UnsafePointer(dz), ldb: units, c: kernelGradient, ldc: units)
    }
    if let dx {
      Tensor.sgemmAuto(
        transposeA: false, transposeB: true, m: rows, n: inputs, k: units,
        a: UnsafePointer(dz), lda: units, b: kernel, ldb: units, c: dx, ldc: inputs)
    }
    if let biasGradient { VectorKernels.columnSums(dz, rows: rows, width: units, into: biasGradient) }
  }
}
