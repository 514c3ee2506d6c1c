// The calling thread's floating-point control (see CKernels.h): x86's MXCSR, where
// flush-to-zero (FTZ, bit 15) and denormals-are-zero (DAZ, bit 6) live.
#include "CKernels.h"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

unsigned nk_fp_control(void) {
#if defined(__x86_64__)
  return _mm_getcsr();
#else
  return 0;
#endif
}

void nk_set_fp_control(unsigned control) {
#if defined(__x86_64__)
  _mm_setcsr(control);
#else
  (void)control;
#endif
}

unsigned nk_fp_control_flushing(unsigned control) {
#if defined(__x86_64__)
  return control | 0x8040u;
#else
  return control;
#endif
}
