import CKernels

/// The calling thread's handling of denormal floats (magnitudes below 2⁻¹²⁶ for float32).
///
/// NumPy computes with IEEE denormals, so cells do too. TensorFlow and JAX run their CPU
/// kernels with denormals flushed to zero (results that would be denormal become 0, denormal
/// inputs count as 0), and a model trained in Keras learns under that mode. It also matters
/// for speed: an Adam moment of a weight whose gradient is 0 decays into the denormal range
/// and stays there, and arithmetic on denormals takes a slow path (an Adam step over
/// denormal moments ran four times slower on the development machine).
///
/// `WorkerPool` helpers run each job's parts in the mode of the thread that posted it.
public enum FloatingPointMode {
  /// Runs `body` with denormals flushed to zero on this thread (and in the pool jobs it
  /// posts), then restores the previous mode, also when `body` throws.
  public static func flushingDenormals<T>(_ body: () throws -> T) rethrows -> T {
    let saved = nk_fp_control()
    nk_set_fp_control(nk_fp_control_flushing(saved))
    defer { nk_set_fp_control(saved) }
    return try body()
  }

  /// Whether this thread flushes denormals now.
  public static var flushesDenormals: Bool {
    let control = nk_fp_control()
    return nk_fp_control_flushing(control) == control && nk_fp_control_flushing(0) != 0
  }
}
