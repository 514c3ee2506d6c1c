// Large float32 products on AVX-512 (see CKernels.h): packed panels and a 12×32 register tile.
//
// OpenBLAS here is held to its AVX2 kernels by the environment (OPENBLAS_CORETYPE), which use
// half of an AVX-512 core's multiply-add width. This is the classic blocked scheme (Goto, BLIS):
// a KC×NC panel of op(B) is copied into 32-column slivers, an MC×KC block of op(A) into 12-row
// slivers, and a micro-kernel keeps a 12×32 block of C in 24 registers while it walks KC.
// Panels are sized for the caches: an A block (~144 KiB) stays in L2, a B sliver (32 KiB) in L1;
// the depth is cut into equal blocks of at most KC. Products of a few rows (a mini-batch of 32)
// read an untransposed B in place instead, since each value is used by only a few slivers.
// Edges are padded with zeros when packed and written back through lane masks, so every shape
// and both transposes go through the same kernel. Multiply-adds are fused (one rounding each),
// as BLAS kernels do; results agree with other BLAS builds to rounding, not bit for bit.
#include "CKernels.h"
#include "isa.h"
#include <immintrin.h>
#include <stdlib.h>

#define MR 12
#define NR 32
#define KC 256
#define MC 144
#define NC 2048
// Products with at most this many rows read full slivers of an untransposed B in place.
#define DIRECT_B_ROWS 48
// Products with at most this many columns (and many rows) run through their transpose.
#define FEW_COLUMNS 12
// How far ahead a packed row read in place is fetched (eight cache lines).
#define PREFETCH_FLOATS 128

#if defined(__x86_64__)
#define NK_AVX512_FMA __attribute__((target("avx512f,fma")))

/// acc (the first `rows` rows of a 12×32 block, as vectors) = Ap·Bp over kc packed steps, B's
/// rows `ldbp` apart (NR when packed). `rows` is a constant at every call: inlined into the tile
/// kernels, the loops unroll and the compiler keeps acc in registers.
NK_AVX512_FMA static inline __attribute__((always_inline)) void multiply_tile(int rows, size_t kc, const float *ap,
                                                                              const float *bp, size_t ldbp,
                                                                              __m512 acc[MR][2]) {
#pragma clang loop unroll(full)
  for (int i = 0; i < rows; i++) {
    acc[i][0] = _mm512_setzero_ps();
    acc[i][1] = _mm512_setzero_ps();
  }
  for (size_t p = 0; p < kc; p++) {
    const __m512 b0 = _mm512_loadu_ps(bp), b1 = _mm512_loadu_ps(bp + 16);
#pragma clang loop unroll(full)
    for (int i = 0; i < rows; i++) {
      const __m512 a = _mm512_set1_ps(ap[i]);
      acc[i][0] = _mm512_fmadd_ps(a, b0, acc[i][0]);
      acc[i][1] = _mm512_fmadd_ps(a, b1, acc[i][1]);
    }
    ap += MR;
    bp += ldbp;
  }
}

/// A full 12×32 tile of C (row stride ldc) = alpha·(Ap·Bp) + beta·C; beta = 0 does not read C.
/// Every index is a constant, so the accumulators never leave the registers; alpha = 1 and
/// beta = 1 (every depth block after the first) skip their multiplies, which give the same bits.
NK_AVX512_FMA static void micro_kernel_full(size_t kc, const float *ap, const float *bp, size_t ldbp, float *c,
                                            size_t ldc, float alpha, float beta) {
  __m512 acc[MR][2];
  multiply_tile(MR, kc, ap, bp, ldbp, acc);
  const __m512 av = _mm512_set1_ps(alpha), bv = _mm512_set1_ps(beta);
#pragma clang loop unroll(full)
  for (int i = 0; i < MR; i++) {
    float *row = c + i * ldc;
    __m512 r0 = acc[i][0], r1 = acc[i][1];
    if (alpha != 1.0f) {
      r0 = _mm512_mul_ps(av, r0);
      r1 = _mm512_mul_ps(av, r1);
    }
    if (beta == 1.0f) {
      r0 = _mm512_add_ps(_mm512_loadu_ps(row), r0);
      r1 = _mm512_add_ps(_mm512_loadu_ps(row + 16), r1);
    } else if (beta != 0.0f) {
      r0 = _mm512_fmadd_ps(bv, _mm512_loadu_ps(row), r0);
      r1 = _mm512_fmadd_ps(bv, _mm512_loadu_ps(row + 16), r1);
    }
    _mm512_storeu_ps(row, r0);
    _mm512_storeu_ps(row + 16, r1);
  }
}

