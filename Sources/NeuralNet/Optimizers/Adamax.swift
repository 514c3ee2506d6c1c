import Foundation

/// Adamax (Keras defaults `learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7`).
///
/// `m ← m + (g−m)(1−β₁)`, `u ← max(β₂u, |g|)`, `θ ← θ − lr·m/((1−β₁ᵗ)(u + ε))`.
public final class Adamax: MomentOptimizer {
  /// Keras class name.
  public override var className: String { "Adamax" }

  override func update(
    _ values: UnsafeMutablePointer<Float>, gradient: UnsafePointer<Float>, slots: SlotBuffers.Pointers,
    count: Int, lr: Float, step: Int
  ) {
    let b1 = Float(beta1)
    let b2 = Float(beta2)
    let correction = 1 - pow(b1, Float(step))
    let eps = Float(epsilon)
    for i in 0..<count {
      let g = gradient[i]
      slots[0][i] += (g - slots[0][i]) * (1 - b1)
      slots[1][i] = max(b2 * slots[1][i], abs(g))
      values[i] -= lr * slots[0][i] / (correction * (slots[1][i] + eps))
    }
  }
}
