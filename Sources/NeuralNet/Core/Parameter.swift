/// A trainable weight array (kernel, bias, ...) with its gradient buffer.
///
/// Values are float32 in row-major order; `gradient` has the same count and
/// is overwritten by each backward pass.
public final class Parameter {
  /// The variable's short name (`kernel`, `bias`, `alpha`).
  public let name: String
  /// The array shape, e.g. `(inputs, units)` for a Dense kernel.
  public let shape: [Int]
  /// The current values.
  public var values: [Float]
  /// d(loss)/d(values) from the last backward pass.
  public var gradient: [Float]
  /// Whether optimizers update it.
  public var trainable: Bool
  /// The penalty added to the loss, if any.
  public var regularizer: Regularizer?

  /// Creates a parameter holding `values` (count must match `shape`).
  public init(name: String, shape: [Int], values: [Float], trainable: Bool = true,
              regularizer: Regularizer? = nil) {
    self.name = name
    self.shape = shape
    self.values = values
    self.gradient = [Float](repeating: 0, count: values.count)
    self.trainable = trainable
    self.regularizer = regularizer
  }

  /// The number of scalars.
  public var count: Int { values.count }

  /// Adds the regularizer's gradient to `gradient` and returns its penalty.
  func addRegularization() -> Double {
    guard let regularizer else { return 0 }
    return regularizer.addGradient(values: values, into: &gradient)
  }
}