/// An edge tile: the first mr ≤ rows rows and nr columns of the 12×32 block, written through lane
/// masks. Only `rows` rows are multiplied (4, 8 or 12, a constant), and the stores unroll over
/// them with a test of mr each, so the accumulators stay in registers.
NK_AVX512_FMA static inline __attribute__((always_inline)) void edge_tile(int rows, size_t kc, const float *ap,
                                                                          const float *bp, size_t ldbp, float *c,
                                                                          size_t ldc, float alpha, float beta,
                                                                          size_t mr, size_t nr) {
  __m512 acc[MR][2];
  multiply_tile(rows, kc, ap, bp, ldbp, acc);
  const __m512 av = _mm512_set1_ps(alpha), bv = _mm512_set1_ps(beta);
  const __mmask16 m0 = nr >= 16 ? 0xFFFF : (__mmask16)((1u << nr) - 1);
  const __mmask16 m1 = nr <= 16 ? 0 : (nr >= 32 ? 0xFFFF : (__mmask16)((1u << (nr - 16)) - 1));
#pragma clang loop unroll(full)
  for (int i = 0; i < rows; i++) {
    if ((size_t)i >= mr) break;
    float *row = c + i * ldc;
    __m512 r0 = _mm512_mul_ps(av, acc[i][0]), r1 = _mm512_mul_ps(av, acc[i][1]);
    if (beta != 0.0f) {
      r0 = _mm512_fmadd_ps(bv, _mm512_maskz_loadu_ps(m0, row), r0);
      r1 = _mm512_fmadd_ps(bv, _mm512_maskz_loadu_ps(m1, row + 16), r1);
    }
    _mm512_mask_storeu_ps(row, m0, r0);
    _mm512_mask_storeu_ps(row + 16, m1, r1);
  }
}

/// An edge tile with the fewest rows that cover mr (a mini-batch of 32 leaves an 8-row edge).
NK_AVX512_FMA static void micro_kernel_edge(size_t kc, const float *ap, const float *bp, size_t ldbp, float *c,
                                            size_t ldc, float alpha, float beta, size_t mr, size_t nr) {
  if (mr <= 4) {
    edge_tile(4, kc, ap, bp, ldbp, c, ldc, alpha, beta, mr, nr);
  } else if (mr <= 8) {
    edge_tile(8, kc, ap, bp, ldbp, c, ldc, alpha, beta, mr, nr);
  } else {
    edge_tile(MR, kc, ap, bp, ldbp, c, ldc, alpha, beta, mr, nr);
  }
}

/// C[mr×nr] (row stride ldc) = alpha·(Ap·Bp) + beta·C over kc packed steps, B's rows `ldbp` apart.
NK_AVX512_FMA static inline void micro_kernel(size_t kc, const float *ap, const float *bp, size_t ldbp, float *c,
                                              size_t ldc, float alpha, float beta, size_t mr, size_t nr) {
  if (mr == MR && nr == NR) {
    micro_kernel_full(kc, ap, bp, ldbp, c, ldc, alpha, beta);
  } else {
    micro_kernel_edge(kc, ap, bp, ldbp, c, ldc, alpha, beta, mr, nr);
  }
}

