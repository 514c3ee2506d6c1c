// ReLU with Keras's defaults for Dense rows (see CKernels.h), one body for every instruction
// set. Each lane makes the plain loop's choice (`0 >= z ? 0 : z`, so NaN passes through and
// -0 becomes +0) and the derivative multiplies by exactly 1 or 0, so every variant gives the
// plain loop's bits.
#include "CKernels.h"
#include "isa.h"

/// Sixteen 32-bit lane masks (all ones where a comparison holds).
typedef int nk_m16 __attribute__((vector_size(64)));

NK_INLINE void bias_relu_body(float *restrict z, const float *restrict bias, float *restrict y, size_t rows,
                              size_t width) {
  const nk_v16 zero = nk_splat(0.0f);
  for (size_t r = 0; r < rows; r++) {
    float *zr = z + r * width, *yr = y + r * width;
    size_t j = 0;
    for (; j + 16 <= width; j += 16) {
      nk_v16 v = nk_load(zr + j);
      if (bias) {
        v = v + nk_load(bias + j);
        nk_store(zr + j, v);
      }
      const nk_m16 clipped = zero >= v;
      nk_store(yr + j, (nk_v16)((nk_m16)v & ~clipped));
    }
    for (; j < width; j++) {
      if (bias) zr[j] += bias[j];
      yr[j] = 0.0f >= zr[j] ? 0.0f : zr[j];
    }
  }
}

NK_DISPATCH(bias_relu, (float *restrict z, const float *restrict bias, float *restrict y, size_t rows, size_t width),
            bias_relu_body(z, bias, y, rows, width), (z, bias, y, rows, width))

NK_INLINE void relu_backward_body(const float *restrict dy, const float *restrict z, float *restrict dz,
                                  size_t count) {
  const nk_v16 zero = nk_splat(0.0f), one = nk_splat(1.0f);
  size_t i = 0;
  for (; i + 16 <= count; i += 16) {
    const nk_m16 active = nk_load(z + i) > zero;
    nk_store(dz + i, nk_load(dy + i) * (nk_v16)((nk_m16)one & active));
  }
  for (; i < count; i++) dz[i] = dy[i] * (z[i] > 0.0f ? 1.0f : 0.0f);
}

NK_DISPATCH(relu_backward, (const float *restrict dy, const float *restrict z, float *restrict dz, size_t count),
            relu_backward_body(dy, z, dz, count), (dy, z, dz, count))

void nk_bias_relu(float *z, const float *bias, float *y, size_t rows, size_t width) {
  bias_relu(z, bias, y, rows, width);
}

void nk_relu_backward(const float *dy, const float *z, float *dz, size_t count) { relu_backward(dy, z, dz, count); }
