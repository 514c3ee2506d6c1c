import CKernels

/// Element-wise training loops that run on the CPU's widest vector unit.
///
/// Swift compiles for baseline x86-64 (SSE2); these call C variants for AVX-512, AVX2 and
/// the baseline, chosen once at run time (`isa`). Every variant rounds each operation as
/// the scalar formula does, so results do not depend on the machine.
public enum VectorKernels {
  /// The instruction set in use: `"avx512f"`, `"avx2"` or `"baseline"`.
  public static var isa: String { String(cString: nk_isa()) }

  /// Element-wise loops shorter than this run on the calling thread alone.
  @inlinable public static var parallelMinimum: Int { 16_384 }

  /// `sums[j] = Σ_r matrix[r·width + j]`, summed from row 0 as a plain loop would (a Dense
  /// layer's bias gradient); `sums` must not overlap `matrix`.
  ///
  /// Large matrices are cut into bands of columns (whole 16-column groups) that
  /// `WorkerPool.shared` sums at the same time; each column is still summed in row order.
  public static func columnSums(
    _ matrix: UnsafePointer<Float>, rows: Int, width: Int, into sums: UnsafeMutablePointer<Float>
  ) {
    let groups = width / 16
    guard rows * width >= parallelMinimum && groups >= 2 else {
      nk_column_sums(rows, width, width, matrix, sums)
      return
    }
    WorkerPool.shared.split(groups, minimumPart: 1) { band in
      let lo = band.lowerBound * 16
      let hi = band.upperBound == groups ? width : band.upperBound * 16
      nk_column_sums(rows, hi - lo, width, matrix + lo, sums + lo)
    }
  }

  /// Runs `body` over `0..<rows` at once, or over bands of rows on `WorkerPool.shared` when the
  /// rows hold at least `parallelMinimum` values: for element-wise and row-wise passes, whose
  /// results do not depend on the split. Inlined, so a lesson-sized pass calls `body` directly.
  @inlinable
  public static func splitRows(_ rows: Int, width: Int, _ body: (Range<Int>) -> Void) {
    if rows * width < parallelMinimum || rows < 2 {
      body(0..<rows)
    } else {
      WorkerPool.shared.split(rows, minimumPart: max(1, parallelMinimum / max(width, 1)), body)
    }
  }

  /// `y[i] = e^x[i]` for `count` values, vectorised (within ~1 ulp of the exact value, the
  /// same bits on every machine). `y` may be `x`.
  public static func exp(_ x: UnsafePointer<Float>, into y: UnsafeMutablePointer<Float>, count: Int) {
    nk_exp(x, y, count)
  }

  /// `y[i] = 1 / (1 + e^-x[i])` for `count` values, vectorised like `exp`. `y` may be `x`.
  public static func logistic(_ x: UnsafePointer<Float>, into y: UnsafeMutablePointer<Float>, count: Int) {
    nk_logistic(x, y, count)
  }

  /// ReLU (Keras's defaults) after a Dense product: adds `bias` (when given) to each of the
  /// `rows` rows of `z` in place, then writes `max(z, 0)` into `y` (NaN stays NaN, −0 gives
  /// +0: the plain loop's `0 ≥ z ? 0 : z`, on the CPU's widest vectors).
  public static func biasReLU(
    _ z: UnsafeMutablePointer<Float>, bias: UnsafePointer<Float>?, into y: UnsafeMutablePointer<Float>, rows: Int,
    width: Int
  ) {
    nk_bias_relu(z, bias, y, rows, width)
  }

  /// ReLU's backward pass: `dz[i] = dy[i] · (z[i] > 0 ? 1 : 0)` for `count` values.
  public static func reluBackward(
    _ dy: UnsafePointer<Float>, z: UnsafePointer<Float>, into dz: UnsafeMutablePointer<Float>, count: Int
  ) {
    nk_relu_backward(dy, z, dz, count)
  }

  /// Copies rows `rows` (each `width` values) of `source` one after another into `target`;
  /// every index must be in range, and the buffers must not overlap.
  ///
  /// Batches of image-sized rows are copied in bands of rows across `WorkerPool.shared`: the
  /// rows lie all over a large dataset, and two cores wait on memory in parallel.
  public static func gatherRows(
    _ rows: UnsafeBufferPointer<Int>, width: Int, from source: UnsafePointer<Float>,
    into target: UnsafeMutablePointer<Float>
  ) {
    guard let base = rows.baseAddress else { return }
    base.withMemoryRebound(to: CLong.self, capacity: rows.count) { indices in
      if rows.count * width < parallelMinimum || width < 64 {
        nk_gather_rows(target, source, indices, rows.count, width)
        return
      }
      WorkerPool.shared.split(rows.count, minimumPart: max(1, parallelMinimum / (2 * width))) { band in
        nk_gather_rows(target + band.lowerBound * width, source, indices + band.lowerBound, band.count, width)
      }
    }
  }

  /// One Adam step over `count` parameters, in place.
  ///
  /// `m ← m + (g − m)·c1`, `v ← v + (g² − v)·c2`, `θ ← θ − alpha·m / (√v + eps)`.
  /// Long parameters run in chunks claimed by the threads of `WorkerPool.shared` (each
  /// element is independent, so the result is the same): four per thread, so that on time
  /// the caller's chunks (claimed from the front) are the first half, the rows of a
  /// gradient it computed itself.
  public static func adamStep(
    theta: UnsafeMutablePointer<Float>, gradient: UnsafePointer<Float>, m: UnsafeMutablePointer<Float>,
    v: UnsafeMutablePointer<Float>, count: Int, c1: Float, c2: Float, alpha: Float, eps: Float
  ) {
    let quarter = (count / (4 * WorkerPool.shared.width) + 15) / 16 * 16
    let chunk = count < parallelMinimum ? count : max(quarter, parallelMinimum / 4)
    WorkerPool.shared.chunked(count, chunk: chunk) { range in
      let i = range.lowerBound
      nk_adam_step(theta + i, gradient + i, m + i, v + i, range.count, c1, c2, alpha, eps)
    }
  }
}
