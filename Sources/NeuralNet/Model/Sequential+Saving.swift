import Foundation
import Tensor

/// Neurona's `.keras` file: one JSON document (not Keras's ZIP), written atomically.
///
/// ```
/// {"format": "neurona-keras", "format_version": 1,
///  "model": {"class_name": "Sequential", "config": {"name": ..., "layers": [
///     {"class_name": "InputLayer", "config": {...}}, {"class_name": "Dense", "config": {...}}, ...],
///     "build_input_shape": [null, 4]}},
///  "compile_config": {"optimizer": {"class_name": "Adam", "config": {...}},
///                     "loss": "mse", "metrics": ["accuracy"]} | null,
///  "weights": [{"layer": "dense", "name": "kernel", "shape": [4, 8],
///               "dtype": "float32", "data": "<base64 of little-endian float32>"}, ...]}
/// ```
/// Layer configs follow Keras's `get_config()`. Optimizer state is not saved.
extension Sequential {
  /// The format tag checked on load.
  static let formatTag = "neurona-keras"

  /// Writes the model to `path` (must end in `.keras`), via a temporary file and rename.
  public func save(to path: String) throws {
    guard path.hasSuffix(".keras") else {
      throw NeuralNetError.saveFormat(
        path: path,
        message: "Invalid filepath extension for saving. Please add a `.keras` extension. Received: filepath=\(path)")
    }
    var layerConfigs: [ConfigValue] = []
    if let inputShape {
      layerConfigs.append(.object([
        "class_name": .string("InputLayer"),
        "config": .object(["batch_shape": ConfigValue.shape([nil] + inputShape), "dtype": .string("float32"),
                           "name": .string(inputLayerName ?? "input_layer")]),
      ]))
    }
    for layer in layers {
      layerConfigs.append(.object(["class_name": .string(layer.className), "config": .object(layer.config)]))
    }
    var weights: [ConfigValue] = []
    for layer in layers {
      for p in layer.parameters {
        let bytes = Data(buffer: p.valueBuffer)
        weights.append(.object([
          "layer": .string(layer.name), "name": .string(p.name), "shape": .array(p.shape.map(ConfigValue.int)),
          "dtype": .string("float32"), "data": .string(bytes.base64EncodedString()),
        ]))
      }
    }
    var compileConfig = ConfigValue.null
    if let optimizer, let loss {
      compileConfig = .object([
        "optimizer": .object(["class_name": .string(optimizer.className), "config": .object(optimizer.config)]),
        "loss": loss.config,
        "metrics": .array(metrics.filter { !$0.weighted }.map { .string($0.name) }),
        "weighted_metrics": .array(weightedMetricNames.map(ConfigValue.string)),
      ])
    }
    let document = ConfigValue.object([
      "format": .string(Sequential.formatTag), "format_version": .int(1),
      "neurona_version": .string(NeuralNet.version),
      "model": .object([
        "class_name": .string("Sequential"),
        "config": .object([
          "name": .string(name), "layers": .array(layerConfigs),
          "build_input_shape": inputShape.map { ConfigValue.shape([nil] + $0) } ?? .null,
        ]),
      ]),
      "compile_config": compileConfig,
      "weights": .array(weights),
    ])
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    do {
      try encoder.encode(document).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw NeuralNetError.saveFormat(path: path, message: "\(error.localizedDescription)")
    }
  }

  /// Reads a model written by `save(to:)`, rebuilt, with its weights, compiled if it was.
  public static func load(from path: String, compile: Bool = true, context: NeuralNetContext) throws -> Sequential {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw NeuralNetError.saveFormat(path: path, message: "No such file or it cannot be read.")
    }
    if data.starts(with: [0x50, 0x4B]) {
      throw NeuralNetError.saveFormat(
        path: path, message: "This is a ZIP archive (a `.keras` file from Python Keras); Neurona reads only models saved by Neurona.")
    }
    guard let document = try? JSONDecoder().decode(ConfigValue.self, from: data), let root = document.object,
      root["format"]?.string == formatTag
    else {
      throw NeuralNetError.saveFormat(path: path, message: "The file is not a Neurona model (corrupt or foreign format).")
    }
    guard let modelConfig = root["model"]?.object?["config"]?.object, let layerList = modelConfig["layers"]?.array else {
      throw NeuralNetError.saveFormat(path: path, message: "The model configuration is missing.")
    }
    let model = try Sequential(name: modelConfig["name"]?.string, context: context)
    for entry in layerList {
      guard let className = entry.object?["class_name"]?.string, let config = entry.object?["config"]?.object else {
        throw NeuralNetError.saveFormat(path: path, message: "A layer entry is malformed.")
      }
      try model.add(try LayerFactory.make(className: className, config: config, context: context))
    }
    if let shape = modelConfig["build_input_shape"]?.array {
      try model.build(inputShape: shape.dropFirst().compactMap(\.integer))
    }
    try model.setWeights(try decodeWeights(root["weights"], path: path))
    if compile, let cc = root["compile_config"]?.object, let loss = cc["loss"] {
      let opt = cc["optimizer"]?.object
      let optimizer = try OptimizerFactory.make(
        opt?["class_name"]?.string ?? "rmsprop", config: opt?["config"]?.object ?? [:])
      let metrics = try (cc["metrics"]?.array ?? []).compactMap(\.string).map(Metric.named)
      let weighted = try (cc["weighted_metrics"]?.array ?? []).compactMap(\.string).map(Metric.named)
      try model.compile(
        optimizer: optimizer, loss: try LossFunction.from(config: loss), metrics: metrics, weightedMetrics: weighted)
    }
    return model
  }

  /// The weight arrays of a saved document.
  static func decodeWeights(_ value: ConfigValue?, path: String) throws -> [Tensor] {
    guard let list = value?.array else {
      throw NeuralNetError.saveFormat(path: path, message: "The weights are missing.")
    }
    return try list.map { entry in
      guard let shape = entry.object?["shape"]?.intList, let text = entry.object?["data"]?.string,
        let bytes = Data(base64Encoded: text),
        let count = try? Tensor.checkedCount(shape, dtype: .float32), bytes.count == count * 4
      else {
        throw NeuralNetError.saveFormat(path: path, message: "A weight array is corrupt.")
      }
      var values = [Float](repeating: 0, count: bytes.count / 4)
      values.withUnsafeMutableBytes { _ = bytes.copyBytes(to: $0) }
      return try Tensor(values, shape: shape)
    }
  }
}
