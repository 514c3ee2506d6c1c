// The instruction-set level every kernel in this target dispatches on (see CKernels.h).
#include "isa.h"

/// Detects the CPU's widest supported level once; later calls read the cached answer.
nk_level nk_cpu_level(void) {
  static int cached = -1;
  int level = __atomic_load_n(&cached, __ATOMIC_RELAXED);
  if (level < 0) {
    level = NK_BASELINE;
#if defined(__x86_64__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f")) level = NK_AVX512;
    else if (__builtin_cpu_supports("avx2")) level = NK_AVX2;
#endif
    __atomic_store_n(&cached, level, __ATOMIC_RELAXED);
  }
  return (nk_level)level;
}

const char *nk_isa(void) {
  switch (nk_cpu_level()) {
  case NK_AVX512: return "avx512f";
  case NK_AVX2: return "avx2";
  default: return "baseline";
  }
}
