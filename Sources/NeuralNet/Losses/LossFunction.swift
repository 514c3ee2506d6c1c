/// A Keras loss: a per-sample value reduced over the last axis, averaged over the batch
/// (`sum_over_batch_size`). ε is Keras's `1e-7`.
///
/// Each case's formula and gradient are in `LossFunction+Math.swift`. Probabilities are
/// clipped as Keras's NumPy/JAX backends do (no sigmoid/softmax logits shortcut).
public enum LossFunction: Equatable, Sendable {
  /// `mean((y − ŷ)²)`.
  case meanSquaredError
  /// `mean(|y − ŷ|)`.
  case meanAbsoluteError
  /// `100·mean(|y − ŷ|/max(|y|, ε))`.
  case meanAbsolutePercentageError
  /// `mean((log(max(ŷ,ε)+1) − log(max(y,ε)+1))²)`.
  case meanSquaredLogarithmicError
  /// `mean(½e² if |e| ≤ δ else δ|e| − ½δ²)`, `e = ŷ − y`.
  case huber(delta: Double = 1)
  /// `mean(log cosh(ŷ − y))`.
  case logCosh
  /// `mean(−[y·log p + (1−y)·log(1−p)])`, `p = clip(ŷ, ε, 1−ε)` (or `sigmoid(ŷ)` from logits);
  /// labels smoothed to `y(1−ls) + ½ls`.
  case binaryCrossentropy(fromLogits: Bool = false, labelSmoothing: Double = 0)
  /// `−Σ y·log p`, `p = clip(ŷ/Σŷ, ε, 1−ε)` (or `softmax(ŷ)`); labels smoothed to `y(1−ls) + ls/C`.
  case categoricalCrossentropy(fromLogits: Bool = false, labelSmoothing: Double = 0)
  /// Categorical cross-entropy against one-hot integer labels.
  case sparseCategoricalCrossentropy(fromLogits: Bool = false)
  /// `mean(max(1 − y·ŷ, 0))`, {0,1} labels mapped to {−1,1}.
  case hinge
  /// `mean(max(1 − y·ŷ, 0)²)`.
  case squaredHinge
  /// `max(max((1−y)·ŷ) − Σ y·ŷ + 1, 0)`.
  case categoricalHinge
  /// `Σ y·log(y/ŷ)` with both clipped to `[ε, 1]`.
  case klDivergence
  /// `mean(ŷ − y·log(ŷ + ε))`.
  case poisson
  /// `"crossentropy"`/`"ce"` (any case): binary, sparse or categorical cross-entropy,
  /// chosen from the shapes at the first fit/evaluate (see `resolved`).
  case crossentropy

  /// Keras's fuzz factor.
  static let epsilon: Float = 1e-7

  /// Keras 3 identifiers (function names, class names, aliases).
  static let table: [String: LossFunction] = [
    "mean_squared_error": .meanSquaredError, "MeanSquaredError": .meanSquaredError,
    "mse": .meanSquaredError, "MSE": .meanSquaredError,
    "mean_absolute_error": .meanAbsoluteError, "MeanAbsoluteError": .meanAbsoluteError,
    "mae": .meanAbsoluteError, "MAE": .meanAbsoluteError,
    "mean_absolute_percentage_error": .meanAbsolutePercentageError,
    "MeanAbsolutePercentageError": .meanAbsolutePercentageError,
    "mape": .meanAbsolutePercentageError, "MAPE": .meanAbsolutePercentageError,
    "mean_squared_logarithmic_error": .meanSquaredLogarithmicError,
    "MeanSquaredLogarithmicError": .meanSquaredLogarithmicError,
    "msle": .meanSquaredLogarithmicError, "MSLE": .meanSquaredLogarithmicError,
    "huber": .huber(), "Huber": .huber(),
    "log_cosh": .logCosh, "LogCosh": .logCosh,
    "binary_crossentropy": .binaryCrossentropy(), "BinaryCrossentropy": .binaryCrossentropy(),
    "bce": .binaryCrossentropy(), "BCE": .binaryCrossentropy(),
    "categorical_crossentropy": .categoricalCrossentropy(),
    "CategoricalCrossentropy": .categoricalCrossentropy(),
    "sparse_categorical_crossentropy": .sparseCategoricalCrossentropy(),
    "SparseCategoricalCrossentropy": .sparseCategoricalCrossentropy(),
    "hinge": .hinge, "Hinge": .hinge,
    "squared_hinge": .squaredHinge, "SquaredHinge": .squaredHinge,
    "categorical_hinge": .categoricalHinge, "CategoricalHinge": .categoricalHinge,
    "kl_divergence": .klDivergence, "KLDivergence": .klDivergence,
    "kld": .klDivergence, "KLD": .klDivergence,
    "poisson": .poisson, "Poisson": .poisson,
  ]

