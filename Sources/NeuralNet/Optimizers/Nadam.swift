import Foundation

/// Nadam, Adam with Nesterov momentum (Keras defaults `learning_rate=0.001, beta_1=0.9,
/// beta_2=0.999, epsilon=1e-7`).
///
/// With `u_t = β₁(1 − ½·0.96ᵗ)` and the running product `Π_t = Π_{t−1}·u_t`:
/// `m ← m + (g−m)(1−β₁)`, `v ← v + (g²−v)(1−β₂)`,
/// `m̂ = u_{t+1}·m/(1 − Π_t·u_{t+1}) + (1−u_t)·g/(1 − Π_t)`, `v̂ = v/(1−β₂ᵗ)`,
/// `θ ← θ − lr·m̂/(√v̂ + ε)`.
public final class Nadam: MomentOptimizer {
  private var uProduct: Float = 1

  /// Keras class name.
  public override var className: String { "Nadam" }

  override func beginStep() {
    uProduct *= Float(beta1) * (1 - 0.5 * pow(Float(0.96), Float(iterations + 1)))
  }

  /// Also forgets the momentum-schedule product.
  public override func reset() {
    super.reset()
    uProduct = 1
  }

  override func update(
    _ values: UnsafeMutablePointer<Float>, gradient: UnsafePointer<Float>, slots: SlotBuffers.Pointers,
    count: Int, lr: Float, step: Int
  ) {
    let b1 = Float(beta1)
    let b2 = Float(beta2)
    let t = Float(step)
    let ut = b1 * (1 - 0.5 * pow(Float(0.96), t))
    let ut1 = b1 * (1 - 0.5 * pow(Float(0.96), t + 1))
    let prod1 = uProduct * ut1
    let b2Power = pow(b2, t)
    let eps = Float(epsilon)
    for i in 0..<count {
      let g = gradient[i]
      slots[0][i] += (g - slots[0][i]) * (1 - b1)
      slots[1][i] += (g * g - slots[1][i]) * (1 - b2)
      let mHat = ut1 * slots[0][i] / (1 - prod1) + (1 - ut) * g / (1 - uProduct)
      let vHat = slots[1][i] / (1 - b2Power)
      values[i] -= mHat * lr / (vHat.squareRoot() + eps)
    }
  }
}
