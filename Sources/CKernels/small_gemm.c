// Small row-major GEMMs in registers, one variant per instruction set (see CKernels.h).
//
// C[i,:] = beta·C[i,:] + Σ_p (alpha·A[i,p])·B[p,:], columns in vector-wide blocks whose sums
// stay in registers over the whole p loop. Each element sees the same operations in the same
// order in every variant (multiply, then add; no fused multiply-add), so results match bit
// for bit across machines.
#pragma STDC FP_CONTRACT OFF

#include "CKernels.h"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

typedef void (*gemm_fn)(size_t, size_t, size_t, float, const float *, size_t, size_t, const float *, size_t,
                        float, float *, size_t);

/// One column of one row, the scalar way; also the tail of the vector variants.
static inline float column_sum(size_t k, float alpha, const float *a_row, size_t col_step, const float *b,
                               size_t ldb, float beta, const float *c_elem, size_t j) {
  float acc = beta == 0.0f ? 0.0f : beta * *c_elem;
  for (size_t p = 0; p < k; p++) acc += (alpha * a_row[p * col_step]) * b[p * ldb + j];
  return acc;
}

static void gemm_baseline(size_t m, size_t n, size_t k, float alpha, const float *a, size_t row_step,
                          size_t col_step, const float *b, size_t ldb, float beta, float *c, size_t ldc) {
  for (size_t i = 0; i < m; i++) {
    const float *a_row = a + i * row_step;
    float *row = c + i * ldc;
    size_t j = 0;
#if defined(__x86_64__)
    for (; j + 4 <= n; j += 4) {
      __m128 acc = beta == 0.0f ? _mm_setzero_ps() : _mm_mul_ps(_mm_set1_ps(beta), _mm_loadu_ps(row + j));
      for (size_t p = 0; p < k; p++)
        acc = _mm_add_ps(acc, _mm_mul_ps(_mm_set1_ps(alpha * a_row[p * col_step]), _mm_loadu_ps(b + p * ldb + j)));
      _mm_storeu_ps(row + j, acc);
    }
#endif
    for (; j < n; j++) row[j] = column_sum(k, alpha, a_row, col_step, b, ldb, beta, row + j, j);
  }
}

#if defined(__x86_64__)
__attribute__((target("avx2")))
static void gemm_avx2(size_t m, size_t n, size_t k, float alpha, const float *a, size_t row_step,
                      size_t col_step, const float *b, size_t ldb, float beta, float *c, size_t ldc) {
  for (size_t i = 0; i < m; i++) {
    const float *a_row = a + i * row_step;
    float *row = c + i * ldc;
    size_t j = 0;
    for (; j + 16 <= n; j += 16) {
      __m256 lo = _mm256_setzero_ps(), hi = _mm256_setzero_ps();
      if (beta != 0.0f) {
        lo = _mm256_mul_ps(_mm256_set1_ps(beta), _mm256_loadu_ps(row + j));
        hi = _mm256_mul_ps(_mm256_set1_ps(beta), _mm256_loadu_ps(row + j + 8));
      }
      for (size_t p = 0; p < k; p++) {
        __m256 s = _mm256_set1_ps(alpha * a_row[p * col_step]);
        lo = _mm256_add_ps(lo, _mm256_mul_ps(s, _mm256_loadu_ps(b + p * ldb + j)));
        hi = _mm256_add_ps(hi, _mm256_mul_ps(s, _mm256_loadu_ps(b + p * ldb + j + 8)));
      }
      _mm256_storeu_ps(row + j, lo);
      _mm256_storeu_ps(row + j + 8, hi);
    }
    for (; j + 8 <= n; j += 8) {
      __m256 acc = beta == 0.0f ? _mm256_setzero_ps() : _mm256_mul_ps(_mm256_set1_ps(beta), _mm256_loadu_ps(row + j));
      for (size_t p = 0; p < k; p++)
        acc = _mm256_add_ps(acc, _mm256_mul_ps(_mm256_set1_ps(alpha * a_row[p * col_step]),
                                               _mm256_loadu_ps(b + p * ldb + j)));
      _mm256_storeu_ps(row + j, acc);
    }
    for (; j < n; j++) row[j] = column_sum(k, alpha, a_row, col_step, b, ldb, beta, row + j, j);
  }
}

__attribute__((target("avx512f")))
static void gemm_avx512(size_t m, size_t n, size_t k, float alpha, const float *a, size_t row_step,
                        size_t col_step, const float *b, size_t ldb, float beta, float *c, size_t ldc) {
  for (size_t i = 0; i < m; i++) {
    const float *a_row = a + i * row_step;
    float *row = c + i * ldc;
    for (size_t j = 0; j < n; j += 16) {
      // The last block of a row covers the remaining columns through a lane mask.
      __mmask16 mask = n - j >= 16 ? (__mmask16)0xFFFF : (__mmask16)((1u << (n - j)) - 1);
      __m512 acc = beta == 0.0f ? _mm512_setzero_ps()
                                : _mm512_mul_ps(_mm512_set1_ps(beta), _mm512_maskz_loadu_ps(mask, row + j));
      for (size_t p = 0; p < k; p++)
        acc = _mm512_add_ps(acc, _mm512_mul_ps(_mm512_set1_ps(alpha * a_row[p * col_step]),
                                               _mm512_maskz_loadu_ps(mask, b + p * ldb + j)));
      _mm512_mask_storeu_ps(row + j, mask, acc);
    }
  }
}
#endif

/// The widest supported variant, chosen once.
static gemm_fn gemm_variant(void) {
#if defined(__x86_64__)
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx512f")) return gemm_avx512;
  if (__builtin_cpu_supports("avx2")) return gemm_avx2;
#endif
  return gemm_baseline;
}

void nk_sgemm_rows(size_t m, size_t n, size_t k, float alpha, const float *a, size_t a_row_step,
                   size_t a_col_step, const float *b, size_t ldb, float beta, float *c, size_t ldc) {
  static gemm_fn chosen = 0;
  gemm_fn fn = __atomic_load_n(&chosen, __ATOMIC_RELAXED);
  if (!fn) {
    fn = gemm_variant();
    __atomic_store_n(&chosen, fn, __ATOMIC_RELAXED);
  }
  fn(m, n, k, alpha, a, a_row_step, a_col_step, b, ldb, beta, c, ldc);
}
