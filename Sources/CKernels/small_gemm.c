// Small row-major GEMMs in registers (see CKernels.h), one body for every instruction set.
//
// C[i,:] = beta·C[i,:] + Σ_p (alpha·A[i,p])·B[p,:], columns in blocks of 16 whose sums stay in
// registers over the whole p loop, then single columns. Each element sees the same operations
// in the same order in every variant (multiply, then add), so results match bit for bit.
#include "CKernels.h"
#include "isa.h"

NK_INLINE void gemm_rows_body(size_t m, size_t n, size_t k, float alpha, const float *a, size_t row_step,
                              size_t col_step, const float *b, size_t ldb, float beta, float *c, size_t ldc) {
  for (size_t i = 0; i < m; i++) {
    const float *a_row = a + i * row_step;
    float *row = c + i * ldc;
    size_t j = 0;
    for (; j + 16 <= n; j += 16) {
      nk_v16 acc = beta == 0.0f ? nk_splat(0.0f) : nk_splat(beta) * nk_load(row + j);
      for (size_t p = 0; p < k; p++) acc = acc + nk_splat(alpha * a_row[p * col_step]) * nk_load(b + p * ldb + j);
      nk_store(row + j, acc);
    }
    for (; j < n; j++) {
      float acc = beta == 0.0f ? 0.0f : beta * row[j];
      for (size_t p = 0; p < k; p++) acc += (alpha * a_row[p * col_step]) * b[p * ldb + j];
      row[j] = acc;
    }
  }
}

NK_DISPATCH(gemm_rows, (size_t m, size_t n, size_t k, float alpha, const float *a, size_t row_step, size_t col_step,
                        const float *b, size_t ldb, float beta, float *c, size_t ldc),
            gemm_rows_body(m, n, k, alpha, a, row_step, col_step, b, ldb, beta, c, ldc),
            (m, n, k, alpha, a, row_step, col_step, b, ldb, beta, c, ldc))

void nk_sgemm_rows(size_t m, size_t n, size_t k, float alpha, const float *a, size_t a_row_step,
                   size_t a_col_step, const float *b, size_t ldb, float beta, float *c, size_t ldc) {
  gemm_rows(m, n, k, alpha, a, a_row_step, a_col_step, b, ldb, beta, c, ldc);
}
