// Column sums of a row-major matrix (a Dense layer's bias gradient), one body for every
// instruction set. Each column is summed from row 0 down, starting at zero, as the plain loop
// does, so every variant gives the same bits.
#include "CKernels.h"
#include "isa.h"

NK_INLINE void column_sums_body(size_t rows, size_t width, size_t stride, const float *restrict src, float *restrict dst) {
  size_t j = 0;
  for (; j + 16 <= width; j += 16) {
    nk_v16 acc = nk_splat(0.0f);
    for (size_t r = 0; r < rows; r++) acc = acc + nk_load(src + r * stride + j);
    nk_store(dst + j, acc);
  }
  for (; j < width; j++) {
    float acc = 0.0f;
    for (size_t r = 0; r < rows; r++) acc += src[r * stride + j];
    dst[j] = acc;
  }
}

NK_DISPATCH(column_sums, (size_t rows, size_t width, size_t stride, const float *restrict src, float *restrict dst),
            column_sums_body(rows, width, stride, src, dst), (rows, width, stride, src, dst))

void nk_column_sums(size_t rows, size_t width, size_t stride, const float *src, float *dst) {
  column_sums(rows, width, stride, src, dst);
}