/// A 16×16 transpose in registers: given r[i] = row i (16 columns), leaves c[q] = column q
/// (16 rows). Four shuffle stages: 32-bit pairs, 64-bit pairs, then 128-bit lanes twice.
NK_AVX512_FMA static inline void transpose_16x16(const __m512 r[16], __m512 c[16]) {
  __m512 t[16], u[16], w[16];
  // t[2i], t[2i+1]: rows 2i and 2i+1 interleaved; lane L holds columns 4L, 4L+1 and 4L+2, 4L+3.
  for (int i = 0; i < 8; i++) {
    t[2 * i] = _mm512_unpacklo_ps(r[2 * i], r[2 * i + 1]);
    t[2 * i + 1] = _mm512_unpackhi_ps(r[2 * i], r[2 * i + 1]);
  }
  // u[4g + j], lane L: rows 4g ..< 4g+4 of column 4L + j.
  for (int g = 0; g < 4; g++) {
    const __m512d lo = _mm512_castps_pd(t[4 * g]), hi = _mm512_castps_pd(t[4 * g + 2]);
    const __m512d lo2 = _mm512_castps_pd(t[4 * g + 1]), hi2 = _mm512_castps_pd(t[4 * g + 3]);
    u[4 * g] = _mm512_castpd_ps(_mm512_unpacklo_pd(lo, hi));
    u[4 * g + 1] = _mm512_castpd_ps(_mm512_unpackhi_pd(lo, hi));
    u[4 * g + 2] = _mm512_castpd_ps(_mm512_unpacklo_pd(lo2, hi2));
    u[4 * g + 3] = _mm512_castpd_ps(_mm512_unpackhi_pd(lo2, hi2));
  }
  // Gather the four row groups of each column: lanes (0, 2) and (1, 3), then again.
  for (int j = 0; j < 4; j++) {
    w[4 * j] = _mm512_shuffle_f32x4(u[j], u[4 + j], 0x88);
    w[4 * j + 1] = _mm512_shuffle_f32x4(u[j], u[4 + j], 0xDD);
    w[4 * j + 2] = _mm512_shuffle_f32x4(u[8 + j], u[12 + j], 0x88);
    w[4 * j + 3] = _mm512_shuffle_f32x4(u[8 + j], u[12 + j], 0xDD);
  }
  for (int j = 0; j < 4; j++) {
    c[j] = _mm512_shuffle_f32x4(w[4 * j], w[4 * j + 2], 0x88);
    c[4 + j] = _mm512_shuffle_f32x4(w[4 * j + 1], w[4 * j + 3], 0x88);
    c[8 + j] = _mm512_shuffle_f32x4(w[4 * j], w[4 * j + 2], 0xDD);
    c[12 + j] = _mm512_shuffle_f32x4(w[4 * j + 1], w[4 * j + 3], 0xDD);
  }
}

/// Columns p ..< p+16 of 12 rows, transposed: out[q·12 + r] = rows[r][p + q] (rows 12–15 of the
/// transpose are zero). Each 16-float store also covers the next column's first four slots, so
/// columns are stored in order and the last one, when it ends the sliver (`last`), through a
/// 12-lane mask.
NK_AVX512_FMA static inline void transpose_12x16(const float *const *rows, size_t p, float *out, int last) {
  __m512 r[16], c[16];
  for (int i = 0; i < MR; i++) r[i] = _mm512_loadu_ps(rows[i] + p);
  for (int i = MR; i < 16; i++) r[i] = _mm512_setzero_ps();
  transpose_16x16(r, c);
  for (int q = 0; q < 15; q++) _mm512_storeu_ps(out + q * MR, c[q]);
  if (last) {
    _mm512_mask_storeu_ps(out + 15 * MR, (1u << MR) - 1, c[15]);
  } else {
    _mm512_storeu_ps(out + 15 * MR, c[15]);
  }
}

/// Zeros standing in for the rows past the edge of a partial A sliver (at most KC are read).
static const float zero_row[KC] __attribute__((aligned(64)));

/// Where A's stored rows are: `base`, rows `lda` apart, or, when `rows` is set, row i at
/// rows[i] + col (a mini-batch's samples read where they lie in the dataset).
typedef struct {
  const float *base;
  size_t lda;
  const float *const *rows;
  size_t col;
} a_source;

/// Stored row i of A, from column j on.
static inline const float *a_row(a_source a, size_t i, size_t j) {
  return a.rows ? a.rows[i] + a.col + j : a.base + i * a.lda + j;
}

/// op(A)[i0 ..< i0+mc, p0 ..< p0+kc] into 12-row slivers: sliver s holds, for each p, rows
/// 12s ..< 12s+12 (zeros past mc). Every sliver takes branch-free loops, an edge sliver too (a
/// mini-batch of 32 leaves one of 8 rows): a row of up to 12 contiguous values per p when A is
/// stored transposed, else 16 columns of 12 rows transposed in registers, rows past the edge
/// read from `zero_row` (one value from each row for the last kc % 16).
NK_AVX512_FMA static void pack_a(size_t mc, size_t kc, a_source a, size_t i0, size_t p0, int trans, float *out) {
  for (size_t s = 0; s < mc; s += MR) {
    const size_t mr = mc - s < MR ? mc - s : MR;
    if (trans) {
      const __mmask16 twelve = (1u << MR) - 1, present = (__mmask16)((1u << mr) - 1);
      for (size_t p = 0; p < kc; p++)
        _mm512_mask_storeu_ps(out + p * MR, twelve, _mm512_maskz_loadu_ps(present, a_row(a, p0 + p, i0 + s)));
    } else {
      const float *rows[MR];
      for (size_t r = 0; r < MR; r++) rows[r] = r < mr ? a_row(a, i0 + s + r, p0) : zero_row;
      size_t p = 0;
      for (; p + 16 <= kc; p += 16) {
        if (a.rows) {
          // Rows read where they lie are misses to memory: fetch each a few lines ahead.
#pragma clang loop unroll(full)
          for (size_t r = 0; r < MR; r++) __builtin_prefetch(rows[r] + p + PREFETCH_FLOATS, 0, 3);
        }
        transpose_12x16(rows, p, out + p * MR, p + 16 == kc);
      }
      for (; p < kc; p++) {
#pragma clang loop unroll(full)
        for (size_t r = 0; r < MR; r++) out[p * MR + r] = rows[r][p];
      }
    }
    out += kc * MR;
  }
}

