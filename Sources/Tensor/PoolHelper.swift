#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Synchronization

/// One helper thread of a `WorkerPool`.
///
/// The caller bumps `posted` to publish a job; the helper runs its part and sets `finished`
/// to the same generation. Between jobs it polls, then sleeps on a condition variable;
/// `sleeping` tells `post()` whether a wake-up is needed (both sides use sequentially
/// consistent order, so a post is never missed).
final class PoolHelper: @unchecked Sendable {
  /// The part this helper runs (1, 2, …; the caller runs 0).
  let index: Int
  private let posted = Atomic<Int>(0)
  private let finished = Atomic<Int>(0)
  private let sleeping = Atomic<Bool>(false)
  private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
  private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
  /// The pool whose jobs it runs (set by `start`; pools live as long as their threads).
  private var pool: WorkerPool?

  /// Creates a helper for part `index`; `start` launches its thread.
  init(index: Int) {
    self.index = index
    pthread_mutex_init(mutex, nil)
    pthread_cond_init(condition, nil)
  }

  /// Starts the detached thread that serves `pool`.
  func start(pool: WorkerPool) {
    self.pool = pool
    let context = Unmanaged.passRetained(self).toOpaque()
    var thread = pthread_t()
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
    let created = pthread_create(&thread, &attributes, { raw in
      guard let raw else { return nil }
      Unmanaged<PoolHelper>.fromOpaque(raw).takeRetainedValue().loop()
      return nil
    }, context)
    pthread_attr_destroy(&attributes)
    if created != 0 { Unmanaged<PoolHelper>.fromOpaque(context).release() }
  }

  /// Publishes a new job generation and wakes the thread if it sleeps.
  func post() {
    posted.add(1, ordering: .sequentiallyConsistent)
    if sleeping.load(ordering: .sequentiallyConsistent) {
      pthread_mutex_lock(mutex)
      pthread_cond_signal(condition)
      pthread_mutex_unlock(mutex)
    }
  }

  /// Waits (spinning: parts are short and even) until the posted job is done.
  func waitDone() {
    let target = posted.load(ordering: .relaxed)
    while finished.load(ordering: .acquiring) != target {}
  }

  /// The thread's body: wait for a generation, run its part, report, repeat.
  private func loop() {
    guard let pool else { return }
    var seen = 0
    while true {
      seen = waitForJob(after: seen, pool: pool)
      pool.runJob(part: index)
      finished.store(seen, ordering: .releasing)
    }
  }

  /// Polls until a generation after `seen` is posted, sleeping once the spin window
  /// passes or a park is requested; returns the new generation.
  private func waitForJob(after seen: Int, pool: WorkerPool) -> Int {
    let deadline = PoolHelper.now() + WorkerPool.spinNanoseconds
    let park = pool.parkGeneration
    var polls = 0
    while true {
      let current = posted.load(ordering: .acquiring)
      if current != seen { return current }
      polls += 1
      if polls & 255 == 0 && (PoolHelper.now() > deadline || pool.parkGeneration != park) { break }
    }
    pthread_mutex_lock(mutex)
    sleeping.store(true, ordering: .sequentiallyConsistent)
    while posted.load(ordering: .sequentiallyConsistent) == seen { pthread_cond_wait(condition, mutex) }
    sleeping.store(false, ordering: .relaxed)
    pthread_mutex_unlock(mutex)
    return posted.load(ordering: .acquiring)
  }

  /// Monotonic nanoseconds.
  private static func now() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }
}
