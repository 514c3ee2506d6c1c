import Foundation
import Interpreter
import NeuralNet

/// The keras binding's state for one session: the engine context (names, generator) and
/// the Python wrappers of layers, so `model.layers[0] is layer` holds.
///
/// One state exists per `Evaluator`, found through `KerasRegistry`; nothing is shared
/// between sessions.
final class KerasState {
  /// The evaluator this state belongs to.
  weak var evaluator: Evaluator?
  /// A seed given (by `np.random.seed`, ...) before the context existed.
  private var pendingSeed: Int?
  private var storedContext: NeuralNetContext?
  /// Wrappers already handed to cells, by layer identity.
  private var layerWrappers: [ObjectIdentifier: KerasLayer] = [:]
  /// Counts fit progress displays, for unique display ids.
  var displayCounter = 0

  /// Creates the state of `evaluator`.
  init(evaluator: Evaluator) {
    self.evaluator = evaluator
  }

  /// The engine context, created on first use (seeded when a seed was already given).
  var context: NeuralNetContext {
    if let storedContext { return storedContext }
    let seed = pendingSeed.map { UInt32(truncatingIfNeeded: $0) } ?? UInt32.random(in: 0...UInt32.max)
    let created = NeuralNetContext(seed: seed)
    storedContext = created
    return created
  }

  /// Re-seeds the engine's generator (from `np.random.seed`, `random.seed`,
  /// `tf.random.set_seed` or `keras.utils.set_random_seed`).
  func seed(_ value: Int) throws {
    let wrapped = Int(UInt32(truncatingIfNeeded: value))
    if let storedContext {
      try storedContext.setRandomSeed(wrapped)
    } else {
      pendingSeed = wrapped
    }
  }

  /// Resets layer and model names (`keras.backend.clear_session()`).
  func clearSession() {
    context.clearSession()
  }

  /// The one Python wrapper of `layer`.
  func wrapper(for layer: Layer) -> KerasLayer {
    let key = ObjectIdentifier(layer)
    if let existing = layerWrappers[key] { return existing }
    let created = KerasLayer(layer, state: self)
    layerWrappers[key] = created
    return created
  }

  /// Registers a wrapper created by a constructor.
  func register(_ wrapper: KerasLayer) {
    layerWrappers[ObjectIdentifier(wrapper.layer)] = wrapper
  }
}
