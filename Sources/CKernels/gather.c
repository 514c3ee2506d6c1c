// Row gathers for mini-batches (see CKernels.h).
//
// A training step copies its batch's samples out of the dataset. Lesson datasets have rows of
// one to a few values, where a memcpy call per row cost more than the copy; short rows are
// copied here in constant-size pieces the compiler inlines.
#include "CKernels.h"
#include "isa.h"

void nk_gather_rows(float *dst, const float *src, const long *rows, size_t count, size_t width) {
  if (width == 1) {
    for (size_t r = 0; r < count; r++) dst[r] = src[rows[r]];
  } else if (width < 16) {
    for (size_t r = 0; r < count; r++) nk_copy_short(dst + r * width, src + (size_t)rows[r] * width, width);
  } else {
    for (size_t r = 0; r < count; r++) memcpy(dst + r * width, src + (size_t)rows[r] * width, width * sizeof(float));
  }
}
