import Foundation

/// An activation function as the formula tools see it: its Keras name, its parameters, its
/// written forms (LaTeX and Unicode) and a float64 evaluation written independently of the
/// network engine's float32 code.
public struct NetworkActivation: Equatable, Sendable {
  /// The Keras name (`sigmoid`, `relu`, `leaky_relu`, `softmax`, ...).
  public var name: String
  /// The negative slope of `relu`/`leaky_relu`.
  public var slope: Double
  /// The upper clip of `relu`, if any.
  public var maxValue: Double?
  /// The threshold of `relu`.
  public var threshold: Double
  /// The α of `elu`.
  public var alpha: Double
  /// Whether `gelu` uses the tanh approximation.
  public var approximate: Bool

  /// Creates an activation; unknown names are rejected by `validate()`.
  public init(
    name: String, slope: Double = 0, maxValue: Double? = nil, threshold: Double = 0, alpha: Double = 1,
    approximate: Bool = false
  ) {
    self.name = name == "silu" ? "swish" : name
    self.slope = slope
    self.maxValue = maxValue
    self.threshold = threshold
    self.alpha = alpha
    self.approximate = approximate
  }

  /// The identity.
  public static let linear = NetworkActivation(name: "linear")

  /// The names the formula tools know.
  public static let supportedNames: Set<String> = [
    "linear", "sigmoid", "tanh", "relu", "leaky_relu", "elu", "selu", "softmax", "softplus", "softsign", "swish",
    "gelu", "hard_sigmoid", "exponential", "relu6", "mish",
  ]

  /// Whether the function is the identity.
  public var isLinear: Bool { name == "linear" }

  /// Whether it works on a whole layer (softmax) rather than neuron by neuron.
  public var isVector: Bool { name == "softmax" }

  /// SELU's α and λ.
  static let seluAlpha = 1.6732632423543772848170429916717
  static let seluScale = 1.0507009873554804934193349852946

  /// `f(z)` in float64 (softmax is evaluated by the expression, not here: identity).
  public func value(_ z: Double) -> Double {
    switch name {
    case "sigmoid": return 1 / (1 + Foundation.exp(-z))
    case "tanh": return Foundation.tanh(z)
    case "relu":
      var positive = threshold != 0 ? (z > threshold ? z : 0) : Swift.max(z, 0)
      if let maxValue { positive = Swift.min(Swift.max(positive, 0), maxValue) }
      return slope != 0 ? positive - slope * Swift.max(threshold - z, 0) : positive
    case "leaky_relu": return z >= 0 ? z : slope * z
    case "elu": return z > 0 ? z : alpha * Foundation.expm1(z)
    case "selu": return Self.seluScale * (z > 0 ? z : Self.seluAlpha * Foundation.expm1(z))
    case "softplus": return Swift.max(z, 0) + Foundation.log1p(Foundation.exp(-abs(z)))
    case "softsign": return z / (1 + abs(z))
    case "swish": return z / (1 + Foundation.exp(-z))
    case "gelu":
      if approximate {
        return 0.5 * z * (1 + Foundation.tanh(0.7978845608028654 * (z + 0.044715 * z * z * z)))
      }
      return 0.5 * z * (1 + Foundation.erf(z / 2.0.squareRoot()))
    case "hard_sigmoid": return Swift.min(Swift.max(z / 6 + 0.5, 0), 1)
    case "exponential": return Foundation.exp(z)
    case "relu6": return Swift.min(Swift.max(z, 0), 6)
    case "mish":
      let softplus = Swift.max(z, 0) + Foundation.log1p(Foundation.exp(-abs(z)))
      return z * Foundation.tanh(softplus)
    default: return z
    }
  }

  /// The function's LaTeX name, applied as `name(argument)`.
  public var latexName: String {
    switch name {
    case "sigmoid": return "\\sigma"
    case "tanh": return "\\tanh"
    case "relu": return maxValue == nil && slope == 0 && threshold == 0 ? "\\operatorname{ReLU}" : "\\operatorname{relu}"
    case "leaky_relu": return "\\operatorname{LeakyReLU}"
    case "elu": return "\\operatorname{ELU}"
    case "selu": return "\\operatorname{SELU}"
    case "softplus": return "\\operatorname{softplus}"
    case "softsign": return "\\operatorname{softsign}"
    case "swish": return "\\operatorname{swish}"
    case "gelu": return "\\operatorname{GELU}"
    case "hard_sigmoid": return "\\operatorname{hard\\_sigmoid}"
    case "exponential": return "\\exp"
    case "relu6": return "\\operatorname{ReLU6}"
    case "mish": return "\\operatorname{mish}"
    default: return "\\operatorname{\(name)}"
    }
  }

