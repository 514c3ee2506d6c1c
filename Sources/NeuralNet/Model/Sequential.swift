import Tensor

/// A linear stack of layers (Keras `Sequential`): `add`, `compile`, `fit`, `evaluate`,
/// `predict`, weights, and save/load.
///
/// An `InputLayer` (or a first layer with `input_shape`) fixes the per-sample input
/// shape; otherwise the model builds on the first data it sees. `layers` excludes the
/// input layer, as in Keras.
public final class Sequential {
  /// The unique model name (`sequential`, `sequential_1`, ...).
  public var name: String
  /// The layers in order (without the input layer).
  public private(set) var layers: [Layer] = []
  /// The declared or built per-sample input shape.
  public private(set) var inputShape: [Int]?
  /// The optimizer, loss and metrics from `compile`.
  public internal(set) var optimizer: Optimizer?
  /// The compiled loss.
  public internal(set) var loss: LossFunction?
  /// The compiled metrics, in compile order (resolved once data is seen), weighted ones last.
  public internal(set) var metrics: [Metric] = []
  /// The names given to `compile(weighted_metrics=...)`, as saved.
  public internal(set) var weightedMetricNames: [String] = []
  /// The History of the last `fit`.
  public internal(set) var history: History?
  /// Set by a callback to end training after the current epoch (Keras `stop_training`).
  public var stopTraining = false
  /// Whether `fit` may train an all-Dense model on a `DenseFitPlan` (tests turn it off to
  /// compare with the generic loop).
  var usesFitPlan = true
  /// Whether the last `fit` ran on a `DenseFitPlan`.
  var lastFitUsedPlan = false
  /// How many steps of the last `fit` updated the first kernel inside the backward pass (tests).
  var lastFitStepsUpdatingInBackward = 0
  /// The session state (names, generator).
  public let context: NeuralNetContext
  /// The name of the input layer Keras would create.
  public private(set) var inputLayerName: String?

  /// Creates a model from layers (Keras `Sequential([...])`).
  public init(layers: [Layer] = [], name: String? = nil, context: NeuralNetContext) throws {
    self.context = context
    self.name = name ?? context.names.uniqueName("sequential")
    for layer in layers { try add(layer) }
  }

  /// Appends a layer; an `InputLayer` sets the input shape instead.
  public func add(_ layer: Layer) throws {
    if let input = layer as? InputLayer {
      guard layers.isEmpty else {
        throw NeuralNetError.invalidArgument(
          layer: input.name, message: "An InputLayer can only be the first layer of a Sequential model.")
      }
      inputShape = input.shape
      inputLayerName = input.name
      return
    }
    if layers.contains(where: { $0 === layer }) || layers.contains(where: { $0.name == layer.name }) {
      throw NeuralNetError.invalidArgument(
        layer: layer.name,
        message: "All layers added to a Sequential model should have unique names. Name \"\(layer.name)\" is already the name of a layer in this model.")
    }
    if layers.isEmpty, inputShape == nil, let declared = layer.declaredInputShape {
      inputShape = declared
      inputLayerName = context.names.uniqueName("input_layer")
    }
    if let shape = try currentOutputShape() { try Sequential.build(layer, inputShape: shape) }
    layers.append(layer)
  }

  /// Removes the last layer (Keras `pop()`).
  @discardableResult
  public func pop() throws -> Layer {
    guard let last = layers.popLast() else {
      throw NeuralNetError.invalidArgument(layer: name, message: "There are no layers in the model.")
    }
    return last
  }

  /// Whether every layer has its weights.
  public var isBuilt: Bool { inputShape != nil && layers.allSatisfy(\.isBuilt) }

  /// Builds all layers for per-sample `inputShape` (Keras `build((None, ...))`).
  public func build(inputShape shape: [Int]) throws {
    if let existing = inputShape, existing != shape, isBuilt {
      throw NeuralNetError.incompatibleInput(
        layer: layers.first?.name ?? name, expected: [nil] + existing.map { $0 }, received: [nil] + shape.map { $0 })
    }
    _ = try outputShape(for: shape)
    var current = shape
    for layer in layers {
      try Sequential.build(layer, inputShape: current)
      current = try layer.outputShape(for: current)
    }
    inputShape = shape
  }

