// Small row-major GEMMs in registers (see CKernels.h), one body for every instruction set.
//
// C[i,:] = beta·C[i,:] + Σ_p (alpha·A[i,p])·B[p,:], four rows at a time, columns in blocks of 16
// whose sums stay in registers over the whole p loop, then single columns. Each element sees
// the same operations in the same order in every variant (multiply, then add), so results
// match bit for bit.
#include "CKernels.h"
#include "isa.h"

/// Rows computed together: their sums are independent chains, so the adds of four rows overlap
/// instead of each waiting for the previous add of the same row (4-cycle latency).
#define NK_ROW_BLOCK 4

/// Rows `i0 ..< i0 + R` of C (R = 1 or NK_ROW_BLOCK), every column.
NK_INLINE void gemm_row_block(size_t R, size_t i0, size_t n, size_t k, float alpha, const float *a, size_t row_step,
                              size_t col_step, const float *b, size_t ldb, float beta, float *c, size_t ldc) {
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

NK_INLINE void gemm_rows_body(size_t m, size_t n, size_t k, float alpha, const float *a, size_t row_step,
                              size_t col_step, const float *b, size_t ldb, float beta, float *c, size_t ldc) {
  size_t i = 0;
  for (; i + NK_ROW_BLOCK <= m; i += NK_ROW_BLOCK)
    gemm_row_block(NK_ROW_BLOCK, i, n, k, alpha, a, row_step, col_step, b, ldb, beta, c, ldc);
  for (; i < m; i++) gemm_row_block(1, i, n, k, alpha, a, row_step, col_step, b, ldb, beta, c, ldc);
}

NK_DISPATCH(gemm_rows, (size_t m, size_t n, size_t k, float alpha, const float *a, size_t row_step, size_t col_step,
                        const float *b, size_t ldb, float beta, float *c, size_t ldc),
            gemm_rows_body(m, n, k, alpha, a, row_step, col_step, b, ldb, beta, c, ldc),
            (m, n, k, alpha, a, row_step, col_step, b, ldb, beta, c, ldc))

void nk_sgemm_rows(size_t m, size_t n, size_t k, float alpha, const float *a, size_t a_row_step,
                   size_t a_col_step, const float *b, size_t ldb, float beta, float *c, size_t ldc) {
  gemm_rows(m, n, k, alpha, a, a_row_step, a_col_step, b, ldb, beta, c, ldc);
}
