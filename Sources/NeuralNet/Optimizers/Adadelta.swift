/// Adadelta (Keras defaults `learning_rate=0.001, rho=0.95, epsilon=1e-7`).
///
/// `A_g ← ρA_g + (1−ρ)g²`, `Δ = −√(A_d + ε)·g/√(A_g + ε)`, `A_d ← ρA_d + (1−ρ)Δ²`,
/// `θ ← θ + lr·Δ`.
public final class Adadelta: Optimizer {
  /// ρ, the decay of both running averages.
  public var rho: Double
  /// ε, added inside the square roots.
  public var epsilon: Double

  /// Creates an Adadelta optimizer.
  public init(learningRate: Double = 0.001, rho: Double = 0.95, epsilon: Double = 1e-7,
              schedule: LearningRateSchedule? = nil, clipnorm: Double? = nil, clipvalue: Double? = nil,
              globalClipnorm: Double? = nil, weightDecay: Double? = nil) {
    self.rho = rho
    self.epsilon = epsilon
    super.init(learningRate: learningRate, schedule: schedule, clipnorm: clipnorm, clipvalue: clipvalue,
               globalClipnorm: globalClipnorm, weightDecay: weightDecay)
  }

  /// Keras class name.
  public override var className: String { "Adadelta" }
  override var slotCount: Int { 2 }

  override func update(
    _ values: UnsafeMutablePointer<Float>, gradient: UnsafePointer<Float>, slots: SlotBuffers.Pointers,
    count: Int, lr: Float, step: Int
  ) {
    let r = Float(rho)
    let eps = Float(epsilon)
    for i in 0..<count {
      let g = gradient[i]
      slots[0][i] = r * slots[0][i] + (1 - r) * g * g
      let delta = -(slots[1][i] + eps).squareRoot() * g / (slots[0][i] + eps).squareRoot()
      slots[1][i] = r * slots[1][i] + (1 - r) * delta * delta
      values[i] += lr * delta
    }
  }

  override var algorithmConfig: [String: ConfigValue] { ["rho": .double(rho), "epsilon": .double(epsilon)] }
}