  /// Builds one layer, naming it when a weight would exceed the memory limit.
  static func build(_ layer: Layer, inputShape: [Int]) throws {
    do {
      try layer.build(inputShape: inputShape)
    } catch TensorError.memory(let bytes, let shape, _) {
      throw NeuralNetError.layerTooLarge(
        layer: layer.name, className: layer.className, shape: shape, bytes: bytes, limit: Tensor.maxBytes)
    }
  }

  /// The per-sample output shape for an input shape, checking each layer (builds nothing).
  public func outputShape(for shape: [Int]) throws -> [Int] {
    var current = shape
    for layer in layers {
      if let built = layer.builtInputShape, built != current {
        throw NeuralNetError.incompatibleInput(
          layer: layer.name, expected: [nil] + built.map { $0 }, received: [nil] + current.map { $0 })
      }
      current = try layer.outputShape(for: current)
    }
    return current
  }

  /// The per-sample output shape of the model so far, if the input shape is known.
  func currentOutputShape() throws -> [Int]? {
    guard let inputShape else { return nil }
    return try outputShape(for: inputShape)
  }

  /// Each layer's per-sample output shape (`nil` when unknown), for `summary()`.
  public var layerOutputShapes: [[Int]?] {
    var current = inputShape
    return layers.map { layer in
      current = current.flatMap { try? layer.outputShape(for: $0) }
      return current
    }
  }

  /// Sets the optimizer, loss and metrics (Keras `compile(optimizer="rmsprop", loss, metrics,
  /// weighted_metrics)`).
  ///
  /// `weightedMetrics` follow `metrics`, weighted by sample and class weights; one whose name an
  /// unweighted metric already has is logged as `weighted_<name>`, as Keras does.
  public func compile(
    optimizer: Optimizer? = nil, loss: LossFunction, metrics: [Metric] = [], weightedMetrics: [Metric] = []
  ) throws {
    self.optimizer = try optimizer ?? OptimizerFactory.named("rmsprop")
    self.loss = loss
    let plain = Set(metrics.map(\.name))
    self.metrics =
      metrics
      + weightedMetrics.map { given in
        var metric = Metric(name: plain.contains(given.name) ? "weighted_" + given.name : given.name, kind: given.kind)
        metric.weighted = true
        return metric
      }
    weightedMetricNames = weightedMetrics.map(\.name)
  }

  /// All parameters in `get_weights()` order.
  public var parameters: [Parameter] { layers.flatMap(\.parameters) }

  /// The parameters optimizers update.
  public var trainableParameters: [Parameter] { layers.flatMap(\.trainableParameters) }

  /// Total number of scalars in all weights.
  public func countParams() -> Int { layers.reduce(0) { $0 + $1.countParams() } }

  /// The weights as float32 tensors `[k0, b0, k1, b1, ...]`.
  public func getWeights() -> [Tensor] { layers.flatMap { $0.getWeights() } }

  /// Replaces all weights, checking counts and shapes first.
  public func setWeights(_ weights: [Tensor]) throws {
    let params = parameters
    guard weights.count == params.count else {
      throw NeuralNetError.weightMismatch(
        layer: name,
        message: "You called `set_weights(weights)` on model '\(name)' with a weight list of length \(weights.count), but the model was expecting \(params.count) weights.")
    }
    var offset = 0
    for layer in layers {
      let n = layer.parameters.count
      for (p, w) in zip(layer.parameters, weights[offset..<(offset + n)]) where p.shape != w.shape {
        throw NeuralNetError.weightMismatch(
          layer: layer.name,
          message: "Layer \(layer.name) weight shape \(shapeText(p.shape)) is not compatible with provided weight shape \(shapeText(w.shape)).")
      }
      offset += n
    }
    for (p, w) in zip(params, weights) { p.values = w.floats }
  }

  /// The layer called `name`.
  public func getLayer(_ layerName: String) throws -> Layer {
    guard let layer = layers.first(where: { $0.name == layerName }) else {
      throw NeuralNetError.invalidArgument(
        layer: name, message: "No such layer: \(layerName). Existing layers are: \(layers.map(\.name)).")
    }
    return layer
  }

  /// The total penalty of weight regularizers (Keras `model.losses`), for trainable weights.
  public var regularizationPenalty: Double {
    trainableParameters.reduce(0) { $0 + ($1.regularizer?.penalty($1.valueBuffer) ?? 0) }
  }
}
