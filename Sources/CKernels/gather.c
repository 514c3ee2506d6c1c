// Row gathers for mini-batches (see CKernels.h).
//
// A training step copies its batch's samples out of the dataset. Lesson datasets have rows of
// one to a few values, where a memcpy call per row cost more than the copy; short rows are
// copied here in constant-size pieces the compiler inlines.
#include "CKernels.h"
#include <string.h>

/// Copies `count` floats in constant-size pieces of 8, 4, 2 and 1 (count < 16).
static inline __attribute__((always_inline)) void copy_short(float *dst, const float *src, size_t count) {
  if (count & 8) { __builtin_memcpy_inline(dst, src, 8 * sizeof(float)); dst += 8; src += 8; }
  if (count & 4) { __builtin_memcpy_inline(dst, src, 4 * sizeof(float)); dst += 4; src += 4; }
  if (count & 2) { __builtin_memcpy_inline(dst, src, 2 * sizeof(float)); dst += 2; src += 2; }
  if (count & 1) *dst = *src;
}

void nk_gather_rows(float *dst, const float *src, const long *rows, size_t count, size_t width) {
  if (width == 1) {
    for (size_t r = 0; r < count; r++) dst[r] = src[rows[r]];
  } else if (width < 16) {
    for (size_t r = 0; r < count; r++) copy_short(dst + r * width, src + (size_t)rows[r] * width, width);
  } else {
    for (size_t r = 0; r < count; r++) memcpy(dst + r * width, src + (size_t)rows[r] * width, width * sizeof(float));
  }
}
