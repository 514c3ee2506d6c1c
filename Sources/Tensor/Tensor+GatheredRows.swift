import CKernels

/// Products whose A is a mini-batch read where its samples lie in the dataset.
///
/// A training step multiplies its batch's samples twice: by the first kernel (`x·W`) and, for
/// the kernel's gradient, transposed (`xᵀ·dz`). Gathering the samples into a batch first
/// copies every value once more than the product needs: on the packed kernel the rows are
/// read straight from the dataset while they are packed, which makes the copy its only pass
/// over them. Without the packed kernel the rows are gathered into a scratch batch first.
extension Tensor {
  /// `sgemmUnsplit` with A given by its stored rows: stored row `i` of A (row `i` of op(A)
  /// untransposed, column `i` of it transposed) is the `width` values from `rows[i] + column`,
  /// where `width` is `k` untransposed and `m` transposed.
  public static func sgemmUnsplit(
    transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Float = 1,
    rows: UnsafePointer<UnsafePointer<Float>?>, column: Int, b: UnsafePointer<Float>, ldb: Int, beta: Float = 0,
    c: UnsafeMutablePointer<Float>, ldc: Int
  ) {
    if packedGEMM && m > 0 && n > 0 && k > 0
      && nk_sgemm_packed_rows(
        transposeA ? 1 : 0, transposeB ? 1 : 0, m, n, k, alpha, rows, column, b, ldb, beta, c, ldc) == 0
    {
      return
    }
    let count = transposeA ? k : m
    let width = transposeA ? m : k
    withUnsafeTemporaryAllocation(of: Float.self, capacity: Swift.max(count * width, 1)) { scratch in
      guard let a = scratch.baseAddress else { return }
      for i in 0..<count {
        if let row = rows[i] {
          (a + i * width).update(from: row + column, count: width)
        } else {
          (a + i * width).update(repeating: 0, count: width)
        }
      }
      sgemmUnsplit(
        transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: alpha, a: a, lda: width, b: b,
        ldb: ldb, beta: beta, c: c, ldc: ldc)
    }
  }

  /// `sgemmSplittingDepth` (untransposed A) with A given by its rows: row `i` of A is the `k`
  /// values from `rows[i]`. Each thread reads its piece's columns of the rows while it packs
  /// them; the numbers are those of `sgemmSplittingDepth` on the gathered rows.
  public static func sgemmSplittingDepth(
    transposeB: Bool, m: Int, n: Int, k: Int, alpha: Float = 1, rows: UnsafePointer<UnsafePointer<Float>?>,
    b: UnsafePointer<Float>, ldb: Int, beta: Float = 0, c: UnsafeMutablePointer<Float>, ldc: Int
  ) {
    splittingDepth(m: m, n: n, k: k, beta: beta, c: c, ldc: ldc) { depth, pieceBeta, pieceC, pieceLDC in
      let lo = depth.lowerBound
      sgemmUnsplit(
        transposeA: false, transposeB: transposeB, m: m, n: n, k: depth.count, alpha: alpha, rows: rows, column: lo,
        b: b + (transposeB ? lo : lo * ldb), ldb: ldb, beta: pieceBeta, c: pieceC, ldc: pieceLDC)
    }
  }
}