  /// Looks up a loss by Keras identifier.
  public static func named(_ name: String) throws -> LossFunction {
    if let found = table[name] { return found }
    if ["crossentropy", "ce"].contains(name.lowercased()) { return .crossentropy }
    throw NeuralNetError.unknownIdentifier(
      kind: "loss", name: name,
      suggestion: Suggestion.closest(to: name, in: table.keys.filter { $0.first?.isLowercase ?? false }.sorted()))
  }

  /// The Keras function name (`mean_squared_error`, ...).
  public var name: String {
    switch self {
    case .meanSquaredError: return "mean_squared_error"
    case .meanAbsoluteError: return "mean_absolute_error"
    case .meanAbsolutePercentageError: return "mean_absolute_percentage_error"
    case .meanSquaredLogarithmicError: return "mean_squared_logarithmic_error"
    case .huber: return "huber"
    case .logCosh: return "log_cosh"
    case .binaryCrossentropy: return "binary_crossentropy"
    case .categoricalCrossentropy: return "categorical_crossentropy"
    case .sparseCategoricalCrossentropy: return "sparse_categorical_crossentropy"
    case .hinge: return "hinge"
    case .squaredHinge: return "squared_hinge"
    case .categoricalHinge: return "categorical_hinge"
    case .klDivergence: return "kl_divergence"
    case .poisson: return "poisson"
    case .crossentropy: return "crossentropy"
    }
  }

  /// Keras's rule for `"crossentropy"`: binary if ŷ's last dimension is 1, sparse if `y`
  /// has lower rank or a last dimension of 1 against a wider ŷ, categorical otherwise.
  public func resolved(targetShape: [Int], outputShape: [Int]) -> LossFunction {
    guard self == .crossentropy else { return self }
    let outLast = outputShape.last ?? 1
    if outLast == 1 { return .binaryCrossentropy() }
    let sparse = targetShape.count < outputShape.count || (targetShape.last == 1 && outLast > 1)
    return sparse ? .sparseCategoricalCrossentropy() : .categoricalCrossentropy()
  }

  /// Whether targets are integer class indices.
  public var isSparse: Bool {
    if case .sparseCategoricalCrossentropy = self { return true }
    return false
  }

  /// The saved form: the name, or `{"class_name", "config"}` when arguments are set.
  public var config: ConfigValue {
    switch self {
    case .huber(let delta) where delta != 1:
      return .object(["class_name": .string("huber"), "config": .object(["delta": .double(delta)])])
    case .binaryCrossentropy(let logits, let ls) where logits || ls != 0,
      .categoricalCrossentropy(let logits, let ls) where logits || ls != 0:
      return .object(["class_name": .string(name), "config": .object(
        ["from_logits": .bool(logits), "label_smoothing": .double(ls)])])
    case .sparseCategoricalCrossentropy(let logits) where logits:
      return .object(["class_name": .string(name), "config": .object(["from_logits": .bool(true)])])
    default: return .string(name)
    }
  }

  /// Rebuilds a loss from its saved form.
  public static func from(config: ConfigValue) throws -> LossFunction {
    if let name = config.string { return try named(name) }
    let name = config.object?["class_name"]?.string ?? ""
    let args = config.object?["config"]?.object ?? [:]
    let logits = args["from_logits"]?.bool ?? false
    let ls = args["label_smoothing"]?.number ?? 0
    switch try named(name) {
    case .huber: return .huber(delta: args["delta"]?.number ?? 1)
    case .binaryCrossentropy: return .binaryCrossentropy(fromLogits: logits, labelSmoothing: ls)
    case .categoricalCrossentropy: return .categoricalCrossentropy(fromLogits: logits, labelSmoothing: ls)
    case .sparseCategoricalCrossentropy: return .sparseCategoricalCrossentropy(fromLogits: logits)
    case let other: return other
    }
  }
}