  /// The function's Unicode name, applied as `name(argument)`.
  public var plainName: String {
    switch name {
    case "sigmoid": return "σ"
    case "relu": return maxValue == nil && slope == 0 && threshold == 0 ? "ReLU" : "relu"
    case "leaky_relu": return "LeakyReLU"
    case "elu": return "ELU"
    case "selu": return "SELU"
    case "gelu": return "GELU"
    case "relu6": return "ReLU6"
    case "exponential": return "exp"
    case "swish": return "swish"
    default: return name
    }
  }

  /// The definition of the function in LaTeX (`\sigma(z) = \frac{1}{1 + e^{-z}}`), if any.
  public var latexDefinition: String? {
    let f = latexName + "(z)"
    func n(_ v: Double) -> String { FormulaNumber.latex(v, digits: 4) }
    switch name {
    case "linear", "softmax": return nil
    case "sigmoid": return f + " = \\frac{1}{1 + e^{-z}}"
    case "tanh": return f + " = \\frac{e^{z} - e^{-z}}{e^{z} + e^{-z}}"
    case "relu":
      if maxValue == nil && slope == 0 && threshold == 0 { return f + " = \\max(0, z)" }
      var text = f + " = " + (maxValue.map { "\\min(\\max(z, 0), \(n($0)))" } ?? "\\max(z, 0)")
      if threshold != 0 { text += " \\text{ for } z > \(n(threshold))" }
      if slope != 0 { text += ", \\; \(n(slope))(z - \(n(threshold))) \\text{ otherwise}" }
      return text
    case "leaky_relu": return f + " = \\begin{cases} z & z \\ge 0 \\\\ \(n(slope))\\,z & z < 0 \\end{cases}"
    case "elu": return f + " = \\begin{cases} z & z > 0 \\\\ \(n(alpha))(e^{z} - 1) & z \\le 0 \\end{cases}"
    case "selu":
      return f + " = 1.0507 \\begin{cases} z & z > 0 \\\\ 1.6733(e^{z} - 1) & z \\le 0 \\end{cases}"
    case "softplus": return f + " = \\ln(1 + e^{z})"
    case "softsign": return f + " = \\frac{z}{1 + |z|}"
    case "swish": return f + " = \\frac{z}{1 + e^{-z}}"
    case "gelu":
      return approximate
        ? f + " = \\tfrac{1}{2} z \\left(1 + \\tanh\\left(\\sqrt{2/\\pi}\\,(z + 0.044715 z^{3})\\right)\\right)"
        : f + " = \\tfrac{1}{2} z \\left(1 + \\operatorname{erf}(z / \\sqrt{2})\\right)"
    case "hard_sigmoid": return f + " = \\min(\\max(\\tfrac{z}{6} + \\tfrac{1}{2}, 0), 1)"
    case "exponential": return nil
    case "relu6": return f + " = \\min(\\max(z, 0), 6)"
    case "mish": return f + " = z \\tanh(\\ln(1 + e^{z}))"
    default: return nil
    }
  }

  /// The definition in Unicode (`σ(z) = 1/(1 + e^(−z))`), if any.
  public var plainDefinition: String? {
    let f = plainName + "(z)"
    func n(_ v: Double) -> String { FormulaNumber.plain(v, digits: 4) }
    switch name {
    case "linear", "softmax", "exponential": return nil
    case "sigmoid": return f + " = 1/(1 + e^(-z))"
    case "tanh": return f + " = (e^z - e^(-z))/(e^z + e^(-z))"
    case "relu":
      if maxValue == nil && slope == 0 && threshold == 0 { return f + " = max(0, z)" }
      var text = f + " = " + (maxValue.map { "min(max(z, 0), \(n($0)))" } ?? "max(z, 0)")
      if threshold != 0 { text += " for z > \(n(threshold))" }
      if slope != 0 { text += ", \(n(slope))·(z - \(n(threshold))) otherwise" }
      return text
    case "leaky_relu": return f + " = z if z ≥ 0, \(n(slope))·z if z < 0"
    case "elu": return f + " = z if z > 0, \(n(alpha))·(e^z - 1) if z ≤ 0"
    case "selu": return f + " = 1.0507·(z if z > 0, 1.6733·(e^z - 1) if z ≤ 0)"
    case "softplus": return f + " = ln(1 + e^z)"
    case "softsign": return f + " = z/(1 + |z|)"
    case "swish": return f + " = z/(1 + e^(-z))"
    case "gelu":
      return approximate ? f + " = ½·z·(1 + tanh(√(2/π)·(z + 0.044715·z³)))" : f + " = ½·z·(1 + erf(z/√2))"
    case "hard_sigmoid": return f + " = min(max(z/6 + 1/2, 0), 1)"
    case "relu6": return f + " = min(max(z, 0), 6)"
    case "mish": return f + " = z·tanh(ln(1 + e^z))"
    default: return nil
    }
  }
}
