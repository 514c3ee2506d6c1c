import Foundation

/// A value guarded by a lock, for process-wide caches shared across threads.
final class LockedCache<Value>: @unchecked Sendable {
  private var value: Value
  private let lock = NSLock()

  /// Wraps an initial value.
  init(_ value: Value) {
    self.value = value
  }

  /// Runs `body` with exclusive access to the value.
  func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
    lock.lock()
    defer { lock.unlock() }
    return try body(&value)
  }
}
