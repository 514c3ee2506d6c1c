import Foundation

/// Every error the engine reports, with the details a Keras user expects in the message.
public enum NeuralNetError: Error, Equatable, CustomStringConvertible {
  /// A string identifier (activation, loss, optimizer, ...) was not recognised.
  case unknownIdentifier(kind: String, name: String, suggestion: String?)
  /// A layer received an input whose shape does not match the one it was built for.
  case incompatibleInput(layer: String, expected: [Int?], received: [Int?])
  /// A layer argument is out of range or inconsistent.
  case invalidArgument(layer: String, message: String)
  /// A constructor argument is out of range, reported before any layer (or name) exists.
  case invalidConstructorArgument(message: String)
  /// `x` and `y` have different numbers of samples.
  case sampleCountMismatch(x: Int, y: Int)
  /// `sample_weight` does not hold one weight per sample (shape `(samples,)` or `(samples, 1)`).
  case sampleWeightMismatch(samples: Int, shape: [Int])
  /// Targets and predictions cannot be compared by the loss.
  case targetShapeMismatch(loss: String, target: [Int], output: [Int])
  /// A sparse label is not an integer class index in `0..<classes`.
  case labelOutOfRange(label: Double, classes: Int)
  /// `fit`/`evaluate` were called before `compile`.
  case notCompiled
  /// The model has no layers or no known input shape yet.
  case notBuilt(model: String)
  /// `set_weights` got the wrong number or shapes of arrays.
  case weightMismatch(layer: String, message: String)
  /// The validation split leaves no training or no validation samples.
  case invalidValidationSplit(split: Double, samples: Int)
  /// A saved model file could not be written or read.
  case saveFormat(path: String, message: String)
  /// A layer's weight would need more than `Tensor.maxBytes` (Python `MemoryError`).
  case layerTooLarge(layer: String, className: String, shape: [Int], bytes: Int, limit: Int)

  /// The message shown to the user.
  public var description: String {
    switch self {
    case .unknownIdentifier(let kind, let name, let suggestion):
      let hint = suggestion.map { " Did you mean '\($0)'?" } ?? ""
      return "Could not interpret \(kind) identifier: \(name).\(hint)"
    case .incompatibleInput(let layer, let expected, let received):
      return "Input 0 of layer \"\(layer)\" is incompatible with the layer: "
        + "expected shape=\(shapeText(expected)), found shape=\(shapeText(received))"
    case .invalidArgument(let layer, let message):
      return "Layer \"\(layer)\": \(message)"
    case .invalidConstructorArgument(let message):
      return message
    case .sampleCountMismatch(let x, let y):
      return "Data cardinality is ambiguous. Make sure all arrays contain the same number "
        + "of samples. 'x' sizes: \(x), 'y' sizes: \(y)"
    case .sampleWeightMismatch(let samples, let shape):
      if shape.first != samples {
        return "Data cardinality is ambiguous. Make sure all arrays contain the same number "
          + "of samples. 'x' sizes: \(samples), 'sample_weight' sizes: \(shape.first ?? 1)"
      }
      return "sample_weight must hold one weight per sample: expected shape (\(samples),) or "
        + "(\(samples), 1), got \(shapeText(shape))"
    case .targetShapeMismatch(let loss, let target, let output):
      return "Loss \(loss): arguments `target` and `output` must have compatible shapes. "
        + "Received: target.shape=\(shapeText(target.map { $0 })), "
        + "output.shape=\(shapeText(output.map { $0 }))"
    case .labelOutOfRange(let label, let classes):
      return "Received a label value of \(formatNumber(label)) which is outside the valid range "
        + "of [0, \(classes)). Sparse labels must be integers between 0 and \(classes - 1)."
    case .notCompiled:
      return "You must call `compile()` before using the model."
    case .notBuilt(let model):
      return "The model \"\(model)\" has not yet been built. Build the model first by calling "
        + "`build()` or by calling the model on a batch of data."
    case .weightMismatch(let layer, let message):
      return "Layer \"\(layer)\": \(message)"
    case .invalidValidationSplit(let split, let samples):
      return "Training data contains \(samples) samples, which is not sufficient to split it "
        + "into a validation and training set as specified by `validation_split=\(split)`."
    case .saveFormat(let path, let message):
      return "Cannot load or save '\(path)': \(message)"
    case .layerTooLarge(let layer, let className, let shape, let bytes, let limit):
      return "Layer '\(layer)' (\(className)) is too large: a weight of shape \(shapeText(shape.map { $0 })) needs "
        + "\(gibText(bytes)) of float32, more than the memory limit of \(gibText(limit)). Use fewer units or a smaller input."
    }
  }
}

/// A byte count in GiB with two decimals (`149.01 GiB`).
func gibText(_ bytes: Int) -> String {
  let gib = Double(bytes) / Double(1 << 30)
  return String(format: "%.2f GiB", gib)
}

/// A shape as Python prints it, `None` for unknown dimensions: `(None, 4)`.
func shapeText(_ shape: [Int?]) -> String {
  let parts = shape.map { $0.map(String.init) ?? "None" }
  return parts.count == 1 ? "(\(parts[0]),)" : "(" + parts.joined(separator: ", ") + ")"
}

/// A number printed as an integer when it is one.
func formatNumber(_ x: Double) -> String {
  if x.isFinite && x == x.rounded() && abs(x) < 1e15 { return String(Int(x)) }
  return String(x)
}
