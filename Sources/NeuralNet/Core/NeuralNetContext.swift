import Tensor

/// The per-session state layers and models draw on: unique names and the seeded generator.
///
/// The kernel session owns one context; nothing in the engine is global.
public final class NeuralNetContext {
  /// Unique layer and model names.
  public let names: NameScope
  /// The generator behind initializers, dropout masks and shuffling.
  public var random: RandomState

  /// Creates a context seeded with `seed`.
  public init(seed: UInt32 = 0) {
    names = NameScope()
    random = RandomState(seed: seed)
  }

  /// Re-seeds the generator (Keras's `set_random_seed`).
  public func setRandomSeed(_ seed: Int) throws {
    try random.seed(seed)
  }

  /// Resets names (Keras's `clear_session()`).
  public func clearSession() {
    names.reset()
  }
}
