import CKernels

/// Element-wise training loops that run on the CPU's widest vector unit.
///
/// Swift compiles for baseline x86-64 (SSE2); these call C variants for AVX-512, AVX2 and
/// the baseline, chosen once at run time (`isa`). Every variant rounds each operation as
/// the scalar formula does, so results do not depend on the machine.
public enum VectorKernels {
  /// The instruction set in use: `"avx512f"`, `"avx2"` or `"baseline"`.
  public static var isa: String { String(cString: nk_isa()) }

  /// One Adam step over `count` parameters, in place.
  ///
  /// `m ← m + (g − m)·c1`, `v ← v + (g² − v)·c2`, `θ ← θ − alpha·m / (√v + eps)`.
  @inline(__always)
  public static func adamStep(
    theta: UnsafeMutablePointer<Float>, gradient: UnsafePointer<Float>, m: UnsafeMutablePointer<Float>,
    v: UnsafeMutablePointer<Float>, count: Int, c1: Float, c2: Float, alpha: Float, eps: Float
  ) {
    nk_adam_step(theta, gradient, m, v, count, c1, c2, alpha, eps)
  }
}
