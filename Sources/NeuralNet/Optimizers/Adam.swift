import Foundation
import Tensor

/// Adam (Keras defaults `learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7`);
/// with `weightDecay` set it is AdamW.
///
/// With `t = iterations + 1`: `α = lr·√(1−β₂ᵗ)/(1−β₁ᵗ)`, `m ← m + (g−m)(1−β₁)`,
/// `v ← v + (g²−v)(1−β₂)`, (AMSGrad: `v̂ ← max(v̂, v)`), `θ ← θ − α·m/(√v + ε)`.
public class Adam: Optimizer {
  /// β₁, the first-moment decay.
  public var beta1: Double
  /// β₂, the second-moment decay.
  public var beta2: Double
  /// ε, added to `√v`.
  public var epsilon: Double
  /// Whether to use the AMSGrad maximum of past `v` (fixed at creation: it decides the slots).
  public let amsgrad: Bool
  /// The current step's bias-corrected step size, `lr·√(1−β₂ᵗ)/(1−β₁ᵗ)` (set by `beginStep`).
  private var stepSize: Float = 0

  /// Creates an Adam optimizer.
  public init(learningRate: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999,
              epsilon: Double = 1e-7, amsgrad: Bool = false, schedule: LearningRateSchedule? = nil,
              clipnorm: Double? = nil, clipvalue: Double? = nil, globalClipnorm: Double? = nil,
              weightDecay: Double? = nil) {
    self.beta1 = beta1
    self.beta2 = beta2
    self.epsilon = epsilon
    self.amsgrad = amsgrad
    super.init(learningRate: learningRate, schedule: schedule, clipnorm: clipnorm, clipvalue: clipvalue,
               globalClipnorm: globalClipnorm, weightDecay: weightDecay)
  }

  /// Keras class name.
  public override var className: String { "Adam" }
  override var slotCount: Int { amsgrad ? 3 : 2 }

  override func update(
    _ values: UnsafeMutablePointer<Float>, gradient: UnsafePointer<Float>, slots: SlotBuffers.Pointers,
    count: Int, lr: Float, step: Int
  ) {
    let c1 = 1 - Float(beta1)
    let c2 = 1 - Float(beta2)
    let alpha = stepSize
    let eps = Float(epsilon)
    let m = slots[0]
    let v = slots[1]
    guard amsgrad else {
      VectorKernels.adamStep(
        theta: values, gradient: gradient, m: m, v: v, count: count, c1: c1, c2: c2, alpha: alpha, eps: eps)
      return
    }
    let vMax = slots[2]
    for i in 0..<count {
      let g = gradient[i]
      m[i] += (g - m[i]) * c1
      v[i] += (g * g - v[i]) * c2
      vMax[i] = max(vMax[i], v[i])
      values[i] -= alpha * m[i] / (vMax[i].squareRoot() + eps)
    }
  }

  override func beginStep() {
    let t = Float(iterations + 1)
    stepSize = currentLearningRate * (1 - pow(Float(beta2), t)).squareRoot() / (1 - pow(Float(beta1), t))
  }

  override var algorithmConfig: [String: ConfigValue] {
    ["beta_1": .double(beta1), "beta_2": .double(beta2), "epsilon": .double(epsilon), "amsgrad": .bool(amsgrad)]
  }
}
