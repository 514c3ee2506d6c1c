#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import CKernels
import Synchronization

/// Helper threads that share data-parallel loops with the calling thread.
///
/// `run(parts:_:)` publishes a job of `parts` numbered parts; the caller and the helpers
/// claim parts one at a time until none is left, and `run` returns when every part is done.
/// The caller claims from the front (part 0, 1, …) and the helpers from the back, so on
/// time they split a job the same way every time: consecutive jobs over the same arrays
/// (a product, then the optimizer step on its result) find their half in the same core's
/// cache. Claiming (rather than assigning part k to helper k) keeps a loaded machine safe:
/// when a helper is not scheduled, the caller runs its parts itself instead of waiting.
/// Helpers run each job in the floating-point mode of the thread that posted it
/// (`FloatingPointMode`). Between jobs a helper polls for a short while
/// (`spinNanoseconds`, yielding the core now and then), so the back-to-back regions of a
/// training step start in well under a microsecond, then sleeps on a condition variable.
/// `park()` sends polling helpers to sleep at once (before OpenBLAS starts its own threads).
///
/// One job runs at a time: a call made while the pool is busy (from another thread, or from
/// inside a part) runs all its parts on the caller, in order.
public final class WorkerPool: @unchecked Sendable {
  /// The pool sized as OpenBLAS sizes its own threads (`OPENBLAS_NUM_THREADS`, else
  /// `OMP_NUM_THREADS`, else the online cores), without opening OpenBLAS: an Adam step on a
  /// small network uses the pool but never BLAS. With one thread it has no helpers and
  /// `run` is a plain loop.
  public static let shared = WorkerPool(threads: defaultWidth { getenv($0).map { String(cString: $0) } })

  /// The thread count OpenBLAS would choose from these variables and the online cores.
  static func defaultWidth(environment: (String) -> String?) -> Int {
    for name in ["OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"] {
      if let text = environment(name), let count = Int(text), count > 0 {
        return min(count, 64)
      }
    }
    return min(max(sysconf(Int32(_SC_NPROCESSORS_ONLN)), 1), 64)
  }

  /// How long a helper keeps polling for the next job before it sleeps.
  public static let spinNanoseconds: UInt64 = 200_000

  /// Threads that can take part in a job: the caller plus the helpers.
  public let width: Int

  /// The claim word: job generation (bits 32…), one past the last unclaimed part (bits
  /// 16–31, the back), first unclaimed part (bits 0–15, the front).
  let claims = Atomic<Int>(0)
  /// Parts of the current job that have finished.
  let finished = Atomic<Int>(0)
  /// The last published generation, which helpers poll.
  let posted = Atomic<Int>(0)
  /// Helpers asleep on `condition`.
  let sleepers = Atomic<Int>(0)
  /// Bumped by `park()`; a change tells polling helpers to sleep.
  let parkRequests = Atomic<Int>(0)
  let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
  let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

  private let busy = Atomic<Bool>(false)
  private var generation = 0
  /// The current job: written before its claim word is published; read only by a thread
  /// that has claimed one of its parts (the caller waits for those before replacing it).
  private var job: ((Int) -> Void)?
  /// The posting thread's floating-point control word (`FloatingPointMode`), written with `job`:
  /// helpers run the job's parts in the same mode.
  private var jobControl: UInt32 = 0

  /// Creates a pool whose jobs use up to `threads` threads (`threads − 1` helpers).
  public init(threads: Int) {
    width = max(threads, 1)
    pthread_mutex_init(mutex, nil)
    pthread_cond_init(condition, nil)
    for _ in 1..<width { startHelper() }
  }

  /// Runs `body(part)` for every `part` in `0..<min(parts, width)`, at the same time on the
  /// caller and the helpers, and returns that count.
  @discardableResult
  public func run(parts requested: Int, _ body: (Int) -> Void) -> Int {
    runClaiming(parts: min(max(requested, 1), width), body)
  }

  /// Runs `body(part)` for every `part` in `0..<parts` (below 65,536), the caller claiming
  /// parts one at a time from the front and the helpers from the back, and returns `parts`.
  @discardableResult
  func runClaiming(parts: Int, _ body: (Int) -> Void) -> Int {
    if parts == 1 || !busy.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged {
      for part in 0..<parts { body(part) }
      return parts
    }
    defer { busy.store(false, ordering: .releasing) }
    withoutActuallyEscaping(body) { escaping in
      job = escaping
      jobControl = nk_fp_control()
      generation += 1
      finished.store(0, ordering: .relaxed)
      claims.store(generation << 32 | parts << 16, ordering: .releasing)
      wakeHelpers()
      runClaimedParts(asHelper: false)
      var polls = 0
      while finished.load(ordering: .acquiring) != parts {
        polls += 1
        nk_spin_pause()
        if polls & 63 == 0 { sched_yield() }  // a helper mid-part may need this core
      }
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

  /// Runs `body` on consecutive ranges of at most `chunk` elements covering `0..<count`,
  /// claimed one at a time by the caller and the helpers.
  ///
  /// Unlike `split`'s one range per thread, a helper that is late for the job (in a
  /// `sched_yield`, or descheduled) still takes the chunks left when it arrives, instead of
  /// leaving its whole half to the caller. For element-wise loops, where any cut gives the
  /// same result.
  public func chunked(_ count: Int, chunk: Int, _ body: (Range<Int>) -> Void) {
    let size = max(chunk, 1, (count + 4095) / 4096)  // at most 4,096 chunks
    let parts = count / size + (count % size == 0 ? 0 : 1)
    if parts <= 1 || width == 1 {
      body(0..<count)
      return
    }
    runClaiming(parts: parts) { part in body((part * size)..<min((part + 1) * size, count)) }
  }

  /// Sends polling helpers to sleep now instead of after `spinNanoseconds`.
  public func park() {
    if width > 1 { parkRequests.add(1, ordering: .relaxed) }
  }

  /// Claims and runs parts of the published job until none is left: the caller from the
  /// front, a helper from the back, in the posting thread's floating-point mode.
  func runClaimedParts(asHelper fromBack: Bool) {
    var word = claims.load(ordering: .acquiring)
    while true {
      let front = word & 0xFFFF
      let back = (word >> 16) & 0xFFFF
      guard front < back else { return }
      let part = fromBack ? back - 1 : front
      let claimed = fromBack ? word - (1 << 16) : word + 1
      let (exchanged, current) = claims.compareExchange(
        expected: word, desired: claimed, ordering: .acquiringAndReleasing)
      guard exchanged else {
        word = current
        continue
      }
      if fromBack && nk_fp_control() != jobControl { nk_set_fp_control(jobControl) }
      job?(part)
      finished.add(1, ordering: .releasing)
      word = claims.load(ordering: .acquiring)
    }
  }

  /// Publishes the new generation and wakes sleeping helpers.
  private func wakeHelpers() {
    posted.store(generation, ordering: .sequentiallyConsistent)
    if sleepers.load(ordering: .sequentiallyConsistent) > 0 {
      pthread_mutex_lock(mutex)
      pthread_cond_broadcast(condition)
      pthread_mutex_unlock(mutex)
    }
  }
}
