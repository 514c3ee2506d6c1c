// Row-wise addition of one matrix into another (the pieces of a depth-split product), one
// body for every instruction set; each element is one float addition, so every variant gives
// the same bits.
#include "CKernels.h"
#include "isa.h"

NK_INLINE void add_rows_body(float *dst, size_t ldd, const float *src, size_t lds, size_t rows, size_t width) {
  for (size_t r = 0; r < rows; r++) {
    float *d = dst + r * ldd;
    const float *s = src + r * lds;
    size_t j = 0;
    for (; j + 16 <= width; j += 16) nk_store(d + j, nk_load(d + j) + nk_load(s + j));
    for (; j < width; j++) d[j] += s[j];
  }
}

NK_DISPATCH(add_rows, (float *dst, size_t ldd, const float *src, size_t lds, size_t rows, size_t width),
            add_rows_body(dst, ldd, src, lds, rows, width), (dst, ldd, src, lds, rows, width))

void nk_add_rows(float *dst, size_t ldd, const float *src, size_t lds, size_t rows, size_t width) {
  add_rows(dst, ldd, src, lds, rows, width);
}
