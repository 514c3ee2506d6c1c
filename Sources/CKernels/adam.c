// Adam's fused update, one variant per instruction set (see CKernels.h).
#pragma STDC FP_CONTRACT OFF

#include "CKernels.h"
#include <math.h>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

typedef void (*adam_fn)(float *, const float *, float *, float *, size_t, float, float, float, float);

/// The scalar formula; also the tail of the vector variants.
static void adam_scalar(float *theta, const float *g, float *m, float *v, size_t from, size_t count,
                        float c1, float c2, float alpha, float eps) {
  for (size_t i = from; i < count; i++) {
    float mi = m[i] + (g[i] - m[i]) * c1;
    float vi = v[i] + (g[i] * g[i] - v[i]) * c2;
    m[i] = mi;
    v[i] = vi;
    theta[i] -= alpha * mi / (__builtin_sqrtf(vi) + eps);
  }
}

static void adam_baseline(float *theta, const float *g, float *m, float *v, size_t count, float c1,
                          float c2, float alpha, float eps) {
  size_t i = 0;
#if defined(__x86_64__)
  const __m128 c1v = _mm_set1_ps(c1), c2v = _mm_set1_ps(c2), av = _mm_set1_ps(alpha), ev = _mm_set1_ps(eps);
  for (; i + 4 <= count; i += 4) {
    __m128 gv = _mm_loadu_ps(g + i), mv = _mm_loadu_ps(m + i), vv = _mm_loadu_ps(v + i);
    mv = _mm_add_ps(mv, _mm_mul_ps(_mm_sub_ps(gv, mv), c1v));
    vv = _mm_add_ps(vv, _mm_mul_ps(_mm_sub_ps(_mm_mul_ps(gv, gv), vv), c2v));
    __m128 step = _mm_div_ps(_mm_mul_ps(av, mv), _mm_add_ps(_mm_sqrt_ps(vv), ev));
    _mm_storeu_ps(m + i, mv);
    _mm_storeu_ps(v + i, vv);
    _mm_storeu_ps(theta + i, _mm_sub_ps(_mm_loadu_ps(theta + i), step));
  }
#endif
  adam_scalar(theta, g, m, v, i, count, c1, c2, alpha, eps);
}

#if defined(__x86_64__)
__attribute__((target("avx2")))
static void adam_avx2(float *theta, const float *g, float *m, float *v, size_t count, float c1, float c2,
                      float alpha, float eps) {
  size_t i = 0;
  const __m256 c1v = _mm256_set1_ps(c1), c2v = _mm256_set1_ps(c2), av = _mm256_set1_ps(alpha),
               ev = _mm256_set1_ps(eps);
  for (; i + 8 <= count; i += 8) {
    __m256 gv = _mm256_loadu_ps(g + i), mv = _mm256_loadu_ps(m + i), vv = _mm256_loadu_ps(v + i);
    mv = _mm256_add_ps(mv, _mm256_mul_ps(_mm256_sub_ps(gv, mv), c1v));
    vv = _mm256_add_ps(vv, _mm256_mul_ps(_mm256_sub_ps(_mm256_mul_ps(gv, gv), vv), c2v));
    __m256 step = _mm256_div_ps(_mm256_mul_ps(av, mv), _mm256_add_ps(_mm256_sqrt_ps(vv), ev));
    _mm256_storeu_ps(m + i, mv);
    _mm256_storeu_ps(v + i, vv);
    _mm256_storeu_ps(theta + i, _mm256_sub_ps(_mm256_loadu_ps(theta + i), step));
  }
  adam_scalar(theta, g, m, v, i, count, c1, c2, alpha, eps);
}

__attribute__((target("avx512f")))
static void adam_avx512(float *theta, const float *g, float *m, float *v, size_t count, float c1, float c2,
                        float alpha, float eps) {
  size_t i = 0;
  const __m512 c1v = _mm512_set1_ps(c1), c2v = _mm512_set1_ps(c2), av = _mm512_set1_ps(alpha),
               ev = _mm512_set1_ps(eps);
  for (; i + 16 <= count; i += 16) {
    __m512 gv = _mm512_loadu_ps(g + i), mv = _mm512_loadu_ps(m + i), vv = _mm512_loadu_ps(v + i);
    mv = _mm512_add_ps(mv, _mm512_mul_ps(_mm512_sub_ps(gv, mv), c1v));
    vv = _mm512_add_ps(vv, _mm512_mul_ps(_mm512_sub_ps(_mm512_mul_ps(gv, gv), vv), c2v));
    __m512 step = _mm512_div_ps(_mm512_mul_ps(av, mv), _mm512_add_ps(_mm512_sqrt_ps(vv), ev));
    _mm512_storeu_ps(m + i, mv);
    _mm512_storeu_ps(v + i, vv);
    _mm512_storeu_ps(theta + i, _mm512_sub_ps(_mm512_loadu_ps(theta + i), step));
  }
  adam_scalar(theta, g, m, v, i, count, c1, c2, alpha, eps);
}
#endif

/// The widest supported variant, chosen once.
static adam_fn adam_variant(void) {
#if defined(__x86_64__)
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx512f")) return adam_avx512;
  if (__builtin_cpu_supports("avx2")) return adam_avx2;
#endif
  return adam_baseline;
}

void nk_adam_step(float *theta, const float *gradient, float *m, float *v, size_t count, float c1, float c2,
                  float alpha, float eps) {
  static adam_fn chosen = 0;
  adam_fn fn = __atomic_load_n(&chosen, __ATOMIC_RELAXED);
  if (!fn) {
    fn = adam_variant();
    __atomic_store_n(&chosen, fn, __ATOMIC_RELAXED);
  }
  fn(theta, gradient, m, v, count, c1, c2, alpha, eps);
}

const char *nk_isa(void) {
#if defined(__x86_64__)
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx512f")) return "avx512f";
  if (__builtin_cpu_supports("avx2")) return "avx2";
#endif
  return "baseline";
}
