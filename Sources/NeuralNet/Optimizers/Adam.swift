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
  /// Whether to use the AMSGrad maximum of past `v`.
  public var amsgrad: Bool
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

  override func update(_ values: inout [Float], gradient: [Float], slots: inout [[Float]], lr: Float, step: Int) {
    let b1 = Float(beta1)
    let b2 = Float(beta2)
    let alpha = stepSize
    let eps = Float(epsilon)
    let c1 = 1 - b1
    let c2 = 1 - b2
    // Moved out so each buffer is uniquely referenced and written in place.
    var m: [Float] = []
    var v: [Float] = []
    var vMax: [Float] = []
    swap(&m, &slots[0])
    swap(&v, &slots[1])
    if amsgrad { swap(&vMax, &slots[2]) }
    values.withUnsafeMutableBufferPointer { theta in
      gradient.withUnsafeBufferPointer { grad in
        m.withUnsafeMutableBufferPointer { mp in
          v.withUnsafeMutableBufferPointer { vp in
            vMax.withUnsafeMutableBufferPointer { hp in
              let count = min(theta.count, grad.count, mp.count, vp.count)
              if amsgrad && hp.count >= count {
                for i in 0..<count {
                  let g = grad[i]
                  mp[i] += (g - mp[i]) * c1
                  vp[i] += (g * g - vp[i]) * c2
                  hp[i] = max(hp[i], vp[i])
                  theta[i] -= alpha * mp[i] / (hp[i].squareRoot() + eps)
                }
              } else if let tb = theta.baseAddress, let gb = grad.baseAddress, let mb = mp.baseAddress,
                let vb = vp.baseAddress
              {
                VectorKernels.adamStep(
                  theta: tb, gradient: gb, m: mb, v: vb, count: count, c1: c1, c2: c2, alpha: alpha, eps: eps)
              }
            }
          }
        }
      }
    }
    swap(&m, &slots[0])
    swap(&v, &slots[1])
    if amsgrad { swap(&vMax, &slots[2]) }
  }

  /// Computes the step size every parameter of this step shares.
  override func beginStep() {
    let t = Float(iterations + 1)
    stepSize = currentLearningRate * (1 - pow(Float(beta2), t)).squareRoot() / (1 - pow(Float(beta1), t))
  }

  override var algorithmConfig: [String: ConfigValue] {
    ["beta_1": .double(beta1), "beta_2": .double(beta2), "epsilon": .double(epsilon), "amsgrad": .bool(amsgrad)]
  }
}
