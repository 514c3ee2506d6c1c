import Foundation

/// Adamax (Keras defaults `learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7`).
///
/// `m ← m + (g−m)(1−β₁)`, `u ← max(β₂u, |g|)`, `θ ← θ − lr·m/((1−β₁ᵗ)(u + ε))`.
public final class Adamax: Optimizer {
  /// β₁, the first-moment decay.
  public var beta1: Double
  /// β₂, the infinity-norm decay.
  public var beta2: Double
  /// ε, added to `u`.
  public var epsilon: Double

  /// Creates an Adamax optimizer.
  public init(learningRate: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-7,
              schedule: LearningRateSchedule? = nil, clipnorm: Double? = nil, clipvalue: Double? = nil,
              globalClipnorm: Double? = nil, weightDecay: Double? = nil) {
    self.beta1 = beta1
    self.beta2 = beta2
    self.epsilon = epsilon
    super.init(learningRate: learningRate, schedule: schedule, clipnorm: clipnorm, clipvalue: clipvalue,
               globalClipnorm: globalClipnorm, weightDecay: weightDecay)
  }

  /// Keras class name.
  public override var className: String { "Adamax" }
  override var slotCount: Int { 2 }

  override func update(_ values: inout [Float], gradient: [Float], slots: inout [[Float]], lr: Float, step: Int) {
    let b1 = Float(beta1)
    let b2 = Float(beta2)
    let correction = 1 - pow(b1, Float(step))
    let eps = Float(epsilon)
    for i in values.indices {
      let g = gradient[i]
      slots[0][i] += (g - slots[0][i]) * (1 - b1)
      slots[1][i] = max(b2 * slots[1][i], abs(g))
      values[i] -= lr * slots[0][i] / (correction * (slots[1][i] + eps))
    }
  }

  override var algorithmConfig: [String: ConfigValue] {
    ["beta_1": .double(beta1), "beta_2": .double(beta2), "epsilon": .double(epsilon)]
  }
}
