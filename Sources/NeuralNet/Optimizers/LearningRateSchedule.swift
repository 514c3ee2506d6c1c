import Foundation

/// A learning rate that depends on the step number.
public protocol LearningRateSchedule {
  /// The rate at `step` (the optimizer's `iterations` before the update).
  func value(step: Int) -> Double
  /// The Keras serialization.
  var config: ConfigValue { get }
}

/// Keras `ExponentialDecay`: `lr = initial · rate^(step/decay_steps)`, with the exponent
/// floored when `staircase`.
public struct ExponentialDecay: LearningRateSchedule {
  /// The rate at step 0.
  public var initialLearningRate: Double
  /// The number of steps per decay period.
  public var decaySteps: Int
  /// The factor applied per period.
  public var decayRate: Double
  /// Whether the exponent is an integer number of periods.
  public var staircase: Bool

  /// Creates the schedule.
  public init(initialLearningRate: Double, decaySteps: Int, decayRate: Double, staircase: Bool = false) {
    self.initialLearningRate = initialLearningRate
    self.decaySteps = max(decaySteps, 1)
    self.decayRate = decayRate
    self.staircase = staircase
  }

  /// `initial · rate^(step/decay_steps)`.
  public func value(step: Int) -> Double {
    var p = Double(step) / Double(decaySteps)
    if staircase { p = p.rounded(.down) }
    return initialLearningRate * Foundation.pow(decayRate, p)
  }

  /// `{"class_name": "ExponentialDecay", "config": {...}}`.
  public var config: ConfigValue {
    .object([
      "module": .string("keras.optimizers.schedules"), "class_name": .string("ExponentialDecay"),
      "config": .object([
        "initial_learning_rate": .double(initialLearningRate), "decay_steps": .int(decaySteps),
        "decay_rate": .double(decayRate), "staircase": .bool(staircase), "name": .string("ExponentialDecay"),
      ]),
    ])
  }
}
