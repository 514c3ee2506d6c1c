#pragma once
// Element-wise training kernels compiled for the widest vector unit the CPU has.
//
// Swift builds for the baseline x86-64 ISA (SSE2), and Swift has no per-function target
// attribute. These loops are written once per ISA in C (AVX-512, AVX2, baseline) and the
// fastest the running CPU supports is chosen on first use, so one binary runs everywhere.
// Every variant rounds each operation as the scalar formula does: results are bit-identical
// across ISAs (no fused multiply-adds).

#include <stddef.h>

/// One Adam step over `count` parameters, in place:
/// m ← m + (g − m)·c1; v ← v + (g² − v)·c2; θ ← θ − alpha·m / (√v + eps).
void nk_adam_step(float *theta, const float *gradient, float *m, float *v, size_t count,
                  float c1, float c2, float alpha, float eps);

/// C[m×n] = beta·C + alpha·A·B for small products, row by row in registers: element (i, p) of A
/// is a[i·a_row_step + p·a_col_step] (so A may be stored transposed), B is k×n with row stride
/// ldb, C has row stride ldc. With beta = 0, C is not read.
void nk_sgemm_rows(size_t m, size_t n, size_t k, float alpha, const float *a, size_t a_row_step,
                   size_t a_col_step, const float *b, size_t ldb, float beta, float *c, size_t ldc);

/// dst[c·rows + r] = src[r·ld + c] for r < rows, c < cols: the cols×rows transpose of a
/// rows×cols matrix with row stride ld (small matrices: a small product's transposed B).
void nk_transpose(float *dst, const float *src, size_t rows, size_t cols, size_t ld);

/// z[r·width + j] += bias[j] (when `bias` is not NULL), then y = max(z, 0) as `0 >= z ? 0 : z`
/// (NaN stays NaN), for `rows` rows: a ReLU Dense layer's forward pass after its product.
/// `y` must not overlap `z`.
void nk_bias_relu(float *z, const float *bias, float *y, size_t rows, size_t width);

/// dz[i] = dy[i] · (z[i] > 0 ? 1 : 0) for i < count: ReLU's backward pass.
void nk_relu_backward(const float *dy, const float *z, float *dz, size_t count);

/// dst[j] = Σ_r src[r·stride + j] for j < width over `rows` rows, summed from row 0 (a bias
/// gradient, or a band of its columns). `dst` must not overlap `src`.
void nk_column_sums(size_t rows, size_t width, size_t stride, const float *src, float *dst);

/// dst[r·ldd + j] += src[r·lds + j] for r < rows, j < width (no overlap).
void nk_add_rows(float *dst, size_t ldd, const float *src, size_t lds, size_t rows, size_t width);

/// dst[i] = e^src[i] (within ~1 ulp of the exact value; +inf above 88.7, 0 below -103.9, NaN
/// stays NaN). `dst` may be `src`.
void nk_exp(const float *src, float *dst, size_t count);

/// dst[i] = 1 / (1 + e^-src[i]), computed from e^-|x| so nothing overflows. `dst` may be `src`.
void nk_logistic(const float *src, float *dst, size_t count);

/// dst[r·width ..< (r+1)·width] = src[rows[r]·width ..< (rows[r]+1)·width] for r < count: the
/// rows of a mini-batch (indices are not checked; `dst` must not overlap `src`).
void nk_gather_rows(float *dst, const float *src, const long *rows, size_t count, size_t width);

/// Whether `nk_sgemm_packed` runs on this CPU (it needs AVX-512).
int nk_sgemm_packed_available(void);

/// C[m×n] = alpha·op(A)·op(B) + beta·C, row-major (op(X) = Xᵀ when its flag is set; m×k and
/// k×n are the shapes of op(A) and op(B), lda/ldb/ldc the stored row strides), with packed
/// panels and an AVX-512 register tile for large products. Returns 0, or -1 without touching
/// C when it cannot run (no AVX-512, no packing memory, or m, n or k is 0).
int nk_sgemm_packed(int trans_a, int trans_b, size_t m, size_t n, size_t k, float alpha, const float *a,
                    size_t lda, const float *b, size_t ldb, float beta, float *c, size_t ldc);

/// `nk_sgemm_packed` with A's stored rows read where they lie: stored row i of A (a row of
/// op(A) when trans_a is 0, a column of it when 1) starts at a_rows[i] + a_col. A mini-batch's
/// samples are multiplied straight from the dataset, without gathering them first. Returns 0,
/// or -1 without touching C when it cannot run.
int nk_sgemm_packed_rows(int trans_a, int trans_b, size_t m, size_t n, size_t k, float alpha,
                         const float *const *a_rows, size_t a_col, const float *b, size_t ldb, float beta, float *c,
                         size_t ldc);

/// The calling thread's floating-point control word (x86 MXCSR; 0 where there is none).
unsigned nk_fp_control(void);

/// Sets the calling thread's floating-point control word (a value from `nk_fp_control`).
void nk_set_fp_control(unsigned control);

/// `control` with denormal results flushed to zero and denormal inputs read as zero (x86 FTZ
/// and DAZ; unchanged where there is no such mode).
unsigned nk_fp_control_flushing(unsigned control);

/// A spin-wait hint (x86 PAUSE): eases the core's pipeline while polling, and lets a
/// hypervisor that watches for pause loops run another virtual CPU instead.
static inline void nk_spin_pause(void) {
#if defined(__x86_64__)
  __builtin_ia32_pause();
#endif
}

/// The instruction set the kernels run with: "avx512f", "avx2" or "baseline".
const char *nk_isa(void);