/// op(B)[0..<kc, 0..<nc] into 32-column slivers (zeros past nc). `b` points at op(B)[0, 0].
/// Full slivers: two vector copies per p, or, when B is stored transposed, 16 columns of each
/// half of its 32 stored rows transposed in registers (the last kc % 16 value by value).
NK_AVX512_FMA static void pack_b(size_t kc, size_t nc, const float *b, size_t ldb, int trans, float *out) {
  for (size_t j0 = 0; j0 < nc; j0 += NR) {
    const size_t nr = nc - j0 < NR ? nc - j0 : NR;
    if (nr == NR && !trans) {
      for (size_t p = 0; p < kc; p++) {
        _mm512_storeu_ps(out + p * NR, _mm512_loadu_ps(b + p * ldb + j0));
        _mm512_storeu_ps(out + p * NR + 16, _mm512_loadu_ps(b + p * ldb + j0 + 16));
      }
    } else if (nr == NR) {
      size_t p = 0;
      for (; p + 16 <= kc; p += 16) {
        for (size_t half = 0; half < NR; half += 16) {
          __m512 r[16], c[16];
          for (int i = 0; i < 16; i++) r[i] = _mm512_loadu_ps(b + (j0 + half + i) * ldb + p);
          transpose_16x16(r, c);
          for (int q = 0; q < 16; q++) _mm512_storeu_ps(out + (p + q) * NR + half, c[q]);
        }
      }
      for (size_t s = 0; s < NR; s++) {
        const float *row = b + (j0 + s) * ldb;
        for (size_t q = p; q < kc; q++) out[q * NR + s] = row[q];
      }
    } else {
      for (size_t p = 0; p < kc; p++) {
        float *dst = out + p * NR;
        for (size_t s = 0; s < NR; s++) dst[s] = s < nr ? (trans ? b[(j0 + s) * ldb + p] : b[p * ldb + j0 + s]) : 0.0f;
      }
    }
    out += kc * NR;
  }
}

/// This thread's packing space, kept between calls (a training loop multiplies the same
/// shapes every step); NULL when it cannot be allocated.
static float *pack_space(size_t floats) {
  static _Thread_local float *space = NULL;
  static _Thread_local size_t capacity = 0;
  if (floats > capacity) {
    free(space);
    const size_t bytes = ((floats * sizeof(float)) + 63) / 64 * 64;
    space = aligned_alloc(64, bytes);
    capacity = space ? floats : 0;
  }
  return space;
}

static size_t round_up(size_t x, size_t step) { return (x + step - 1) / step * step; }

/// C = alpha·op(A)·op(B) + beta·C for a C of few columns (a 10-class output layer), through its
/// transpose: Cᵀ = op(B)ᵀ·op(A)ᵀ puts the few columns in one 12-row sliver instead of a third
/// of a 32-column one. Every element gets the same multiply-adds in the same order; only beta·C
/// is added last instead of first, which matters to rounding when beta ≠ 0 and k spans several
/// depth blocks. -1 when the scratch cannot be allocated.
static int sgemm_few_columns(int trans_a, int trans_b, size_t m, size_t n, size_t k, float alpha, const float *a,
                             size_t lda, const float *b, size_t ldb, float beta, float *c, size_t ldc) {
  float *ct = malloc(m * n * sizeof(float));
  if (!ct) return -1;
  if (nk_sgemm_packed(!trans_b, !trans_a, n, m, k, alpha, b, ldb, a, lda, 0.0f, ct, m) != 0) {
    free(ct);
    return -1;
  }
  for (size_t i = 0; i < m; i++) {
    float *row = c + i * ldc;
    for (size_t j = 0; j < n; j++) row[j] = beta != 0.0f ? __builtin_fmaf(beta, row[j], ct[j * m + i]) : ct[j * m + i];
  }
  free(ct);
  return 0;
}

