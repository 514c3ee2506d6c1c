import COpenBLAS
import Glibc

/// OpenBLAS's entry points, resolved with `dlopen` on the first matrix product.
///
/// The kernel does not link OpenBLAS: a session that never multiplies matrices (start-up,
/// `1+1`, the language lessons) maps neither the library nor libgfortran and libquadmath,
/// and starts no BLAS threads. `COpenBLAS` provides the header's types; the four functions
/// used are looked up here once. When the library cannot be opened, `shared` is nil and
/// every product runs on the portable loops in `BLAS` instead (same results up to rounding).
struct OpenBLAS: Sendable {
  /// `cblas_sgemm`'s C signature.
  typealias SGEMM = @convention(c) (
    CBLAS_ORDER, CBLAS_TRANSPOSE, CBLAS_TRANSPOSE, Int32, Int32, Int32, Float, UnsafePointer<Float>?, Int32,
    UnsafePointer<Float>?, Int32, Float, UnsafeMutablePointer<Float>?, Int32
  ) -> Void
  /// `cblas_dgemm`'s C signature.
  typealias DGEMM = @convention(c) (
    CBLAS_ORDER, CBLAS_TRANSPOSE, CBLAS_TRANSPOSE, Int32, Int32, Int32, Double, UnsafePointer<Double>?, Int32,
    UnsafePointer<Double>?, Int32, Double, UnsafeMutablePointer<Double>?, Int32
  ) -> Void
  /// `openblas_get_num_threads`'s C signature.
  typealias GetThreads = @convention(c) () -> Int32
  /// `openblas_set_num_threads`'s C signature.
  typealias SetThreads = @convention(c) (Int32) -> Void

  /// Single-precision GEMM.
  let sgemm: SGEMM
  /// Double-precision GEMM.
  let dgemm: DGEMM
  /// The thread count OpenBLAS started with.
  let getThreads: GetThreads
  /// Sets the threads the next products use.
  let setThreads: SetThreads

  /// The sonames tried in order: Debian's alternatives link first, then the development link.
  static let libraryNames = ["libopenblas.so.0", "libopenblas.so"]

  /// The library, opened on first use; nil when it is not installed.
  static let shared: OpenBLAS? = load(names: libraryNames)

  /// Opens the first of `names` that loads and has all four functions (nil if none does).
  static func load(names: [String]) -> OpenBLAS? {
    for name in names {
      guard let handle = dlopen(name, RTLD_LAZY | RTLD_LOCAL) else { continue }
      if let library = resolve(handle) { return library }
      dlclose(handle)
    }
    return nil
  }

  /// The four functions from an open handle, or nil if one is missing.
  private static func resolve(_ handle: UnsafeMutableRawPointer) -> OpenBLAS? {
    guard let s = dlsym(handle, "cblas_sgemm"), let d = dlsym(handle, "cblas_dgemm"),
      let get = dlsym(handle, "openblas_get_num_threads"), let set = dlsym(handle, "openblas_set_num_threads")
    else { return nil }
    return OpenBLAS(
      sgemm: unsafeBitCast(s, to: SGEMM.self), dgemm: unsafeBitCast(d, to: DGEMM.self),
      getThreads: unsafeBitCast(get, to: GetThreads.self), setThreads: unsafeBitCast(set, to: SetThreads.self))
  }
}
