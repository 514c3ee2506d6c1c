// Private to CKernels: instruction-set levels, 16-lane vectors and per-ISA wrappers.
//
// Each kernel body is written once over `nk_v16` (16 floats, GCC/Clang vector extension) and
// inlined into three wrappers compiled for AVX-512, AVX2 and the x86-64 baseline: the same
// source becomes one zmm, two ymm or four xmm operations per vector step. Vector operators
// round like the scalar ones and FP_CONTRACT is off, so every variant gives the same bits.
#pragma once
#pragma STDC FP_CONTRACT OFF

// The helpers below pass 16-lane vectors by value; they are always inlined into their
// ISA-specific callers, so the calling-convention note clang gives for them does not apply.
#pragma clang diagnostic ignored "-Wpsabi"

#include <stddef.h>
#include <string.h>

typedef enum { NK_BASELINE = 0, NK_AVX2 = 1, NK_AVX512 = 2 } nk_level;

/// The widest level the running CPU supports (detected once).
nk_level nk_cpu_level(void);

/// Sixteen floats as one value.
typedef float nk_v16 __attribute__((vector_size(64)));

#define NK_INLINE static inline __attribute__((always_inline))

/// Sixteen floats from a possibly unaligned address.
NK_INLINE nk_v16 nk_load(const float *p) {
  nk_v16 v;
  memcpy(&v, p, sizeof v);
  return v;
}

/// Sixteen floats to a possibly unaligned address.
NK_INLINE void nk_store(float *p, nk_v16 v) { memcpy(p, &v, sizeof v); }

/// Copies `count` (< 16) floats in constant-size pieces of 8, 4, 2 and 1, which the compiler
/// inlines: a short row or a tile's tail without a call to memcpy.
NK_INLINE void nk_copy_short(float *dst, const float *src, size_t count) {
  if (count & 8) { __builtin_memcpy_inline(dst, src, 8 * sizeof(float)); dst += 8; src += 8; }
  if (count & 4) { __builtin_memcpy_inline(dst, src, 4 * sizeof(float)); dst += 4; src += 4; }
  if (count & 2) { __builtin_memcpy_inline(dst, src, 2 * sizeof(float)); dst += 2; src += 2; }
  if (count & 1) *dst = *src;
}

/// All lanes set to `x`.
NK_INLINE nk_v16 nk_splat(float x) { return (nk_v16){x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x}; }

#if defined(__x86_64__)
#define NK_TARGET_AVX512 __attribute__((target("avx512f")))
#define NK_TARGET_AVX2 __attribute__((target("avx2")))
#else
#define NK_TARGET_AVX512
#define NK_TARGET_AVX2
#endif

/// Defines `static void NAME_avx512/NAME_avx2/NAME_baseline(ARGS)`, each inlining BODY_CALL,
/// and `static void NAME(ARGS)` that calls the one for `nk_cpu_level()`.
#define NK_DISPATCH(NAME, PARAMS, BODY_CALL, ARGS)                                                  \
  NK_TARGET_AVX512 static void NAME##_avx512 PARAMS { BODY_CALL; }                                 \
  NK_TARGET_AVX2 static void NAME##_avx2 PARAMS { BODY_CALL; }                                     \
  static void NAME##_baseline PARAMS { BODY_CALL; }                                                \
  static void NAME PARAMS {                                                                        \
    switch (nk_cpu_level()) {                                                                      \
    case NK_AVX512: NAME##_avx512 ARGS; break;                                                     \
    case NK_AVX2: NAME##_avx2 ARGS; break;                                                         \
    default: NAME##_baseline ARGS; break;                                                          \
    }                                                                                              \
  }
