/// Stochastic gradient descent with optional (Nesterov) momentum (Keras defaults:
/// `learning_rate=0.01, momentum=0.0, nesterov=False`).
///
/// Without momentum `θ ← θ − lr·g`. With momentum `m ← μm − lr·g`, then `θ ← θ + m`,
/// or with Nesterov `θ ← θ + μm − lr·g`.
public final class SGD: Optimizer {
  /// The momentum factor μ in `[0, 1]`.
  public var momentum: Double
  /// Whether to use Nesterov momentum.
  public var nesterov: Bool

  /// Creates an SGD optimizer.
  public init(learningRate: Double = 0.01, momentum: Double = 0, nesterov: Bool = false,
              schedule: LearningRateSchedule? = nil, clipnorm: Double? = nil, clipvalue: Double? = nil,
              globalClipnorm: Double? = nil, weightDecay: Double? = nil) throws {
    guard momentum >= 0 && momentum <= 1 else {
      throw NeuralNetError.invalidArgument(layer: "SGD", message: "`momentum` must be a float between [0, 1]. Received: momentum=\(momentum)")
    }
    self.momentum = momentum
    self.nesterov = nesterov
    super.init(learningRate: learningRate, schedule: schedule, clipnorm: clipnorm, clipvalue: clipvalue,
               globalClipnorm: globalClipnorm, weightDecay: weightDecay)
  }

  /// Keras class name.
  public override var className: String { "SGD" }
  override var slotCount: Int { momentum > 0 ? 1 : 0 }

  override func update(
    _ values: UnsafeMutablePointer<Float>, gradient: UnsafePointer<Float>, slots: SlotBuffers.Pointers,
    count: Int, lr: Float, step: Int
  ) {
    guard momentum > 0 else {
      for i in 0..<count { values[i] -= lr * gradient[i] }
      return
    }
    let mu = Float(momentum)
    let velocity = slots[0]
    if nesterov {
      for i in 0..<count {
        let m = mu * velocity[i] - lr * gradient[i]
        velocity[i] = m
        values[i] += mu * m - lr * gradient[i]
      }
    } else {
      for i in 0..<count {
        let m = mu * velocity[i] - lr * gradient[i]
        velocity[i] = m
        values[i] += m
      }
    }
  }

  override var algorithmConfig: [String: ConfigValue] {
    ["momentum": .double(momentum), "nesterov": .bool(nesterov)]
  }
}
