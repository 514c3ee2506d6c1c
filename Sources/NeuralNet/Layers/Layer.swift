import Tensor

/// A Keras layer: builds its weights from an input shape, runs forward on a batch,
/// and propagates gradients backward (storing its parameters' gradients).
///
/// Shapes here are per-sample (no batch dimension); `Batch` carries the batch.
public protocol Layer: AnyObject {
  /// The unique layer name (`dense`, `dense_1`, ...).
  var name: String { get set }
  /// The Keras class name shown by `summary()` (`Dense`, `LeakyReLU`, ...).
  var className: String { get }
  /// Whether optimizers update this layer's weights.
  var trainable: Bool { get set }
  /// The per-sample input shape given with `input_shape`/`input_dim`, if any.
  var declaredInputShape: [Int]? { get }
  /// The per-sample input shape the layer was built for, once built.
  var builtInputShape: [Int]? { get }
  /// The weights in Keras order (kernel, then bias).
  var parameters: [Parameter] { get }
  /// The activity-regularization penalty of the last forward pass.
  var activityPenalty: Double { get }
  /// Creates the weights for `inputShape` (per sample). Idempotent for the same shape.
  func build(inputShape: [Int]) throws
  /// The per-sample output shape for a per-sample input shape.
  func outputShape(for inputShape: [Int]) throws -> [Int]
  /// Computes the outputs, caching what `backward` needs.
  func forward(_ input: Batch, training: Bool) throws -> Batch
  /// Given `dL/d(output)`, stores parameter gradients and returns `dL/d(input)`.
  func backward(_ gradient: Batch) throws -> Batch
  /// The `get_config()` entries particular to this layer.
  var layerConfig: [String: ConfigValue] { get }
}

extension Layer {
  /// Whether the weights exist.
  public var isBuilt: Bool { builtInputShape != nil }

  /// The number of scalars in all weights (Keras `count_params()`).
  public func countParams() -> Int { parameters.reduce(0) { $0 + $1.count } }

  /// The trainable parameters (all of them unless the layer is frozen).
  public var trainableParameters: [Parameter] {
    trainable ? parameters.filter(\.trainable) : []
  }

  /// The weights as float32 tensors, in Keras `get_weights()` order.
  public func getWeights() -> [Tensor] {
    parameters.compactMap { try? Tensor($0.values, shape: $0.shape) }
  }

  /// Replaces the weights; checks the count and every shape first (nothing changes on error).
  public func setWeights(_ weights: [Tensor]) throws {
    let params = parameters
    guard weights.count == params.count else {
      throw NeuralNetError.weightMismatch(
        layer: name,
        message: "You called `set_weights(weights)` on layer '\(name)' with a weight list of length \(weights.count), but the layer was expecting \(params.count) weights.")
    }
    for (p, w) in zip(params, weights) where p.shape != w.shape {
      throw NeuralNetError.weightMismatch(
        layer: name,
        message: "Layer \(name) weight shape \(shapeText(p.shape)) is not compatible with provided weight shape \(shapeText(w.shape)).")
    }
    for (p, w) in zip(params, weights) { p.values = w.floats }
  }

  /// The full `get_config()` dictionary: name, trainable, dtype, and the layer's own entries.
  public var config: [String: ConfigValue] {
    var c = layerConfig
    c["name"] = .string(name)
    c["trainable"] = .bool(trainable)
    c["dtype"] = .string("float32")
    if let declaredInputShape { c["batch_shape"] = ConfigValue.shape([nil] + declaredInputShape) }
    return c
  }

  /// Checks that `input` matches the built per-sample shape.
  func checkInput(_ input: Batch) throws {
    if let built = builtInputShape, built != input.featureShape {
      throw NeuralNetError.incompatibleInput(
        layer: name, expected: [nil] + built.map { $0 }, received: input.shape.map { $0 })
    }
  }
}

/// Resolves the per-sample shape from Keras's `input_shape` and `input_dim` arguments.
func declaredShape(inputShape: [Int]?, inputDim: Int?) -> [Int]? {
  if let inputShape { return inputShape }
  if let inputDim { return [inputDim] }
  return nil
}
