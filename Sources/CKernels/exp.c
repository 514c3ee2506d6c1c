// e^x and the logistic function over arrays, one body for every instruction set (isa.h).
//
// libm's expf is a call per element; a lesson's sigmoid layers spent a third of a training
// step there. This is the classic vector recipe: x = n·ln2 + r with |r| ≤ ln2/2 (Cody–Waite
// split of ln2), e^r from a degree-6 polynomial (Cephes's expf coefficients, ~1 ulp), then
// the factor 2^n built from exponent bits, applied as two halves so results that underflow
// into subnormals are rounded once. Inputs are clamped to [-104, 89] first: below, e^x
// rounds to 0; above, it overflows to +inf as the scalar does. NaN comes back as NaN.
// Tails shorter than a vector run through the same vector code on a padded copy, so every
// element of an array, and every instruction set, gets the same bits.
#include "CKernels.h"
#include "isa.h"

/// Sixteen 32-bit integers (masks from comparisons, exponent bits).
typedef int nk_i16 __attribute__((vector_size(64)));

/// Lanes of `a` where `mask` is all ones, of `b` elsewhere.
NK_INLINE nk_v16 nk_select(nk_i16 mask, nk_v16 a, nk_v16 b) {
  return (nk_v16)(((nk_i16)a & mask) | ((nk_i16)b & ~mask));
}

/// All lanes set to `x`.
NK_INLINE nk_i16 nk_splat_i(int x) { return (nk_i16){x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x}; }

/// 2^n for integer lanes n in [-126, 127].
NK_INLINE nk_v16 nk_pow2(nk_i16 n) { return (nk_v16)((n + 127) << 23); }

/// e^x for sixteen lanes.
NK_INLINE nk_v16 nk_exp16(nk_v16 x) {
  const nk_v16 clamped = __builtin_elementwise_min(__builtin_elementwise_max(x, nk_splat(-104.0f)), nk_splat(89.0f));
  // Round x·log2(e) to the nearest integer with the 1.5·2^23 trick (exact in this range).
  const nk_v16 magic = nk_splat(12582912.0f);
  const nk_v16 n = (clamped * nk_splat(1.44269504088896341f) + magic) - magic;
  nk_v16 r = clamped - n * nk_splat(0.693359375f);
  r = r - n * nk_splat(-2.12194440e-4f);
  nk_v16 p = nk_splat(1.9875691500e-4f);
  p = p * r + nk_splat(1.3981999507e-3f);
  p = p * r + nk_splat(8.3334519073e-3f);
  p = p * r + nk_splat(4.1665795894e-2f);
  p = p * r + nk_splat(1.6666665459e-1f);
  p = p * r + nk_splat(5.0000001201e-1f);
  const nk_v16 er = (p * (r * r) + r) + nk_splat(1.0f);
  const nk_i16 ni = __builtin_convertvector(n, nk_i16);
  const nk_i16 half = ni >> 1;
  const nk_v16 scaled = (er * nk_pow2(half)) * nk_pow2(ni - half);
  return nk_select(x == x, scaled, x);
}

/// 1 / (1 + e^-x) for sixteen lanes, from e^-|x| so that nothing overflows.
NK_INLINE nk_v16 nk_logistic16(nk_v16 x) {
  const nk_v16 magnitude = (nk_v16)((nk_i16)x & nk_splat_i(0x7fffffff));
  const nk_v16 e = nk_exp16(-magnitude);
  const nk_v16 one = nk_splat(1.0f);
  const nk_v16 y = nk_select(x >= nk_splat(0.0f), one, e) / (one + e);
  return nk_select(x == x, y, x);
}

/// Applies `F16` to `count` floats from `src` into `dst` (which may be `src`), the tail on a
/// padded copy.
#define NK_MAP_BODY(F16)                                                                            \
  size_t i = 0;                                                                                    \
  for (; i + 16 <= count; i += 16) nk_store(dst + i, F16(nk_load(src + i)));                       \
  if (i < count) {                                                                                 \
    float pad[16] = {0};                                                                           \
    memcpy(pad, src + i, (count - i) * sizeof(float));                                             \
    nk_store(pad, F16(nk_load(pad)));                                                              \
    memcpy(dst + i, pad, (count - i) * sizeof(float));                                             \
  }

NK_INLINE void exp_body(const float *src, float *dst, size_t count) { NK_MAP_BODY(nk_exp16) }
NK_INLINE void logistic_body(const float *src, float *dst, size_t count) { NK_MAP_BODY(nk_logistic16) }

NK_DISPATCH(exp_map, (const float *src, float *dst, size_t count), exp_body(src, dst, count), (src, dst, count))
NK_DISPATCH(logistic_map, (const float *src, float *dst, size_t count), logistic_body(src, dst, count),
            (src, dst, count))

void nk_exp(const float *src, float *dst, size_t count) { exp_map(src, dst, count); }

void nk_logistic(const float *src, float *dst, size_t count) { logistic_map(src, dst, count); }
