/// A fully connected network as the diagram and formula tools see it: the number of inputs,
/// then one stage per Dense layer (its weights and the activations applied after it).
///
/// Neurons are numbered as the course numbers them: 1...n for the inputs, then on through
/// each layer to the outputs. Keras numbers them per layer instead (layer 0 is the first
/// Dense layer, neurons from 0).
public struct NetworkDescription: Equatable, Sendable {
  /// One Dense layer.
  public struct Stage: Equatable, Sendable {
    /// The Keras layer name (`dense_1`).
    public var name: String
    /// The number of neurons.
    public var units: Int
    /// `kernel[input][unit]`, as Keras stores it; empty when the weights are unknown.
    public var kernel: [[Double]]
    /// One bias per unit, or `nil` for `use_bias=False`.
    public var bias: [Double]?
    /// The activations applied in order (a Dense activation, then activation layers).
    public var activations: [NetworkActivation]

    /// Creates a stage.
    public init(name: String, units: Int, kernel: [[Double]], bias: [Double]?, activations: [NetworkActivation]) {
      self.name = name
      self.units = units
      self.kernel = kernel
      self.bias = bias
      self.activations = activations.filter { !$0.isLinear }
    }

    /// Whether the stage applies no activation.
    public var isLinear: Bool { activations.isEmpty }

    /// The activation names joined (`sigmoid`, `linear`, `relu → softmax`).
    public var activationLabel: String {
      activations.isEmpty ? "linear" : activations.map(\.name).joined(separator: " → ")
    }
  }

  /// The number of inputs.
  public var inputCount: Int
  /// The Dense stages, input side first.
  public var stages: [Stage]

  /// Creates a description.
  public init(inputCount: Int, stages: [Stage]) {
    self.inputCount = inputCount
    self.stages = stages
  }

  /// Neurons per layer, the input layer first.
  public var layerSizes: [Int] { [inputCount] + stages.map(\.units) }

  /// Every neuron, inputs included.
  public var neuronCount: Int { layerSizes.reduce(0, +) }

  /// The number of weights and biases.
  public var parameterCount: Int {
    var total = 0
    var previous = inputCount
    for stage in stages {
      total += previous * stage.units + (stage.bias == nil ? 0 : stage.units)
      previous = stage.units
    }
    return total
  }

  /// Whether every stage has its weights.
  public var hasWeights: Bool {
    var previous = inputCount
    for stage in stages {
      guard stage.kernel.count == previous, stage.kernel.allSatisfy({ $0.count == stage.units }) else { return false }
      previous = stage.units
    }
    return true
  }

  /// The course's number (1-based, counted from the first input) of neuron `index` of
  /// layer `layer` (0 = the input layer).
  public func courseNumber(layer: Int, index: Int) -> Int {
    layerSizes.prefix(layer).reduce(0, +) + index + 1
  }
}
