import Tensor

/// A fully connected layer: `output = activation(input · kernel + bias)`.
///
/// The kernel has shape `(inputs, units)` and the bias `(units,)`. For inputs of
/// rank > 2 the product contracts the last axis. Backward, with `dz = dy ⊙ f′(z)`:
/// `dKernel = xᵀ·dz`, `dBias = Σ_rows dz`, `dx = dz·kernelᵀ` (GEMMs with transpose flags).
public final class Dense: Layer {
  /// The number of output units.
  public let units: Int
  /// The activation applied after the affine map.
  public var activation: ActivationFunction
  /// Whether a bias is added.
  public let useBias: Bool
  /// The kernel's initializer (Keras default `glorot_uniform`).
  public let kernelInitializer: Initializer
  /// The bias's initializer (Keras default `zeros`).
  public let biasInitializer: Initializer
  /// The kernel penalty, if any.
  public let kernelRegularizer: Regularizer?
  /// The bias penalty, if any.
  public let biasRegularizer: Regularizer?
  /// The penalty on the layer's outputs, if any.
  public let activityRegularizer: Regularizer?
  /// The unique layer name.
  public var name: String
  /// Whether optimizers update the weights.
  public var trainable = true
  /// The per-sample input shape from `input_shape`/`input_dim`.
  public let declaredInputShape: [Int]?
  /// The per-sample input shape once built.
  public private(set) var builtInputShape: [Int]?
  /// The `(inputs, units)` kernel, once built.
  public private(set) var kernel: Parameter?
  /// The `(units,)` bias, once built (and when `useBias`).
  public private(set) var bias: Parameter?
  /// The activity penalty of the last forward pass.
  public private(set) var activityPenalty = 0.0

  private let random: RandomState
  private var input: [Float] = []
  private var z: [Float] = []
  private var y: [Float] = []
  private var inputBatchShape: [Int] = []
  private var outputBatchShape: [Int] = []
  private var dz: [Float] = []
  private var dx: [Float] = []
  /// The workspaces of the other batch size: a fit alternates between full batches and one
  /// shorter last batch per epoch, and swapping keeps both sets allocated instead of
  /// reallocating twice per epoch.
  private var spare = Workspaces()

  /// Whether `backward` computes `dL/dx`; `fit` turns it off for the first layer,
  /// whose input gradient nobody reads (it saves one GEMM per step).
  public var computesInputGradient = true

  /// Keras class name.
  public var className: String { "Dense" }

  /// Creates a Dense layer (Keras `Dense(units, activation=None, use_bias=True, ...)`).
  public init(
    units: Int, activation: ActivationFunction = .linear, useBias: Bool = true,
    kernelInitializer: Initializer = .glorotUniform, biasInitializer: Initializer = .zeros,
    kernelRegularizer: Regularizer? = nil, biasRegularizer: Regularizer? = nil,
    activityRegularizer: Regularizer? = nil, inputShape: [Int]? = nil, inputDim: Int? = nil,
    name: String? = nil, context: NeuralNetContext
  ) throws {
    let layerName = name ?? context.names.uniqueName(forClass: "Dense")
    guard units > 0 else {
      throw NeuralNetError.invalidArgument(
        layer: layerName,
        message: "Received an invalid value for `units`, expected a positive integer. Received: units=\(units)")
    }
    self.units = units
    self.activation = activation
    self.useBias = useBias
    self.kernelInitializer = kernelInitializer
    self.biasInitializer = biasInitializer
    self.kernelRegularizer = kernelRegularizer
    self.biasRegularizer = biasRegularizer
    self.activityRegularizer = activityRegularizer
    self.declaredInputShape = declaredShape(inputShape: inputShape, inputDim: inputDim)
    self.name = layerName
    self.random = context.random
  }

  /// `[kernel, bias]` (bias only when `useBias`).
  public var parameters: [Parameter] { [kernel, bias].compactMap { $0 } }

  /// Creates the kernel and bias for the last input axis.
  public func build(inputShape: [Int]) throws {
    if let built = builtInputShape {
      guard built.last == inputShape.last else {
        throw NeuralNetError.incompatibleInput(
          layer: name, expected: [nil] + built.map { $0 }, received: [nil] + inputShape.map { $0 })
      }
      return
    }
    guard let inputs = inputShape.last, inputs > 0 else {
      throw NeuralNetError.invalidArgument(
        layer: name, message: "Dense needs an input with a known, positive last dimension. Received: input_shape=\(shapeText([nil] + inputShape))")
    }
    kernel = Parameter(
      name: "kernel", shape: [inputs, units],
      values: try kernelInitializer.make([inputs, units], random: random), regularizer: kernelRegularizer)
    if useBias {
      bias = Parameter(
        name: "bias", shape: [units], values: try biasInitializer.make([units], random: random),
        regularizer: biasRegularizer)
    }
    builtInputShape = inputShape
  }

  /// The input shape with its last dimension replaced by `units`.
  public func outputShape(for inputShape: [Int]) throws -> [Int] {
    Array(inputShape.dropLast()) + [units]
  }

