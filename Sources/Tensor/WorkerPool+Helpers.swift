#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import CKernels
import Synchronization

/// The helper threads' side of `WorkerPool`: start, poll, sleep, run claimed parts.
extension WorkerPool {
  /// Starts one detached helper thread (helpers live as long as the process).
  func startHelper() {
    let context = Unmanaged.passRetained(self).toOpaque()
    var thread = pthread_t()
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
    let created = pthread_create(&thread, &attributes, { raw in
      guard let raw else { return nil }
      Unmanaged<WorkerPool>.fromOpaque(raw).takeRetainedValue().helperLoop()
      return nil
    }, context)
    pthread_attr_destroy(&attributes)
    if created != 0 { Unmanaged<WorkerPool>.fromOpaque(context).release() }
  }

  /// A helper's body: wait for a new generation, take parts of it, repeat.
  private func helperLoop() {
    var seen = 0
    while true {
      seen = waitForJob(after: seen)
      runClaimedParts(asHelper: true)
    }
  }

  /// Polls until a generation after `seen` is posted, with a spin-wait hint per poll and the
  /// core yielded every few hundred polls; sleeps once `spinNanoseconds` pass or `park()` is
  /// called. Returns the generation.
  ///
  /// Sleeping and posting pair up without a lost wake-up: the helper counts itself in
  /// `sleepers` before it reads `posted` (under the mutex), the poster writes `posted` before
  /// it reads `sleepers`, both in sequentially consistent order.
  private func waitForJob(after seen: Int) -> Int {
    let deadline = WorkerPool.now() + WorkerPool.spinNanoseconds
    let park = parkRequests.load(ordering: .relaxed)
    var polls = 0
    while true {
      let current = posted.load(ordering: .acquiring)
      if current != seen { return current }
      polls += 1
      nk_spin_pause()
      if polls & 255 == 0 {
        if WorkerPool.now() > deadline || parkRequests.load(ordering: .relaxed) != park { break }
        sched_yield()
      }
    }
    pthread_mutex_lock(mutex)
    sleepers.add(1, ordering: .sequentiallyConsistent)
    while posted.load(ordering: .sequentiallyConsistent) == seen { pthread_cond_wait(condition, mutex) }
    sleepers.subtract(1, ordering: .sequentiallyConsistent)
    pthread_mutex_unlock(mutex)
    return posted.load(ordering: .acquiring)
  }

  /// Monotonic nanoseconds.
  static func now() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }
}
