#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Synchronization

/// Helper threads that share data-parallel loops with the calling thread.
///
/// `run(parts:_:)` calls `body(0)` on the caller and `body(1)`, `body(2)`, … on the helpers,
/// and returns when every part is done. Between jobs a helper spins for a short while
/// (`spinNanoseconds`), so the back-to-back regions of a training step hand work over in
/// well under a microsecond instead of a futex wake-up, then sleeps on a condition variable.
/// `park()` sends spinning helpers to sleep at once (before OpenBLAS starts its own threads).
///
/// One job runs at a time: a call made while the pool is busy (from another thread, or from
/// inside a part) runs all its parts on the caller, in order.
public final class WorkerPool: @unchecked Sendable {
  /// The pool sized to OpenBLAS's thread count (`OPENBLAS_NUM_THREADS`, else the cores);
  /// with one thread it has no helpers and `run` is a plain loop.
  public static let shared = WorkerPool(threads: BLAS.maxThreads)

  /// How long a helper keeps polling for the next job before it sleeps.
  public static let spinNanoseconds: UInt64 = 200_000

  /// Threads that take part in a job: the caller plus the helpers.
  public var width: Int { helpers.count + 1 }

  private let helpers: [PoolHelper]
  private let busy = Atomic<Bool>(false)
  private let parkRequested = Atomic<Int>(0)
  /// The current job; written before a generation is published, read after it is seen.
  private var job: ((Int) -> Void)?

  /// Creates a pool whose jobs use `threads` threads in all (`threads − 1` helpers).
  public init(threads: Int) {
    helpers = (1..<max(threads, 1)).map { PoolHelper(index: $0) }
    for helper in helpers { helper.start(pool: self) }
  }

  /// Runs `body(part)` for `part` in `0..<min(parts, width)` and returns that count.
  ///
  /// Part 0 runs on the caller; the others on helpers, at the same time.
  @discardableResult
  public func run(parts requested: Int, _ body: (Int) -> Void) -> Int {
    let parts = min(max(requested, 1), width)
    if parts == 1 || !busy.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged {
      for part in 0..<parts { body(part) }
      return parts
    }
    defer { busy.store(false, ordering: .releasing) }
    withoutActuallyEscaping(body) { escaping in
      job = escaping
      let used = helpers.prefix(parts - 1)
      for helper in used { helper.post() }
      escaping(0)
      for helper in used { helper.waitDone() }
      job = nil
    }
    return parts
  }

  /// Splits `0..<count` into at most `width` even ranges of at least `minimumPart` elements
  /// and runs `body` on each at the same time (one range, on the caller, when `count` is small).
  public func split(_ count: Int, minimumPart: Int, _ body: (Range<Int>) -> Void) {
    let parts = min(width, max(1, count / max(minimumPart, 1)))
    if parts == 1 {
      body(0..<count)
      return
    }
    run(parts: parts) { part in body((count * part / parts)..<(count * (part + 1) / parts)) }
  }

  /// Sends spinning helpers to sleep now instead of after `spinNanoseconds`.
  public func park() {
    if !helpers.isEmpty { parkRequested.add(1, ordering: .relaxed) }
  }

  /// Runs the current job's part `index` (called on a helper thread).
  func runJob(part index: Int) { job?(index) }

  /// The park counter, read by spinning helpers.
  var parkGeneration: Int { parkRequested.load(ordering: .relaxed) }
}
