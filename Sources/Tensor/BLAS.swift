import CKernels
import COpenBLAS
import Synchronization

/// The one place that calls OpenBLAS: row-major GEMM for float32/float64.
///
/// Each call first sets OpenBLAS's thread count for its size (`prepare(product:)`). OpenBLAS is
/// opened on the first product (`OpenBLAS.shared`); without it, products run on plain loops.
enum BLAS {
  /// `C[m×n] = A[m×k] · B[k×n]` in float64 (row-major, no transposes).
  static func gemm(_ a: [Double], _ b: [Double], m: Int, n: Int, k: Int) -> [Double] {
    var c = [Double](repeating: 0, count: m * n)
    if m == 0 || n == 0 || k == 0 { return c }
    guard let blas = OpenBLAS.shared else { return gemmLoops(a, b, m: m, n: n, k: k) }
    prepare(product: m * n * k)
    a.withUnsafeBufferPointer { pa in
      b.withUnsafeBufferPointer { pb in
        c.withUnsafeMutableBufferPointer { pc in
          blas.dgemm(
            CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(m), Int32(n), Int32(k), 1.0,
            pa.baseAddress, Int32(k), pb.baseAddress, Int32(n), 0.0, pc.baseAddress, Int32(n))
        }
      }
    }
    return c
  }

  /// The float64 product with plain loops (`C[i,:] += A[i,p]·B[p,:]`), when OpenBLAS is missing.
  static func gemmLoops(_ a: [Double], _ b: [Double], m: Int, n: Int, k: Int) -> [Double] {
    var c = [Double](repeating: 0, count: m * n)
    for i in 0..<m {
      for p in 0..<k {
        let aip = a[i * k + p]
        for j in 0..<n { c[i * n + j] += aip * b[p * n + j] }
      }
    }
    return c
  }

  /// `C[m×n] = A[m×k] · B[k×n]` in float32 (row-major, no transposes), through `Tensor.sgemm`.
  static func gemm(_ a: [Float], _ b: [Float], m: Int, n: Int, k: Int) -> [Float] {
    var c = [Float](repeating: 0, count: m * n)
    if m == 0 || n == 0 || k == 0 { return c }
    a.withUnsafeBufferPointer { pa in
      b.withUnsafeBufferPointer { pb in
        c.withUnsafeMutableBufferPointer { pc in
          guard let x = pa.baseAddress, let y = pb.baseAddress, let z = pc.baseAddress else { return }
          Tensor.sgemm(transposeA: false, transposeB: false, m: m, n: n, k: k, a: x, lda: k, b: y, ldb: n, c: z, ldc: n)
        }
      }
    }
    return c
  }

  /// Whether the dimensions fit BLAS's 32-bit integers.
  static func fits(_ dims: Int...) -> Bool { dims.allSatisfy { $0 < Int(Int32.max) } }

  /// Products with at least this many multiply-adds run on all of OpenBLAS's threads;
  /// smaller ones on one. OpenBLAS's own cut-off (about 260,000) splits batch-32 training
  /// products, where waking and joining the second thread costs more than it saves
  /// (a 784-128-10 epoch at batch 32 ran 3× slower on two threads than on one).
  static let parallelProductLimit = 16_000_000

  /// Products with at most this many rows of C (a mini-batch) and a depth of at least twice
  /// their columns are split in pieces of the depth, summed after (on every machine with
  /// the packed kernel, whatever the thread count, so results do not depend on it).
  static let depthSplitRows = 48

  /// How many pieces of the depth such a product is cut into (see `sgemmSplittingDepth`).
  /// Four (two per thread, so that a thread on a busy core leaves its last piece to the
  /// other) made a 784-128-10 epoch at batch 32 1.5% slower on an idle machine and 4.7%
  /// slower beside a busy loop.
  static let depthPieces = 2

  /// Piece `index` of `0..<count` cut into `pieces` near-equal consecutive ranges.
  static func piece(_ index: Int, of pieces: Int, in count: Int) -> Range<Int> {
    (count * index / pieces)..<(count * (index + 1) / pieces)
  }

  /// Single-threaded products from this many multiply-adds up are split into bands that
  /// `WorkerPool.shared` computes at the same time (each band on one OpenBLAS thread).
  static let splitProductMinimum = 500_000

  /// The thread count OpenBLAS was started with (`OPENBLAS_NUM_THREADS` or the cores; 1 without it).
  static let maxThreads = Int(max(OpenBLAS.shared?.getThreads() ?? 1, 1))

  /// The thread count last handed to `openblas_set_num_threads` (0: none yet).
  private static let currentThreads = Atomic<Int>(0)

  /// Sets OpenBLAS's thread count for a product of `product` multiply-adds.
  @inline(__always)
  static func prepare(product: Int) {
    let cores = maxThreads
    if cores == 1 { return }
    let wanted = product >= parallelProductLimit ? cores : 1
    // OpenBLAS's threads need the cores the pool's helpers may be polling on.
    if wanted > 1 { WorkerPool.shared.park() }
    if currentThreads.load(ordering: .relaxed) != wanted {
      OpenBLAS.shared?.setThreads(Int32(wanted))
      currentThreads.store(wanted, ordering: .relaxed)
    }
  }
}

