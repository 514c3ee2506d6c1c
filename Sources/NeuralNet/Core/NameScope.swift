/// Hands out Keras-style unique names (`dense`, `dense_1`, ...) per prefix.
///
/// Keras keeps one process-global counter per snake-cased class name;
/// here the session owns the counters, and `reset()` is `clear_session()`.
public final class NameScope {
  private var counters: [String: Int] = [:]

  /// Creates an empty scope.
  public init() {}

  /// The next unique name for `prefix`: the bare prefix first, then `_1`, `_2`, ...
  public func uniqueName(_ prefix: String) -> String {
    let n = counters[prefix, default: 0]
    counters[prefix] = n + 1
    return n == 0 ? prefix : "\(prefix)_\(n)"
  }

  /// The next unique name for a class, snake-cased as Keras does (`LeakyReLU` → `leaky_re_lu`).
  public func uniqueName(forClass className: String) -> String {
    uniqueName(NameScope.snakeCase(className))
  }

  /// Forgets all counters (Keras's `clear_session()`).
  public func reset() { counters = [:] }

  /// Keras's `to_snake_case`: `(.)([A-Z][a-z]+)` → `\1_\2`, then `([a-z])([A-Z])` → `\1_\2`, lower.
  public static func snakeCase(_ name: String) -> String {
    let chars = Array(name.filter { $0.isLetter || $0.isNumber || $0 == "_" })
    var pass1: [Character] = []
    for (i, c) in chars.enumerated() {
      // Insert "_" before an upper-case letter followed by lower-case (not at the start).
      if i > 0 && c.isUppercase && i + 1 < chars.count && chars[i + 1].isLowercase {
        pass1.append("_")
      }
      pass1.append(c)
    }
    var pass2: [Character] = []
    for (i, c) in pass1.enumerated() {
      if i > 0 && c.isUppercase && pass1[i - 1].isLowercase { pass2.append("_") }
      pass2.append(c)
    }
    return String(pass2).lowercased()
  }
}
