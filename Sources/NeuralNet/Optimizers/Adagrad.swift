/// Adagrad (Keras defaults `learning_rate=0.001, initial_accumulator_value=0.1, epsilon=1e-7`).
///
/// `acc ← acc + g²` (starting at `initial_accumulator_value`), `θ ← θ − lr·g/√(acc + ε)`.
public final class Adagrad: Optimizer {
  /// The accumulator's starting value.
  public var initialAccumulatorValue: Double
  /// ε, added inside the square root.
  public var epsilon: Double

  /// Creates an Adagrad optimizer.
  public init(learningRate: Double = 0.001, initialAccumulatorValue: Double = 0.1, epsilon: Double = 1e-7,
              schedule: LearningRateSchedule? = nil, clipnorm: Double? = nil, clipvalue: Double? = nil,
              globalClipnorm: Double? = nil, weightDecay: Double? = nil) {
    self.initialAccumulatorValue = initialAccumulatorValue
    self.epsilon = epsilon
    super.init(learningRate: learningRate, schedule: schedule, clipnorm: clipnorm, clipvalue: clipvalue,
               globalClipnorm: globalClipnorm, weightDecay: weightDecay)
  }

  /// Keras class name.
  public override var className: String { "Adagrad" }
  override var slotCount: Int { 1 }
  override var slotInitialValue: Float { Float(initialAccumulatorValue) }

  override func update(
    _ values: UnsafeMutablePointer<Float>, gradient: UnsafePointer<Float>, slots: SlotBuffers.Pointers,
    count: Int, lr: Float, step: Int
  ) {
    let eps = Float(epsilon)
    for i in 0..<count {
      let g = gradient[i]
      slots[0][i] += g * g
      values[i] -= lr * g / (slots[0][i] + eps).squareRoot()
    }
  }

  override var algorithmConfig: [String: ConfigValue] {
    ["initial_accumulator_value": .double(initialAccumulatorValue), "epsilon": .double(epsilon)]
  }
}
