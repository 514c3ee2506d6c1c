/// RMSprop (Keras defaults `learning_rate=0.001, rho=0.9, momentum=0.0, epsilon=1e-7,
/// centered=False`).
///
/// `v ← ρv + (1−ρ)g²`; denominator `√(v + ε)`, or centered `√(v − ḡ² + ε)` with
/// `ḡ ← ρḡ + (1−ρ)g`; increment `lr·g/denominator`; with momentum
/// `mom ← μ·mom + increment`, `θ ← θ − mom`, otherwise `θ ← θ − increment`.
public final class RMSprop: Optimizer {
  /// ρ, the decay of the squared-gradient average.
  public var rho: Double
  /// μ, the momentum factor.
  public var momentum: Double
  /// ε, added inside the square root.
  public var epsilon: Double
  /// Whether to subtract the squared mean gradient.
  public var centered: Bool

  /// Creates an RMSprop optimizer.
  public init(learningRate: Double = 0.001, rho: Double = 0.9, momentum: Double = 0, epsilon: Double = 1e-7,
              centered: Bool = false, schedule: LearningRateSchedule? = nil, clipnorm: Double? = nil,
              clipvalue: Double? = nil, globalClipnorm: Double? = nil, weightDecay: Double? = nil) {
    self.rho = rho
    self.momentum = momentum
    self.epsilon = epsilon
    self.centered = centered
    super.init(learningRate: learningRate, schedule: schedule, clipnorm: clipnorm, clipvalue: clipvalue,
               globalClipnorm: globalClipnorm, weightDecay: weightDecay)
  }

  /// Keras class name.
  public override var className: String { "RMSprop" }
  // slots: 0 velocity, 1 momentum, 2 average gradient.
  override var slotCount: Int { 3 }
  // Keras creates the momentum and average-gradient slots only when they are used.
  override var kerasSlotCount: Int { 1 + (momentum > 0 ? 1 : 0) + (centered ? 1 : 0) }

  override func update(
    _ values: UnsafeMutablePointer<Float>, gradient: UnsafePointer<Float>, slots: SlotBuffers.Pointers,
    count: Int, lr: Float, step: Int
  ) {
    let r = Float(rho)
    let mu = Float(momentum)
    let eps = Float(epsilon)
    let velocity = slots[0]
    guard centered || momentum > 0 else {
      // The default (and the course's): one loop the compiler vectorises.
      for i in 0..<count {
        let g = gradient[i]
        let v = r * velocity[i] + (1 - r) * g * g
        velocity[i] = v
        values[i] -= lr * g / (v + eps).squareRoot()
      }
      return
    }
    let average = slots[2]
    let moment = slots[1]
    for i in 0..<count {
      let g = gradient[i]
      velocity[i] = r * velocity[i] + (1 - r) * g * g
      var denominator = velocity[i] + eps
      if centered {
        average[i] = r * average[i] + (1 - r) * g
        denominator -= average[i] * average[i]
      }
      let increment = lr * g / denominator.squareRoot()
      if momentum > 0 {
        moment[i] = mu * moment[i] + increment
        values[i] -= moment[i]
      } else {
        values[i] -= increment
      }
    }
  }

  override var algorithmConfig: [String: ConfigValue] {
    ["rho": .double(rho), "momentum": .double(momentum), "epsilon": .double(epsilon), "centered": .bool(centered)]
  }
}
