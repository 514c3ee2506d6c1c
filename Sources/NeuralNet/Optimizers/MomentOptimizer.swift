/// The shared settings of the Adam family's moment estimates: `β₁` for the gradient's running
/// mean, `β₂` for its second moment (or infinity norm), and `ε` in the denominator.
///
/// Adamax and Nadam inherit these and their initializer; each keeps its own update rule.
public class MomentOptimizer: Optimizer {
  /// β₁, the first-moment decay.
  public var beta1: Double
  /// β₂, the second-moment (Adamax: infinity-norm) decay.
  public var beta2: Double
  /// ε, added to the denominator.
  public var epsilon: Double

  /// Creates the optimizer with Keras's defaults (`learning_rate=0.001, beta_1=0.9,
  /// beta_2=0.999, epsilon=1e-7`).
  public init(learningRate: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-7,
              schedule: LearningRateSchedule? = nil, clipnorm: Double? = nil, clipvalue: Double? = nil,
              globalClipnorm: Double? = nil, weightDecay: Double? = nil) {
    self.beta1 = beta1
    self.beta2 = beta2
    self.epsilon = epsilon
    super.init(learningRate: learningRate, schedule: schedule, clipnorm: clipnorm, clipvalue: clipvalue,
               globalClipnorm: globalClipnorm, weightDecay: weightDecay)
  }

  override var slotCount: Int { 2 }

  override var algorithmConfig: [String: ConfigValue] {
    ["beta_1": .double(beta1), "beta_2": .double(beta2), "epsilon": .double(epsilon)]
  }
}