  /// `activation(x·kernel + bias)`.
  ///
  /// `z` and `y` are workspaces kept across calls: in the steady state of `fit` (same
  /// batch size) nothing is allocated. Small products skip BLAS (`Tensor.sgemmAuto`).
  public func forward(_ x: Batch, training: Bool) throws -> Batch {
    if !isBuilt { try build(inputShape: x.featureShape) }
    guard let kernel, let inputs = builtInputShape?.last, x.shape.last == inputs else {
      throw NeuralNetError.incompatibleInput(
        layer: name, expected: [nil] + (builtInputShape ?? []).map { $0 }, received: x.shape.map { $0 })
    }
    let rows = x.values.count / inputs
    input = x.values
    inputBatchShape = x.shape
    let n = units
    let count = rows * n
    if z.count != count {
      swap(&z, &spare.z)
      swap(&y, &spare.y)
      swap(&dz, &spare.dz)
      swap(&dx, &spare.dx)
      if z.count != count { z = [Float](repeating: 0, count: count) }
      if y.count != count { y = [Float](repeating: 0, count: count) }
    }
    let activation = self.activation
    let bias = self.bias.map { UnsafePointer($0.valuesAddress) }
    input.withUnsafeBufferPointer { xp in
      z.withUnsafeMutableBufferPointer { zp in
        y.withUnsafeMutableBufferPointer { yp in
          guard let xa = xp.baseAddress, let za = zp.baseAddress, let ya = yp.baseAddress else { return }
          Dense.forwardRows(
            x: xa, kernel: kernel.valuesAddress, bias: bias, z: za, y: ya, rows: rows,
            inputs: inputs, units: n, activation: activation)
        }
      }
    }
    // Keras divides the activity penalty by the batch size.
    if let activityRegularizer {
      activityPenalty = activityRegularizer.penalty(y) / Double(max(x.count, 1))
    } else {
      activityPenalty = 0
    }
    if outputBatchShape.count != x.shape.count || outputBatchShape.dropLast() != x.shape.dropLast() {
      outputBatchShape = Array(x.shape.dropLast()) + [units]
    }
    return Batch(values: y, shape: outputBatchShape)
  }

  /// Stores `dKernel`, `dBias` and returns `dx` (empty when `computesInputGradient` is off).
  ///
  /// Releases the cached input afterwards so the caller's next batch can be written in place.
  public func backward(_ gradient: Batch) throws -> Batch {
    guard let kernel, let inputs = builtInputShape?.last else { throw NeuralNetError.notBuilt(model: name) }
    let rows = z.count / units
    let n = units
    var dy = gradient.values
    if let activityRegularizer {
      let scaled = Regularizer(
        l1: activityRegularizer.l1 / Double(max(gradient.count, 1)),
        l2: activityRegularizer.l2 / Double(max(gradient.count, 1)))
      _ = scaled.addGradient(values: y, into: &dy)
    }
    if dz.count != rows * n { dz = [Float](repeating: 0, count: rows * n) }
    let wantsInput = computesInputGradient
    if wantsInput && dx.count != rows * inputs { dx = [Float](repeating: 0, count: rows * inputs) }
    let activation = self.activation
    if rows == 0 {
      kernel.gradientBuffer.update(repeating: 0)
      bias?.gradientBuffer.update(repeating: 0)
    }
    let biasGradient = bias?.gradientAddress
    input.withUnsafeBufferPointer { xp in
      z.withUnsafeBufferPointer { zp in
        y.withUnsafeBufferPointer { yp in
          dy.withUnsafeBufferPointer { dyp in
            dz.withUnsafeMutableBufferPointer { dzp in
              dx.withUnsafeMutableBufferPointer { dxp in
                guard let xa = xp.baseAddress, let za = zp.baseAddress, let ya = yp.baseAddress,
                  let dya = dyp.baseAddress, let dza = dzp.baseAddress
                else { return }
                Dense.backwardRows(
                  x: xa, kernel: kernel.valuesAddress, z: za, y: ya, dy: dya, dz: dza,
                  kernelGradient: kernel.gradientAddress, biasGradient: biasGradient,
                  dx: wantsInput ? dxp.baseAddress : nil, rows: rows, inputs: inputs, units: n,
                  activation: activation)
              }
            }
          }
        }
      }
    }
    input = []
    guard wantsInput else { return Batch(values: [], shape: [0]) }
    return Batch(values: dx, shape: inputBatchShape)
  }

  /// Keras's Dense config entries.
  public var layerConfig: [String: ConfigValue] {
    [
      "units": .int(units),
      "activation": activation.config,
      "use_bias": .bool(useBias),
      "kernel_initializer": kernelInitializer.config,
      "bias_initializer": biasInitializer.config,
      "kernel_regularizer": kernelRegularizer?.config ?? .null,
      "bias_regularizer": biasRegularizer?.config ?? .null,
      "activity_regularizer": activityRegularizer?.config ?? .null,
      "kernel_constraint": .null,
      "bias_constraint": .null,
    ]
  }
}

extension Dense {
  /// One set of per-batch-size buffers (pre-activation, output and their gradients).
  struct Workspaces {
    var z: [Float] = []
    var y: [Float] = []
    var dz: [Float] = []
    var dx: [Float] = []
  }
}
