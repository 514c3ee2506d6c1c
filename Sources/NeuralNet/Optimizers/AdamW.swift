/// AdamW: Adam with decoupled weight decay `θ ← θ − θ·wd·lr` before each update
/// (Keras default `weight_decay=0.004`).
public final class AdamW: Adam {
  /// Creates an AdamW optimizer.
  public init(learningRate: Double = 0.001, weightDecay: Double = 0.004, beta1: Double = 0.9,
              beta2: Double = 0.999, epsilon: Double = 1e-7, amsgrad: Bool = false,
              schedule: LearningRateSchedule? = nil, clipnorm: Double? = nil, clipvalue: Double? = nil,
              globalClipnorm: Double? = nil) {
    super.init(learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon, amsgrad: amsgrad,
               schedule: schedule, clipnorm: clipnorm, clipvalue: clipvalue, globalClipnorm: globalClipnorm,
               weightDecay: weightDecay)
  }

  /// Keras class name.
  public override var className: String { "AdamW" }
}
