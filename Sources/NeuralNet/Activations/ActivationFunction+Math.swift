import Foundation

/// The scalar math of each element-wise activation, the forward value next to its derivative.
extension ActivationFunction {
  /// SELU's α.
  static let seluAlpha: Float = 1.6732632423543772848170429916717
  /// SELU's λ.
  static let seluScale: Float = 1.0507009873554804934193349852946

  /// `f(x)` for an element-wise activation (softmax is handled per row elsewhere).
  @inline(__always)
  func value(_ x: Float) -> Float {
    switch self {
    case .linear, .softmax: return x
    case .sigmoid: return logistic(x)
    case .tanh: return Foundation.tanh(x)
    case .relu(let slope, let maxValue, let threshold):
      return reluValue(x, slope: slope, maxValue: maxValue, threshold: threshold)
    case .leakyReLU(let slope): return x >= 0 ? x : slope * x
    case .elu(let alpha): return x > 0 ? x : alpha * expm1(x)
    case .selu: return Self.seluScale * (x > 0 ? x : Self.seluAlpha * expm1(x))
    case .softplus: return softplusValue(x)
    case .softsign: return x / (1 + abs(x))
    case .swish: return x * logistic(x)
    case .gelu(let approximate):
      if approximate {
        let inner = Float(0.7978845608028654) * (x + 0.044715 * x * x * x)
        return 0.5 * x * (1 + Foundation.tanh(inner))
      }
      return 0.5 * x * (1 + erf(x * Float(0.7071067811865476)))
    case .hardSigmoid: return min(max(x / 6 + 0.5, 0), 1)
    case .exponential: return exp(x)
    case .relu6: return min(max(x, 0), 6)
    case .mish: return x * Foundation.tanh(softplusValue(x))
    }
  }

  /// `f′(x)`, given the input `x` and the output `y = f(x)`.
  @inline(__always)
  func derivative(_ x: Float, _ y: Float) -> Float {
    switch self {
    case .linear, .softmax: return 1
    case .sigmoid: return y * (1 - y)
    case .tanh: return 1 - y * y
    case .relu(let slope, let maxValue, let threshold):
      return reluDerivative(x, slope: slope, maxValue: maxValue, threshold: threshold)
    case .leakyReLU(let slope): return x >= 0 ? 1 : slope
    case .elu(let alpha): return x > 0 ? 1 : alpha * exp(x)
    case .selu: return x > 0 ? Self.seluScale : Self.seluScale * Self.seluAlpha * exp(x)
    case .softplus: return logistic(x)
    case .softsign:
      let d = 1 + abs(x)
      return 1 / (d * d)
    case .swish:
      let s = logistic(x)
      return s * (1 + x * (1 - s))
    case .gelu(let approximate):
      if approximate {
        let c = Float(0.7978845608028654)
        let t = Foundation.tanh(c * (x + 0.044715 * x * x * x))
        return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * c * (1 + 3 * 0.044715 * x * x)
      }
      let cdf = 0.5 * (1 + erf(x * Float(0.7071067811865476)))
      let pdf = exp(-0.5 * x * x) * Float(0.3989422804014327)
      return cdf + x * pdf
    case .hardSigmoid: return x > -3 && x < 3 ? Float(1) / 6 : 0
    case .exponential: return y
    case .relu6: return x > 0 && x < 6 ? 1 : 0
    case .mish:
      let t = Foundation.tanh(softplusValue(x))
      return t + x * (1 - t * t) * logistic(x)
    }
  }
}

/// `1/(1+e^{-x})`, stable for large |x|.
@inline(__always)
func logistic(_ x: Float) -> Float {
  if x >= 0 { return 1 / (1 + exp(-x)) }
  let e = exp(x)
  return e / (1 + e)
}

/// `log(1+e^x)` computed as `max(x,0) + log1p(e^{-|x|})`.
@inline(__always)
func softplusValue(_ x: Float) -> Float {
  max(x, 0) + log1p(exp(-abs(x)))
}

/// Keras `relu(x, negative_slope, max_value, threshold)`:
/// positive part `x·[x > threshold]` clipped to `[0, max]`, minus `slope·max(threshold − x, 0)`.
@inline(__always)
func reluValue(_ x: Float, slope: Float, maxValue: Float?, threshold: Float) -> Float {
  var p = threshold != 0 ? (x > threshold ? x : 0) : max(x, 0)
  if let maxValue { p = min(max(p, 0), maxValue) }
  return slope != 0 ? p - slope * max(threshold - x, 0) : p
}

/// The derivative of `reluValue` with respect to `x`.
@inline(__always)
func reluDerivative(_ x: Float, slope: Float, maxValue: Float?, threshold: Float) -> Float {
  var d: Float = x > threshold && (threshold != 0 || x > 0) ? 1 : 0
  if let maxValue, d != 0 {
    let p = threshold != 0 ? x : max(x, 0)
    if p <= 0 || p >= maxValue { d = 0 }
  }
  if slope != 0 && x < threshold { d += slope }
  return d
}
