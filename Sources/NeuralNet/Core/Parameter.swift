/// A trainable weight array (kernel, bias, ...) with its gradient buffer.
///
/// Values are float32 in row-major order; `gradient` has the same count and
/// is overwritten by each backward pass.
public final class Parameter {
  /// The variable's short name (`kernel`, `bias`, `alpha`).
  public let name: String
  /// The array shape, e.g. `(inputs, units)` for a Dense kernel.
  public let shape: [Int]
  /// The number of scalars (fixed for the parameter's life).
  public let count: Int
  /// The values' storage: `count` floats, at one address for the parameter's life, so a
  /// training step reads and writes them without array bookkeeping.
  let valuesAddress: UnsafeMutablePointer<Float>
  /// The gradient's storage, like `valuesAddress`.
  let gradientAddress: UnsafeMutablePointer<Float>
  /// Whether optimizers update it.
  public var trainable: Bool
  /// The penalty added to the loss, if any.
  public var regularizer: Regularizer?

  /// Creates a parameter holding `values` (count must match `shape`), with a zero gradient.
  public init(name: String, shape: [Int], values: [Float], trainable: Bool = true,
              regularizer: Regularizer? = nil) {
    self.name = name
    self.shape = shape
    count = values.count
    valuesAddress = .allocate(capacity: max(values.count, 1))
    gradientAddress = .allocate(capacity: max(values.count, 1))
    valuesAddress.initialize(repeating: 0, count: max(values.count, 1))
    gradientAddress.initialize(repeating: 0, count: max(values.count, 1))
    self.trainable = trainable
    self.regularizer = regularizer
    self.values = values
  }

  deinit {
    valuesAddress.deallocate()
    gradientAddress.deallocate()
  }

  /// The current values, as a copy. Setting copies the new values in; callers check the
  /// shape first (`set_weights`), and any elements beyond `count` are ignored.
  public var values: [Float] {
    get { Array(UnsafeBufferPointer(start: valuesAddress, count: count)) }
    set { Self.copy(newValue, into: valuesAddress, count: count) }
  }

  /// d(loss)/d(values) from the last backward pass, as a copy; setting copies like `values`.
  public var gradient: [Float] {
    get { Array(UnsafeBufferPointer(start: gradientAddress, count: count)) }
    set { Self.copy(newValue, into: gradientAddress, count: count) }
  }

  /// The values as a read-only buffer.
  var valueBuffer: UnsafeBufferPointer<Float> { UnsafeBufferPointer(start: valuesAddress, count: count) }
  /// The gradient as a writable buffer.
  var gradientBuffer: UnsafeMutableBufferPointer<Float> { UnsafeMutableBufferPointer(start: gradientAddress, count: count) }

  private static func copy(_ source: [Float], into target: UnsafeMutablePointer<Float>, count: Int) {
    source.withUnsafeBufferPointer { s in
      guard let base = s.baseAddress else { return }
      target.update(from: base, count: min(count, s.count))
    }
  }

  /// Adds the regularizer's gradient to `gradient` and returns its penalty.
  func addRegularization() -> Double {
    guard let regularizer else { return 0 }
    return regularizer.addGradient(values: valueBuffer, into: gradientBuffer)
  }
}
