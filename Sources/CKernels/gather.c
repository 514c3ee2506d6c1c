// Row gathers for mini-batches (see CKernels.h).
//
// A training step copies its batch's samples out of the dataset. Lesson datasets have rows of
// one to a few values, where a memcpy call per row cost more than the copy; short rows are
// copied here in constant-size pieces the compiler inlines. Long rows are copied a memcpy
// each, fetching rows a few ahead.
#include "CKernels.h"
#include "isa.h"

/// Prefetches the cache lines of `bytes` bytes from `p` into every cache level.
static inline void prefetch_span(const float *p, size_t bytes) {
  const char *c = (const char *)p;
  for (size_t offset = 0; offset < bytes; offset += 64) __builtin_prefetch(c + offset, 0, 3);
  if (bytes > 0) __builtin_prefetch(c + bytes - 1, 0, 3);
}

/// Long rows: one memcpy each, fetching rows a few ahead.
static void gather_long_rows(float *dst, const float *src, const long *rows, size_t count, size_t width) {
  // Rows lie anywhere in a large dataset, each a miss to memory: fetching a few rows ahead
  // keeps several misses in flight instead of one row's at a time.
  enum { ahead = 4 };
  const size_t bytes = width * sizeof(float);
  for (size_t r = 0; r < count && r < ahead; r++) prefetch_span(src + (size_t)rows[r] * width, bytes);
  for (size_t r = 0; r < count; r++) {
    if (r + ahead < count) prefetch_span(src + (size_t)rows[r + ahead] * width, bytes);
    memcpy(dst + r * width, src + (size_t)rows[r] * width, bytes);
  }
}

void nk_gather_rows(float *dst, const float *src, const long *rows, size_t count, size_t width) {
  if (width == 1) {
    for (size_t r = 0; r < count; r++) dst[r] = src[rows[r]];
  } else if (width < 16) {
    for (size_t r = 0; r < count; r++) nk_copy_short(dst + r * width, src + (size_t)rows[r] * width, width);
  } else {
    gather_long_rows(dst, src, rows, count, width);
  }
}