/// The blocked product, A read from `a`.
static int sgemm_blocked(int trans_a, int trans_b, size_t m, size_t n, size_t k, float alpha, a_source a,
                         const float *b, size_t ldb, float beta, float *c, size_t ldc) {
  // Depth blocks of equal size (a multiple of 16, for the A transpose): 784 = 4 × 196 rather
  // than 3 × 256 + 16, whose thin last block would reload and store all of C for little work.
  const size_t kblocks = (k + KC - 1) / KC, kstep = round_up((k + kblocks - 1) / kblocks, 16);
  // With few rows, each B value is used by at most DIRECT_B_ROWS / MR slivers: copying B costs
  // about what it saves, so full 32-column slivers of an untransposed B are read in place.
  const int direct_b = !trans_b && m <= DIRECT_B_ROWS;
  const size_t mcap = round_up(m < MC ? m : MC, MR), ncap = round_up(n < NC ? n : NC, NR);
  const size_t kcap = k < kstep ? k : kstep;
  float *space = pack_space(mcap * kcap + kcap * ncap);
  if (!space) return -1;
  float *ap = space, *bp = space + mcap * kcap;
  for (size_t jc = 0; jc < n; jc += NC) {
    const size_t nc = n - jc < NC ? n - jc : NC, full = direct_b ? nc / NR * NR : 0;
    for (size_t pc = 0; pc < k; pc += kstep) {
      const size_t kc = k - pc < kstep ? k - pc : kstep;
      if (full < nc) pack_b(kc, nc - full, trans_b ? b + (jc + full) * ldb + pc : b + pc * ldb + jc + full, ldb, trans_b, bp);
      const float block_beta = pc == 0 ? beta : 1.0f;
      for (size_t ic = 0; ic < m; ic += MC) {
        const size_t mc = m - ic < MC ? m - ic : MC;
        pack_a(mc, kc, a, ic, pc, trans_a, ap);
        for (size_t jr = 0; jr < nc; jr += NR) {
          const size_t nr = nc - jr < NR ? nc - jr : NR;
          const float *bs = jr < full ? b + pc * ldb + jc + jr : bp + (jr - full) * kc;
          const size_t ldbs = jr < full ? ldb : NR;
          for (size_t ir = 0; ir < mc; ir += MR) {
            const size_t mr = mc - ir < MR ? mc - ir : MR;
            micro_kernel(kc, ap + ir * kc, bs, ldbs, c + (ic + ir) * ldc + jc + jr, ldc, alpha, block_beta, mr, nr);
          }
        }
      }
    }
  }
  return 0;
}

int nk_sgemm_packed(int trans_a, int trans_b, size_t m, size_t n, size_t k, float alpha, const float *a, size_t lda,
                    const float *b, size_t ldb, float beta, float *c, size_t ldc) {
  if (nk_cpu_level() != NK_AVX512) return -1;
  if (m == 0 || n == 0 || k == 0) return -1;
  if (n <= FEW_COLUMNS && m >= 4 * MR) return sgemm_few_columns(trans_a, trans_b, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
  const a_source source = {a, lda, NULL, 0};
  return sgemm_blocked(trans_a, trans_b, m, n, k, alpha, source, b, ldb, beta, c, ldc);
}

int nk_sgemm_packed_rows(int trans_a, int trans_b, size_t m, size_t n, size_t k, float alpha,
                         const float *const *a_rows, size_t a_col, const float *b, size_t ldb, float beta, float *c,
                         size_t ldc) {
  if (nk_cpu_level() != NK_AVX512) return -1;
  if (m == 0 || n == 0 || k == 0) return -1;
  const a_source source = {NULL, 0, a_rows, a_col};
  return sgemm_blocked(trans_a, trans_b, m, n, k, alpha, source, b, ldb, beta, c, ldc);
}
#else
int nk_sgemm_packed(int trans_a, int trans_b, size_t m, size_t n, size_t k, float alpha, const float *a, size_t lda,
                    const float *b, size_t ldb, float beta, float *c, size_t ldc) {
  return -1;
}

int nk_sgemm_packed_rows(int trans_a, int trans_b, size_t m, size_t n, size_t k, float alpha,
                         const float *const *a_rows, size_t a_col, const float *b, size_t ldb, float beta, float *c,
                         size_t ldc) {
  return -1;
}
#endif

int nk_sgemm_packed_available(void) {
#if defined(__x86_64__)
  return nk_cpu_level() == NK_AVX512;
#else
  return 0;
#endif
}
