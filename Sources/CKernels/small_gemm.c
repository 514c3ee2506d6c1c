// Small row-major GEMMs in registers (see CKernels.h), one body for every instruction set.
//
// C[i,:] = beta·C[i,:] + Σ_p (alpha·A[i,p])·B[p,:], four rows at a time, columns in blocks of 16
// whose sums stay in registers over the whole p loop. The last columns (a 3-class output
// layer) run the same way on a zero-padded copy of B's tail, or as scalar loops when that
// copy would not pay. Each element sees
// the same operations in the same order in every variant (multiply, then add), so results
// match bit for bit.
#include "CKernels.h"
#include "isa.h"

/// Rows computed together: their sums are independent chains, so the adds of eight rows overlap
/// instead of each waiting for the previous add of the same row. Eight chains keep both vector
/// adders busy through a 3–4-cycle add latency; four did not (a batch of 16 through 16 units ran
/// 1.4x slower). Fewer rows left over run four, then one, at a time.
#define NK_ROW_BLOCK 8

/// Tails of B (the last n % 16 columns) are packed 16 wide, zero-padded, when B has 4 to this
/// many rows (a stack buffer of up to 16 KiB), the tail has at least two columns and C at least
/// four rows; otherwise the copy costs more than it saves and the tail runs as
/// scalar loops.
#define NK_TAIL_PACK_ROWS 256

/// Rows `i0 ..< i0 + R` of C (R = 1 or NK_ROW_BLOCK), every column. `tail`, when not NULL,
/// holds B's last `n % 16` columns packed 16 wide (k rows).
NK_INLINE void gemm_row_block(size_t R, size_t i0, size_t n, size_t k, float alpha, const float *a, size_t row_step,
                              size_t col_step, const float *b, size_t ldb, float beta, float *c, size_t ldc,
                              const float *tail) {
  size_t j = 0;
  for (; j + 16 <= n; j += 16) {
    nk_v16 acc[NK_ROW_BLOCK];
    for (size_t r = 0; r < R; r++)
      acc[r] = beta == 0.0f ? nk_splat(0.0f) : nk_splat(beta) * nk_load(c + (i0 + r) * ldc + j);
    for (size_t p = 0; p < k; p++) {
      const nk_v16 bv = nk_load(b + p * ldb + j);
      for (size_t r = 0; r < R; r++) acc[r] = acc[r] + nk_splat(alpha * a[(i0 + r) * row_step + p * col_step]) * bv;
    }
    for (size_t r = 0; r < R; r++) nk_store(c + (i0 + r) * ldc + j, acc[r]);
  }
  if (j < n && tail) {
    // The scalar loop's operations per element, on padded lanes.
    const size_t rest = n - j;
    nk_v16 acc[NK_ROW_BLOCK];
    for (size_t r = 0; r < R; r++) {
      acc[r] = nk_splat(0.0f);
      if (beta != 0.0f) {
        float cpad[16] = {0};
        nk_copy_short(cpad, c + (i0 + r) * ldc + j, rest);
        acc[r] = nk_splat(beta) * nk_load(cpad);
      }
    }
    for (size_t p = 0; p < k; p++) {
      const nk_v16 bv = nk_load(tail + p * 16);
      for (size_t r = 0; r < R; r++) acc[r] = acc[r] + nk_splat(alpha * a[(i0 + r) * row_step + p * col_step]) * bv;
    }
    for (size_t r = 0; r < R; r++) {
      float out[16];
      nk_store(out, acc[r]);
      nk_copy_short(c + (i0 + r) * ldc + j, out, rest);
    }
    return;
  }
  for (; j < n; j++) {
    float acc[NK_ROW_BLOCK];
    for (size_t r = 0; r < R; r++) acc[r] = beta == 0.0f ? 0.0f : beta * c[(i0 + r) * ldc + j];
    for (size_t p = 0; p < k; p++) {
      const float bv = b[p * ldb + j];
      for (size_t r = 0; r < R; r++) acc[r] += (alpha * a[(i0 + r) * row_step + p * col_step]) * bv;
    }
    for (size_t r = 0; r < R; r++) c[(i0 + r) * ldc + j] = acc[r];
  }
}

/// Every row block of C. Always inlined, so a constant `alpha` folds away.
NK_INLINE void gemm_row_blocks(size_t m, size_t n, size_t k, float alpha, const float *a, size_t row_step,
                               size_t col_step, const float *b, size_t ldb, float beta, float *c, size_t ldc,
                               const float *tail) {
  size_t i = 0;
  for (; i + NK_ROW_BLOCK <= m; i += NK_ROW_BLOCK)
    gemm_row_block(NK_ROW_BLOCK, i, n, k, alpha, a, row_step, col_step, b, ldb, beta, c, ldc, tail);
  if (i + NK_ROW_BLOCK / 2 <= m) {
    gemm_row_block(NK_ROW_BLOCK / 2, i, n, k, alpha, a, row_step, col_step, b, ldb, beta, c, ldc, tail);
    i += NK_ROW_BLOCK / 2;
  }
  for (; i < m; i++) gemm_row_block(1, i, n, k, alpha, a, row_step, col_step, b, ldb, beta, c, ldc, tail);
}

NK_INLINE void gemm_rows_body(size_t m, size_t n, size_t k, float alpha, const float *a, size_t row_step,
                              size_t col_step, const float *b, size_t ldb, float beta, float *c, size_t ldc) {
  const size_t j0 = n - n % 16;
  const int pack = n - j0 >= 2 && m >= NK_ROW_BLOCK / 2 && k >= 4 && k <= NK_TAIL_PACK_ROWS;
  float packed[pack ? k * 16 : 1];
  if (pack) {
    for (size_t p = 0; p < k; p++) {
      nk_store(packed + p * 16, nk_splat(0.0f));
      nk_copy_short(packed + p * 16, b + p * ldb + j0, n - j0);
    }
  }
  const float *tail = pack ? packed : NULL;
  // alpha = 1 (every call from a layer) skips one multiply per element of A: x·1 = x exactly.
  if (alpha == 1.0f)
    gemm_row_blocks(m, n, k, 1.0f, a, row_step, col_step, b, ldb, beta, c, ldc, tail);
  else
    gemm_row_blocks(m, n, k, alpha, a, row_step, col_step, b, ldb, beta, c, ldc, tail);
}

NK_DISPATCH(gemm_rows, (size_t m, size_t n, size_t k, float alpha, const float *a, size_t row_step, size_t col_step,
                        const float *b, size_t ldb, float beta, float *c, size_t ldc),
            gemm_rows_body(m, n, k, alpha, a, row_step, col_step, b, ldb, beta, c, ldc),
            (m, n, k, alpha, a, row_step, col_step, b, ldb, beta, c, ldc))

void nk_sgemm_rows(size_t m, size_t n, size_t k, float alpha, const float *a, size_t a_row_step,
                   size_t a_col_step, const float *b, size_t ldb, float beta, float *c, size_t ldc) {
  gemm_rows(m, n, k, alpha, a, a_row_step, a_col_step, b, ldb, beta, c, ldc);
}

void nk_transpose(float *dst, const float *src, size_t rows, size_t cols, size_t ld) {
  for (size_t c = 0; c < cols; c++)
    for (size_t r = 0; r < rows; r++) dst[c * rows + r] = src[r * ld + c];
}
