/// The shared machinery of Keras optimizers: learning rate (or schedule), gradient
/// clipping, decoupled weight decay, per-parameter slot buffers and the step counter.
///
/// A step runs as in Keras 3: clip the gradients (`clipvalue`, per-variable `clipnorm`,
/// `global_clipnorm`), apply weight decay `θ ← θ − θ·wd·lr`, run each algorithm's
/// `update`, then increment `iterations`. Subclasses implement `update` only.
public class Optimizer {
  /// The fixed learning rate (ignored when `schedule` is set).
  public var learningRate: Double
  /// A step-dependent learning rate, if any.
  public var schedule: LearningRateSchedule?
  /// Clip each gradient to this L2 norm.
  public var clipnorm: Double?
  /// Clip every gradient element to `±clipvalue`.
  public var clipvalue: Double?
  /// Clip all gradients together to this global L2 norm.
  public var globalClipnorm: Double?
  /// Decoupled weight decay factor, if any.
  public var weightDecay: Double?
  /// The number of steps applied so far.
  public internal(set) var iterations = 0
  /// Slot buffers (momenta, velocities, ...) per parameter. The parameter is held with its
  /// slots, so its identity cannot be reused by a new parameter while the state lives.
  private var slots: [ObjectIdentifier: (parameter: Parameter, buffers: SlotBuffers)] = [:]

  /// Creates an optimizer with the common Keras arguments.
  init(learningRate: Double, schedule: LearningRateSchedule? = nil, clipnorm: Double? = nil,
       clipvalue: Double? = nil, globalClipnorm: Double? = nil, weightDecay: Double? = nil) {
    self.learningRate = learningRate
    self.schedule = schedule
    self.clipnorm = clipnorm
    self.clipvalue = clipvalue
    self.globalClipnorm = globalClipnorm
    self.weightDecay = weightDecay
  }

  /// The Keras class name (`SGD`, `Adam`, ...).
  public var className: String { "Optimizer" }

  /// How many slot buffers each parameter gets.
  var slotCount: Int { 0 }
  /// How many of those slots Keras creates for these settings (for "Optimizer params"):
  /// the same as `slotCount` unless some slots are unused (RMSprop without momentum).
  var kerasSlotCount: Int { slotCount }

  /// The initial value of slot buffers (Adagrad overrides it).
  var slotInitialValue: Float { 0 }

  /// The learning rate for the current step, as float32 like Keras's variable.
  public var currentLearningRate: Float {
    Float(schedule?.value(step: iterations) ?? learningRate)
  }

  /// Updates `θ` (`count` values) for one parameter given its (clipped) gradient and its slots;
  /// override per algorithm.
  func update(
    _ values: UnsafeMutablePointer<Float>, gradient: UnsafePointer<Float>, slots: SlotBuffers.Pointers,
    count: Int, lr: Float, step: Int
  ) {}

  /// Called once per step before the parameter updates.
  func beginStep() {}

  /// Applies one step to the trainable parameters using their stored gradients.
  public func apply(to parameters: [Parameter]) {
    apply(prepare(parameters))
  }

  /// `parameters` resolved for repeated steps: a training loop prepares once per fit, then
  /// `apply(_:)` runs each step on storage addresses alone.
  func prepare(_ parameters: [Parameter]) -> OptimizerStep {
    OptimizerStep(parameters: parameters, slots: slotBuffers(for: parameters))
  }

  /// One step over prepared parameters: clipping (in the gradients' storage, which the next
  /// backward pass overwrites), weight decay, the algorithm's update, then `iterations += 1`.
  func apply(_ prepared: OptimizerStep) {
    if clipsGradients {
      var gradients = prepared.parameters.map(\.gradient)
      clip(&gradients)
      for (p, g) in zip(prepared.parameters, gradients) { p.gradient = g }
    }
    update(prepared, with: beginUpdates(), except: -1)
    finishStep()
  }

  /// The slots of `parameters`, in order, created on first use.
  private func slotBuffers(for parameters: [Parameter]) -> [SlotBuffers] {
    parameters.map { p in
      if let existing = slots[ObjectIdentifier(p)] { return existing.buffers }
      let created = SlotBuffers(count: slotCount, size: p.count, initial: slotInitialValue)
      slots[ObjectIdentifier(p)] = (p, created)
      return created
    }
  }

  /// Forgets slots and the step counter (a fresh optimizer state).
  public func reset() {
    slots = [:]
    iterations = 0
  }

  /// The number of optimizer variables Keras reports (iteration, learning rate, slots).
  public func variableCount(for parameters: [Parameter]) -> Int {
    2 + kerasSlotCount * parameters.reduce(0) { $0 + $1.count }
  }

  /// Keras's clipping rules applied in place.
  func clip(_ gradients: inout [[Float]]) {
    if let v = clipvalue {
      let c = Float(v)
      for k in gradients.indices { gradients[k] = gradients[k].map { min(max($0, -c), c) } }
    }
    if let n = clipnorm {
      for k in gradients.indices {
        let norm = gradients[k].reduce(0.0) { $0 + Double($1) * Double($1) }.squareRoot()
        if norm > n { gradients[k] = gradients[k].map { $0 * Float(n / norm) } }
      }
    }
    if let n = globalClipnorm {
      let norm = gradients.reduce(0.0) { acc, g in acc + g.reduce(0.0) { $0 + Double($1) * Double($1) } }.squareRoot()
      if norm > n {
        for k in gradients.indices { gradients[k] = gradients[k].map { $0 * Float(n / norm) } }
      }
    }
  }

  /// The algorithm's own `get_config()` entries.
  var algorithmConfig: [String: ConfigValue] { [:] }

  /// Keras's optimizer `get_config()`.
  public var config: [String: ConfigValue] {
    var c = algorithmConfig
    c["name"] = .string(className.lowercased())
    c["learning_rate"] = schedule?.config ?? .double(Double(Float(learningRate)))
    c["weight_decay"] = .optional(weightDecay)
    c["clipnorm"] = .optional(clipnorm)
    c["global_clipnorm"] = .optional(globalClipnorm)
    c["clipvalue"] = .optional(clipvalue)
    c["use_ema"] = .bool(false)
    c["ema_momentum"] = .double(0.99)
    c["ema_overwrite_frequency"] = .null
    c["loss_scale_factor"] = .null
    c["gradient_accumulation_steps"] = .null
    return c
  }
}
