import Foundation

/// Float64 evaluation of a formula, one scalar at a time.
///
/// This is deliberately independent of the network engine (batched float32 matrix code):
/// checking a formula against `predict` only means something if the two computations share
/// nothing but the weights.
extension FormulaExpression {
  /// The value for `inputs`; references to neurons or weighted sums are looked up in `neurons`
  /// and `preactivations` (number → value) and count as 0 when missing.
  public func evaluate(
    inputs: [Double], neurons: [Int: Double] = [:], preactivations: [Int: Double] = [:]
  ) -> Double {
    switch self {
    case .input(let index, _): return index < inputs.count ? inputs[index] : .nan
    case .neuron(let number): return neurons[number] ?? 0
    case .preactivation(let number): return preactivations[number] ?? 0
    case .symbol(let s): return s.value
    case .constant(let v): return v
    case .sum(let terms):
      var total = 0.0
      for term in terms { total += term.evaluate(inputs: inputs, neurons: neurons, preactivations: preactivations) }
      return total
    case .product(let factors):
      var total = 1.0
      for factor in factors { total *= factor.evaluate(inputs: inputs, neurons: neurons, preactivations: preactivations) }
      return total
    case .activation(let f, let argument):
      return f.value(argument.evaluate(inputs: inputs, neurons: neurons, preactivations: preactivations))
    case .softmax(let index, let components):
      let z = components.map { $0.evaluate(inputs: inputs, neurons: neurons, preactivations: preactivations) }
      let top = z.max() ?? 0
      var denominator = 0.0
      for v in z { denominator += exp(v - top) }
      return index < z.count ? exp(z[index] - top) / denominator : .nan
    }
  }
}