extension Tensor {
  /// Whether float32 products run on CKernels' packed AVX-512 GEMM (`nk_sgemm_packed`) instead
  /// of OpenBLAS: on CPUs with AVX-512, where it is about 1.8× OpenBLAS's AVX2 kernels (which the
  /// environment may force) and needs no library.
  public static let packedGEMM = nk_sgemm_packed_available() != 0

  /// Row-major float32 GEMM on raw buffers: `C = alpha·op(A)·op(B) + beta·C`.
  ///
  /// `op(X)` is `Xᵀ` when the matching `transpose` flag is set, so callers pass
  /// transposes as flags instead of copying. `m×k` is the shape of `op(A)`,
  /// `k×n` that of `op(B)`; `lda`, `ldb`, `ldc` are the row strides of the
  /// buffers as stored.
  ///
  /// Products run on the packed AVX-512 kernel where the CPU has it (`packedGEMM`), else on
  /// OpenBLAS, else on plain loops. From `BLAS.splitProductMinimum` multiply-adds up, a
  /// mini-batch times a deep matrix is cut into pieces of the depth (`sgemmSplittingDepth`);
  /// other products into bands of C, by rows when `m ≥ n`, else by columns, that
  /// `WorkerPool.shared` computes at the same time, each element still computed by one call
  /// over the whole `k`. OpenBLAS products from `BLAS.parallelProductLimit` up run on
  /// OpenBLAS's own threads instead.
  public static func sgemm(
    transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Float = 1,
    a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int, beta: Float = 0,
    c: UnsafeMutablePointer<Float>, ldc: Int
  ) {
    if m == 0 || n == 0 { return }
    // OpenBLAS's thread count is set here, once, before any band runs on a helper.
    if !(packedGEMM && k > 0) { BLAS.prepare(product: m * n * k) }
    if splitsDepth(m: m, n: n, k: k) {
      sgemmSplittingDepth(
        transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: alpha,
        a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
      return
    }
    if splitsIntoBands(m: m, n: n, k: k) {
      // Each thread computes a band of C (rows when m ≥ n, else columns).
      let byRows = m >= n
      WorkerPool.shared.split(byRows ? m : n, minimumPart: 8) { band in
        let lo = band.lowerBound
        sgemmUnsplit(
          transposeA: transposeA, transposeB: transposeB, m: byRows ? band.count : m,
          n: byRows ? n : band.count, k: k, alpha: alpha,
          a: a + (byRows ? (transposeA ? lo : lo * lda) : 0), lda: lda,
          b: b + (byRows ? 0 : (transposeB ? lo * ldb : lo)), ldb: ldb, beta: beta,
          c: c + (byRows ? lo * ldc : lo), ldc: ldc)
      }
      return
    }
    sgemmUnsplit(
      transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: alpha,
      a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
  }

  /// Whether `sgemm` splits an `m×n×k` product in pieces of the depth (see
  /// `BLAS.depthSplitRows`) with `sgemmSplittingDepth`.
  public static func splitsDepth(m: Int, n: Int, k: Int) -> Bool {
    packedGEMM && m * n * k >= BLAS.splitProductMinimum && m <= BLAS.depthSplitRows && k >= 2 * n
  }

  /// `sgemm` of a mini-batch times a deep matrix, in `BLAS.depthPieces` consecutive pieces of
  /// the depth summed after, in order: `C = ((alpha·P₀ + beta·C) + alpha·P₁) + …` where `Pᵢ` is
  /// op(A)'s columns times op(B)'s rows of piece i. The same sum on any number of threads.
  ///
  /// The caller claims pieces from the front and the helper from the back, so on time each
  /// thread multiplies the same part of B's rows every step (the rows of the weight gradient
  /// it also computes).
  public static func sgemmSplittingDepth(
    transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Float = 1,
    a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int, beta: Float = 0,
    c: UnsafeMutablePointer<Float>, ldc: Int
  ) {
    splittingDepth(m: m, n: n, k: k, beta: beta, c: c, ldc: ldc) { depth, pieceBeta, pieceC, pieceLDC in
      let lo = depth.lowerBound
      sgemmUnsplit(
        transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: depth.count, alpha: alpha,
        a: a + (transposeA ? lo * lda : lo), lda: lda, b: b + (transposeB ? lo : lo * ldb), ldb: ldb,
        beta: pieceBeta, c: pieceC, ldc: pieceLDC)
    }
  }

  /// The schedule of `sgemmSplittingDepth`: `multiply(depth, beta, c, ldc)` computes one
  /// piece's product into the C given (C itself with `beta` for the first piece, a scratch
  /// block with 0 for the others), on the thread that claimed it; the scratch blocks are then
  /// added into C in order.
  static func splittingDepth(
    m: Int, n: Int, k: Int, beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int,
    multiply: (Range<Int>, Float, UnsafeMutablePointer<Float>, Int) -> Void
  ) {
    let pieces = BLAS.depthPieces
    withUnsafeTemporaryAllocation(of: Float.self, capacity: (pieces - 1) * m * n) { scratch in
      guard let partials = scratch.baseAddress else { return }
      // Every piece whatever the pool's width (`run(parts:)` would cap them at it).
      WorkerPool.shared.runClaiming(parts: pieces) { piece in
        let depth = BLAS.piece(piece, of: pieces, in: k)
        if piece == 0 {
          multiply(depth, beta, c, ldc)
        } else {
          multiply(depth, 0, partials + (piece - 1) * m * n, n)
        }
      }
      for piece in 1..<pieces {
        nk_add_rows(c, ldc, partials + (piece - 1) * m * n, n, m, n)
      }
    }
  }

  /// Whether `sgemm` cuts an `m×n×k` product into bands of C computed at the same time, by
  /// rows when `m ≥ n`, else by columns (`WorkerPool.shared.split(_:minimumPart: 8)` of `m`
  /// or `n`). A caller that runs the row bands itself (with more work per band) gets the same
  /// numbers from `sgemmUnsplit` on each band.
  public static func splitsIntoBands(m: Int, n: Int, k: Int) -> Bool {
    let product = m * n * k
    let packed = packedGEMM && k > 0
    return product >= BLAS.splitProductMinimum && (packed || product < BLAS.parallelProductLimit)
      && WorkerPool.shared.width > 1 && !splitsDepth(m: m, n: n, k: k)
  }

  /// `sgemm` on the calling thread alone: the packed kernel, else BLAS (its thread count set
  /// for this product; on a helper, `sgemm` has already set it for the whole), else loops.
  public static func sgemmUnsplit(
    transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Float = 1,
    a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int, beta: Float = 0,
    c: UnsafeMutablePointer<Float>, ldc: Int
  ) {
    if packedGEMM && k > 0
      && nk_sgemm_packed(
        transposeA ? 1 : 0, transposeB ? 1 : 0, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc) == 0
    {
      return
    }
    if let blas = OpenBLAS.shared {
      BLAS.prepare(product: m * n * k)
      blas.sgemm(
        CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
        Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    } else {
      sgemmLoops(
        transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: alpha,
        a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
    }
  }
}

extension Tensor {
  /// The largest `m·n·k` that `sgemmAuto` computes with plain loops instead of BLAS.
  ///
  /// Below this size a call into BLAS or the packed kernel (argument checks, packing, thread
  /// dispatch) costs more than the arithmetic: a 32×16×16 product takes well under a
  /// microsecond in a loop, and the three products of a 10-class output layer in a batch-32
  /// step (32×128×10 and its two gradients) made a 784-128-10 epoch 5% faster in loops.
  public static let smallProductLimit = 65_536

  /// `sgemm`, or for products of at most `smallProductLimit` multiply-adds, plain loops
  /// over the same row-major buffers (same arguments, same result up to rounding).
  @inline(__always)
  public static func sgemmAuto(
    transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Float = 1,
    a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int, beta: Float = 0,
    c: UnsafeMutablePointer<Float>, ldc: Int
  ) {
    if m * n * k <= smallProductLimit {
      sgemmLoops(
        transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: alpha,
        a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
    } else {
      sgemm(
        transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: alpha,
        a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
    }
  }

  /// `C = alpha·op(A)·op(B) + beta·C` with plain loops, for small products.
  ///
  /// Runs on the CPU's widest vector unit (`nk_sgemm_rows` in CKernels): each row of C is built
  /// from contiguous rows of B (axpy form, no dependency chain between output elements), each
  /// block of columns keeps its sums in registers over the whole `p` loop, and every element
  /// sees the same operations in the same order as a plain loop, on every machine. With
  /// `transposeB`, B is first copied transposed into a scratch buffer (`nk_transpose`; at most
  /// `smallProductLimit` elements when `m ≥ 1`) so the same form applies.
  public static func sgemmLoops(
    transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Float = 1,
    a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int, beta: Float = 0,
    c: UnsafeMutablePointer<Float>, ldc: Int
  ) {
    if m == 0 || n == 0 { return }
    let rowStep = transposeA ? 1 : lda
    let columnStep = transposeA ? lda : 1
    guard transposeB && k > 0 else {
      nk_sgemm_rows(m, n, k, alpha, a, rowStep, columnStep, b, ldb, beta, c, ldc)
      return
    }
    withUnsafeTemporaryAllocation(of: Float.self, capacity: k * n) { scratch in
      guard let t = scratch.baseAddress else { return }
      nk_transpose(t, b, n, k, ldb)
      nk_sgemm_rows(m, n, k, alpha, a, rowStep, columnStep, t, n, beta, c, ldc)
    }
  }
}
