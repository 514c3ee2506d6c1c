import Foundation

/// A named number in a formula (`w_{5,2}`, `b_5`, `W`), with its value.
public struct FormulaSymbol: Equatable, Sendable {
  /// The LaTeX spelling (`w_{5,2}`).
  public var latex: String
  /// The Unicode spelling (`w₅,₂`).
  public var plain: String
  /// The value (a trained weight as float64).
  public var value: Double

  /// Creates a symbol.
  public init(latex: String, plain: String, value: Double) {
    self.latex = latex
    self.plain = plain
    self.value = value
  }
}

/// The symbolic formula of (part of) a network: inputs, neuron outputs, named parameters,
/// sums, products and activations. Rendered to LaTeX and Unicode in
/// `FormulaExpression+Render.swift`, evaluated in float64 in `FormulaExpression+Evaluate.swift`.
public indirect enum FormulaExpression: Equatable, Sendable {
  /// Input `index` (0-based) of `count` inputs: `x` when there is one, else `x_1`, `x_2`, ...
  case input(index: Int, count: Int)
  /// The output of neuron `number` (`y_5`), a reference used in per-neuron formulas.
  case neuron(Int)
  /// The weighted sum of neuron `number` before its activation (`z_5`), a reference.
  case preactivation(Int)
  /// A parameter.
  case symbol(FormulaSymbol)
  /// A literal number.
  case constant(Double)
  /// A sum of terms.
  case sum([FormulaExpression])
  /// A product of factors.
  case product([FormulaExpression])
  /// An element-wise activation applied to an argument.
  case activation(NetworkActivation, FormulaExpression)
  /// Softmax component `index` of the vector `components`: e^{z_i} / Σ_j e^{z_j}.
  case softmax(index: Int, components: [FormulaExpression])

  /// How many leaves (inputs, references, symbols, constants) the tree holds.
  public var leafCount: Int {
    switch self {
    case .input, .neuron, .preactivation, .symbol, .constant: return 1
    case .sum(let terms): return terms.reduce(0) { $0 + $1.leafCount }
    case .product(let factors): return factors.reduce(0) { $0 + $1.leafCount }
    case .activation(_, let argument): return argument.leafCount
    case .softmax(_, let components): return components.reduce(0) { $0 + $1.leafCount }
    }
  }

  /// The same expression with neuron references replaced by `substitute(number)`.
  public func replacingNeurons(_ substitute: (Int) -> FormulaExpression?) -> FormulaExpression {
    switch self {
    case .neuron(let number): return substitute(number) ?? self
    case .input, .preactivation, .symbol, .constant: return self
    case .sum(let terms): return .sum(terms.map { $0.replacingNeurons(substitute) })
    case .product(let factors): return .product(factors.map { $0.replacingNeurons(substitute) })
    case .activation(let f, let argument): return .activation(f, argument.replacingNeurons(substitute))
    case .softmax(let index, let components):
      return .softmax(index: index, components: components.map { $0.replacingNeurons(substitute) })
    }
  }

  /// Every parameter symbol replaced by a constant holding its value.
  public var withValues: FormulaExpression {
    switch self {
    case .symbol(let s): return .constant(s.value)
    case .input, .neuron, .preactivation, .constant: return self
    case .sum(let terms): return .sum(terms.map(\.withValues))
    case .product(let factors): return .product(factors.map(\.withValues))
    case .activation(let f, let argument): return .activation(f, argument.withValues)
    case .softmax(let index, let components): return .softmax(index: index, components: components.map(\.withValues))
    }
  }
}
