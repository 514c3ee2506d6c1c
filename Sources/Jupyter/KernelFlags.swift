import Synchronization

/// State shared between the kernel's threads, read and written atomically.
final class KernelFlags: Sendable {
  /// Bumped on every interrupt; waits compare it with the value they started with.
  let interrupts = Atomic<Int>(0)
  /// Set once shutdown has been requested; every loop ends soon after.
  let stopping = Atomic<Bool>(false)

  /// The current interrupt count.
  var interruptCount: Int { interrupts.load(ordering: .acquiring) }

  /// Whether shutdown has been requested.
  var isStopping: Bool { stopping.load(ordering: .acquiring) }

  /// Records an interrupt.
  func noteInterrupt() {
    interrupts.add(1, ordering: .releasing)
  }

  /// Records a shutdown request.
  func requestStop() {
    stopping.store(true, ordering: .releasing)
  }
}
