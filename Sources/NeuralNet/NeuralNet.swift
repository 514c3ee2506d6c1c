/// Keras-compatible neural networks on the `Tensor` module: layers, losses, optimizers,
/// and the `Sequential` model's compile / fit / evaluate / predict.
public enum NeuralNet {
  /// The engine's version, reported by the kernel banner.
  public static let version = "0.1.0"
}
