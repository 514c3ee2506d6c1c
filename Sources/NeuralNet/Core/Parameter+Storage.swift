/// Raw access to an optional parameter's storage, for layers whose bias may be absent.
extension Optional where Wrapped == Parameter {
  /// Runs `body` with the values' storage, or with nil when there is no parameter.
  func withValues<R>(_ body: (UnsafePointer<Float>?) throws -> R) rethrows -> R {
    guard let parameter = self else { return try body(nil) }
    return try parameter.values.withUnsafeBufferPointer { try body($0.baseAddress) }
  }

  /// Runs `body` with the gradient's storage, writable, or with nil when there is no parameter.
  func withGradient<R>(_ body: (UnsafeMutablePointer<Float>?) throws -> R) rethrows -> R {
    guard let parameter = self else { return try body(nil) }
    return try parameter.gradient.withUnsafeMutableBufferPointer { try body($0.baseAddress) }
  }
}
