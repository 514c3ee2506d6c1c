import Foundation
import Interpreter

/// Finds the `KerasState` of an evaluator, creating it on first use.
///
/// States are keyed by evaluator identity; entries whose evaluator is gone are dropped.
enum KerasRegistry {
  private static let lock = NSLock()
  nonisolated(unsafe) private static var states: [ObjectIdentifier: KerasState] = [:]

  /// The state of `evaluator`'s session.
  static func state(for evaluator: Evaluator) -> KerasState {
    lock.lock()
    defer { lock.unlock() }
    let key = ObjectIdentifier(evaluator)
    if let existing = states[key], existing.evaluator === evaluator { return existing }
    states = states.filter { $0.value.evaluator != nil }
    let created = KerasState(evaluator: evaluator)
    states[key] = created
    return created
  }
}
