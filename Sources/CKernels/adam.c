// Adam's fused update (see CKernels.h), one body for every instruction set (isa.h).
#include "CKernels.h"
#include "isa.h"

/// m, v and θ updated together, 16 lanes at a time, then the scalar tail.
NK_INLINE void adam_body(float *theta, const float *g, float *m, float *v, size_t count, float c1, float c2,
                         float alpha, float eps) {
  size_t i = 0;
  const nk_v16 c1v = nk_splat(c1), c2v = nk_splat(c2), av = nk_splat(alpha), ev = nk_splat(eps);
  for (; i + 16 <= count; i += 16) {
    nk_v16 gv = nk_load(g + i), mv = nk_load(m + i), vv = nk_load(v + i);
    mv = mv + (gv - mv) * c1v;
    vv = vv + (gv * gv - vv) * c2v;
    nk_store(m + i, mv);
    nk_store(v + i, vv);
    nk_store(theta + i, nk_load(theta + i) - av * mv / (__builtin_elementwise_sqrt(vv) + ev));
  }
  for (; i < count; i++) {
    float mi = m[i] + (g[i] - m[i]) * c1;
    float vi = v[i] + (g[i] * g[i] - v[i]) * c2;
    m[i] = mi;
    v[i] = vi;
    theta[i] -= alpha * mi / (__builtin_elementwise_sqrt(vi) + eps);
  }
}

NK_DISPATCH(adam, (float *theta, const float *g, float *m, float *v, size_t count, float c1, float c2,
                   float alpha, float eps),
            adam_body(theta, g, m, v, count, c1, c2, alpha, eps), (theta, g, m, v, count, c1, c2, alpha, eps))

void nk_adam_step(float *theta, const float *gradient, float *m, float *v, size_t count, float c1, float c2,
                  float alpha, float eps) {
  adam(theta, gradient, m, v, count, c1, c2, alpha, eps);
}
