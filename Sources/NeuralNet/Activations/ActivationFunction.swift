/// An element-wise (or row-wise, for softmax) activation, by Keras 3 name and definition.
///
/// Each case's math, with its derivative, sits in `ActivationFunction+Math.swift`.
public enum ActivationFunction: Equatable, Sendable {
  /// `f(x) = x` (also `activation=None`).
  case linear
  /// `f(x) = 1/(1+e^{-x})`.
  case sigmoid
  /// `f(x) = tanh x`.
  case tanh
  /// `f(x) = min(x, max) if x > threshold else slope·(x − threshold)` (Keras `relu`).
  case relu(negativeSlope: Float = 0, maxValue: Float? = nil, threshold: Float = 0)
  /// `f(x) = x if x ≥ 0 else slope·x`, Keras 3 default slope 0.2.
  case leakyReLU(negativeSlope: Float = 0.2)
  /// `f(x) = x if x > 0 else α(e^x − 1)`.
  case elu(alpha: Float = 1)
  /// `f(x) = λ·elu(x, α)` with α ≈ 1.6733, λ ≈ 1.0507.
  case selu
  /// `f(x)_i = e^{x_i − max x}/Σ_j e^{x_j − max x}` over the last axis.
  case softmax
  /// `f(x) = log(1 + e^x)`.
  case softplus
  /// `f(x) = x/(1+|x|)`.
  case softsign
  /// `f(x) = x·sigmoid(x)` (`swish`, `silu`).
  case swish
  /// `f(x) = ½x(1 + erf(x/√2))`, or the tanh approximation when `approximate`.
  case gelu(approximate: Bool = false)
  /// Keras 3: `f(x) = clip(x/6 + ½, 0, 1)`.
  case hardSigmoid
  /// `f(x) = e^x`.
  case exponential
  /// `f(x) = min(max(x, 0), 6)`.
  case relu6
  /// `f(x) = x·tanh(softplus(x))`.
  case mish

  /// The names Keras 3 accepts for `activation=` (case-sensitive).
  public static let knownNames = [
    "linear", "sigmoid", "tanh", "relu", "leaky_relu", "elu", "selu", "softmax", "softplus",
    "softsign", "swish", "silu", "gelu", "hard_sigmoid", "exponential", "relu6", "mish",
  ]

  /// Looks up an activation by its Keras name; `nil` and `"linear"` give `.linear`.
  public static func named(_ name: String?) throws -> ActivationFunction {
    guard let name else { return .linear }
    switch name {
    case "linear": return .linear
    case "sigmoid": return .sigmoid
    case "tanh": return .tanh
    case "relu": return .relu()
    case "leaky_relu": return .leakyReLU()
    case "elu": return .elu()
    case "selu": return .selu
    case "softmax": return .softmax
    case "softplus": return .softplus
    case "softsign": return .softsign
    case "swish", "silu": return .swish
    case "gelu": return .gelu()
    case "hard_sigmoid": return .hardSigmoid
    case "exponential": return .exponential
    case "relu6": return .relu6
    case "mish": return .mish
    default:
      throw NeuralNetError.unknownIdentifier(
        kind: "activation function", name: name,
        suggestion: Suggestion.closest(to: name, in: knownNames))
    }
  }

  /// The Keras name, as it appears in `get_config()["activation"]`.
  public var name: String {
    switch self {
    case .linear: return "linear"
    case .sigmoid: return "sigmoid"
    case .tanh: return "tanh"
    case .relu: return "relu"
    case .leakyReLU: return "leaky_relu"
    case .elu: return "elu"
    case .selu: return "selu"
    case .softmax: return "softmax"
    case .softplus: return "softplus"
    case .softsign: return "softsign"
    case .swish: return "silu"
    case .gelu: return "gelu"
    case .hardSigmoid: return "hard_sigmoid"
    case .exponential: return "exponential"
    case .relu6: return "relu6"
    case .mish: return "mish"
    }
  }

  /// Whether the output row depends on the whole row (softmax) rather than element-wise.
  public var isRowWise: Bool { self == .softmax }
}
