import Display
import Interpreter
import NeuralNet

/// Reads a cell's Keras model into the descriptions the diagram and formula tools draw.
enum NetworkExtraction {
  /// The engine model behind a cell value, or a TypeError.
  static func model(_ value: Value?, _ function: String) throws -> KerasModel {
    guard let value, let model = value.as(KerasModel.self) else {
      throw PyError.typeError("\(function)() expects a keras Sequential model, got \(value.map { $0.typeName } ?? "nothing")")
    }
    return model
  }

  /// Builds the model when its input shape is known but weights are not yet made.
  static func ensureBuilt(_ wrapper: KerasModel, _ function: String) throws {
    let model = wrapper.model
    guard let shape = model.inputShape else {
      throw PyError.valueError(
        "\(function)(): the model has no input shape yet. Give the first layer input_shape=/input_dim=, "
          + "start with keras.Input(shape=...), or call model.build((None, n)) first.")
    }
    if !model.isBuilt { try KerasConvert.guarded { try model.build(inputShape: shape) } }
  }

  /// The activation as the formula tools see it.
  static func activation(_ f: ActivationFunction) -> NetworkActivation {
    switch f {
    case .relu(let slope, let maxValue, let threshold):
      return NetworkActivation(name: "relu", slope: Double(slope), maxValue: maxValue.map(Double.init), threshold: Double(threshold))
    case .leakyReLU(let slope): return NetworkActivation(name: "leaky_relu", slope: Double(slope))
    case .elu(let alpha): return NetworkActivation(name: "elu", alpha: Double(alpha))
    case .gelu(let approximate): return NetworkActivation(name: "gelu", approximate: approximate)
    default: return NetworkActivation(name: f.name)
    }
  }

  /// The network as input count plus Dense stages. With `strict`, layers other than Dense,
  /// activation, Dropout and Flatten raise (formulas need them all); otherwise they are skipped.
  static func describe(_ wrapper: KerasModel, strict: Bool, _ function: String) throws -> NetworkDescription {
    try ensureBuilt(wrapper, function)
    let model = wrapper.model
    let inputCount = (model.inputShape ?? [1]).reduce(1, *)
    var stages: [NetworkDescription.Stage] = []
    for layer in model.layers {
      if let dense = layer as? Dense {
        let units = dense.units
        var kernel: [[Double]] = []
        if let k = dense.kernel, units > 0 {
          let rows = k.values.count / units
          kernel = (0..<rows).map { r in (0..<units).map { Double(k.values[r * units + $0]) } }
        }
        let bias = dense.bias.map { $0.values.map(Double.init) }
        stages.append(.init(name: dense.name, units: units, kernel: kernel, bias: bias, activations: [activation(dense.activation)]))
      } else if let act = layer as? ActivationLayer {
        guard !stages.isEmpty else {
          if strict { throw PyError.valueError("\(function)(): an activation layer before the first Dense layer is not supported") }
          continue
        }
        stages[stages.count - 1].activations += [activation(act.activation)].filter { !$0.isLinear }
      } else if layer is Dropout || layer is Flatten || layer is InputLayer {
        continue
      } else if strict {
        throw PyError.valueError(
          "\(function)() supports Dense and activation layers (plus Dropout and Flatten); "
            + "the model has a \(layer.className) layer '\(layer.name)'.")
      }
    }
    guard !stages.isEmpty else { throw PyError.valueError("\(function)(): the model has no Dense layer") }
    return NetworkDescription(inputCount: inputCount, stages: stages)
  }

  /// `plot_model`'s boxes, Keras 3 style (no InputLayer box for a Sequential model).
  static func boxes(
    _ wrapper: KerasModel, shapes: Bool, dtype: Bool, names: Bool, activations: Bool
  ) -> [LayerGraph.Box] {
    let model = wrapper.model
    var shape = model.inputShape
    var result: [LayerGraph.Box] = []
    for layer in model.layers {
      let output = shape.flatMap { try? layer.outputShape(for: $0) }
      var rows: [String] = []
      if activations {
        if let dense = layer as? Dense { rows.append("Activation: \(dense.activation.name)") }
        if let act = layer as? ActivationLayer { rows.append("Activation: \(act.activation.name)") }
      }
      if shapes {
        rows.append("Input shape: " + (shape.map { KerasConvert.shapeText([nil] + $0.map { $0 }) } ?? "?"))
        rows.append("Output shape: " + (output.map { KerasConvert.shapeText([nil] + $0.map { $0 }) } ?? "?"))
      }
      if dtype { rows.append("Output dtype: float32") }
      result.append(LayerGraph.Box(title: names ? "\(layer.name) (\(layer.className))" : layer.className, rows: rows))
      shape = output
    }
    return result
  }
}
