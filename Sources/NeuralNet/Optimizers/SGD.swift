import Tensor

/// Stochastic gradient descent with optional (Nesterov) momentum (Keras defaults:
/// `learning_rate=0.01, momentum=0.0, nesterov=False`).
///
/// Without momentum `θ ← θ − lr·g`. With momentum `m ← μm − lr·g`, then `θ ← θ + m`,
/// or with Nesterov `θ ← θ + μm − lr·g`.
public final class SGD: Optimizer {
  /// The momentum factor μ in `[0, 1]` (fixed at creation: it decides whether there is a
  /// velocity slot).
  public let momentum: Double
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
    let mu = Float(momentum)
    let velocity = slots[0]
    let nesterov = self.nesterov
    // Elements are independent: long parameters are split across the worker pool.
    WorkerPool.shared.split(count, minimumPart: VectorKernels.parallelMinimum) { range in
      if mu == 0 {
        for i in range { values[i] -= lr * gradient[i] }
      } else if nesterov {
        for i in range {
          let m = mu * velocity[i] - lr * gradient[i]
          velocity[i] = m
          values[i] += mu * m - lr * gradient[i]
        }
      } else {
        for i in range {
          let m = mu * velocity[i] - lr * gradient[i]
          velocity[i] = m
          values[i] += m
        }
      }
    }
  }

  override var algorithmConfig: [String: ConfigValue] {
    ["momentum": .double(momentum), "nesterov": .bool(nesterov)]
  }
}
