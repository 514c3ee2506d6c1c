/// The formula of a small network, written the way the course writes it.
///
/// Each neuron gets its own formula (`y_2 = \sigma(w_{2} y_{1} + b_{2})`), weights are named
/// after the neurons they join (`w_{5,2}` from neuron 2 into neuron 5; just `w_{2}` when the
/// neuron has one input), and each output is then written as one expression of the inputs.
/// With `simplify`, consecutive linear layers are multiplied out first (`y = W x + B`).
/// Rendering is in `NetworkFormula+Render.swift`.
public struct NetworkFormula: Sendable {
  /// One row of the per-neuron table: `lhs = expression`.
  public struct Row: Sendable {
    /// The neuron's course number.
    public var number: Int
    /// The left-hand side (`y_5` or `z_5`).
    public var lhs: FormulaExpression
    /// The right-hand side, in terms of other neurons.
    public var expression: FormulaExpression
  }

  /// The network described.
  public let network: NetworkDescription
  /// Whether consecutive linear layers were collapsed.
  public let simplified: Bool
  /// The per-neuron formulas, inputs first.
  public private(set) var rows: [Row] = []
  /// Each output neuron's number and its formula in terms of the inputs only.
  public private(set) var outputs: [(number: Int, expression: FormulaExpression)] = []
  /// Collapsed parameters (`W`, `B`) and what they stand for, when simplified.
  public private(set) var definitions: [(symbol: FormulaSymbol, expression: FormulaExpression)] = []

  /// A Dense stage with its weights as expressions (`weights[input][unit]`).
  struct SymbolicStage {
    var weights: [[FormulaExpression]]
    var biases: [FormulaExpression?]
    var activations: [NetworkActivation]
    /// The layer the stage's units form (1 = first Dense layer).
    var layer: Int
    /// The layer feeding it (`layer - 1` unless collapsed).
    var sourceLayer: Int
  }

  /// Builds the formulas; the network must have its weights.
  public init(_ network: NetworkDescription, simplify: Bool = false) {
    self.network = network
    self.simplified = simplify
    var stages = NetworkFormula.symbolicStages(network)
    if simplify { stages = collapse(stages) }
    buildRows(stages)
    buildOutputs(stages)
  }

  /// The stages with weights and biases named as the course names them.
  static func symbolicStages(_ network: NetworkDescription) -> [SymbolicStage] {
    var result: [SymbolicStage] = []
    let sizes = network.layerSizes
    for (s, stage) in network.stages.enumerated() {
      let layer = s + 1
      let fanIn = sizes[s]
      var weights: [[FormulaExpression]] = []
      for p in 0..<fanIn {
        var row: [FormulaExpression] = []
        for k in 0..<stage.units {
          let target = network.courseNumber(layer: layer, index: k)
          let source = network.courseNumber(layer: s, index: p)
          let value = p < stage.kernel.count && k < stage.kernel[p].count ? stage.kernel[p][k] : 0
          row.append(.symbol(weightSymbol(target: target, source: fanIn == 1 ? nil : source, value: value, capital: false)))
        }
        weights.append(row)
      }
      let biases: [FormulaExpression?] = (0..<stage.units).map { k in
        guard let bias = stage.bias else { return nil }
        let target = network.courseNumber(layer: layer, index: k)
        return .symbol(biasSymbol(target: target, value: k < bias.count ? bias[k] : 0, capital: false, bare: false))
      }
      result.append(SymbolicStage(weights: weights, biases: biases, activations: stage.activations, layer: layer, sourceLayer: s))
    }
    return result
  }

  /// `w_{5,2}` / `w_{2}` (or `W...` for collapsed weights; bare `W` when `target` is nil).
  static func weightSymbol(target: Int?, source: Int?, value: Double, capital: Bool) -> FormulaSymbol {
    let letter = capital ? "W" : "w"
    guard let target else { return FormulaSymbol(latex: letter, plain: letter, value: value) }
    if let source {
      return FormulaSymbol(
        latex: "\(letter)_{\(target),\(source)}",
        plain: letter + FormulaNumber.subscripted("\(target)") + "," + FormulaNumber.subscripted("\(source)"), value: value)
    }
    return FormulaSymbol(latex: "\(letter)_{\(target)}", plain: letter + FormulaNumber.subscripted("\(target)"), value: value)
  }

  /// `b_{5}` (or `B_{5}`, or a bare `B`).
  static func biasSymbol(target: Int, value: Double, capital: Bool, bare: Bool) -> FormulaSymbol {
    let letter = capital ? "B" : "b"
    if bare { return FormulaSymbol(latex: letter, plain: letter, value: value) }
    return FormulaSymbol(latex: "\(letter)_{\(target)}", plain: letter + FormulaNumber.subscripted("\(target)"), value: value)
  }

  /// Multiplies each linear stage into the next one: (x·W₁ + b₁)·W₂ + b₂ = x·(W₁W₂) + (b₁W₂ + b₂).
  mutating func collapse(_ stages: [SymbolicStage]) -> [SymbolicStage] {
    var result: [SymbolicStage] = []
    var pending: SymbolicStage?
    for stage in stages {
      guard let previous = pending else {
        if stage.activations.isEmpty && stage.layer < stages.count {
          pending = stage
        } else {
          result.append(stage)
        }
        continue
      }
      var merged = stage
      merged.sourceLayer = previous.sourceLayer
      let units = stage.biases.count
      merged.weights = previous.weights.map { row in
        (0..<units).map { k in
          .sum(row.indices.map { m in FormulaExpression.product([stage.weights[m][k], row[m]]) })
        }
      }
      merged.biases = (0..<units).map { k in
        var terms: [FormulaExpression] = previous.biases.indices.compactMap { m in
          previous.biases[m].map { FormulaExpression.product([stage.weights[m][k], $0]) }
        }
        if let own = stage.biases[k] { terms.append(own) }
        return terms.isEmpty ? nil : .sum(terms)
      }
      if merged.activations.isEmpty && merged.layer < stages.count {
        pending = merged
      } else {
        result.append(named(merged))
        pending = nil
      }
    }
    if let pending { result.append(pending) }
    return result
  }

  /// Replaces collapsed weight expressions by `W`/`B` symbols and records their definitions.
  mutating func named(_ stage: SymbolicStage) -> SymbolicStage {
    let sourceLayer = stage.sourceLayer
    var stage = stage
    let fanIn = stage.weights.count
    let units = stage.biases.count
    let bare = fanIn == 1 && units == 1
    for p in 0..<fanIn {
      for k in 0..<units {
        let expression = stage.weights[p][k]
        let symbol = NetworkFormula.weightSymbol(
          target: bare ? nil : network.courseNumber(layer: stage.layer, index: k),
          source: fanIn == 1 ? nil : network.courseNumber(layer: sourceLayer, index: p),
          value: expression.evaluate(inputs: []), capital: true)
        definitions.append((symbol, expression))
        stage.weights[p][k] = .symbol(symbol)
      }
    }
    for k in 0..<units {
      guard let expression = stage.biases[k] else { continue }
      let symbol = NetworkFormula.biasSymbol(
        target: network.courseNumber(layer: stage.layer, index: k), value: expression.evaluate(inputs: []),
        capital: true, bare: bare)
      definitions.append((symbol, expression))
      stage.biases[k] = .symbol(symbol)
    }
    return stage
  }

  /// The numbers of the neurons feeding a stage.
  func sourceNumbers(_ stage: SymbolicStage) -> [Int] {
    (0..<stage.weights.count).map { network.courseNumber(layer: stage.sourceLayer, index: $0) }
  }

  /// The weighted sum of unit `k` given expressions for the stage's inputs.
  static func weightedSum(_ stage: SymbolicStage, unit k: Int, inputs: [FormulaExpression]) -> FormulaExpression {
    var terms = inputs.indices.map { p in FormulaExpression.product([stage.weights[p][k], inputs[p]]) }
    if let bias = stage.biases[k] { terms.append(bias) }
    return .sum(terms)
  }

  /// Applies the stage's activations to the weighted sums of all its units.
  static func activate(_ stage: SymbolicStage, sums: [FormulaExpression]) -> [FormulaExpression] {
    var current = sums
    for f in stage.activations {
      current = f.isVector
        ? current.indices.map { .softmax(index: $0, components: current) }
        : current.map { .activation(f, $0) }
    }
    return current
  }

  /// The per-neuron table (only for unsimplified networks).
  mutating func buildRows(_ stages: [SymbolicStage]) {
    for j in 0..<network.inputCount {
      rows.append(Row(number: j + 1, lhs: .neuron(j + 1), expression: .input(index: j, count: network.inputCount)))
    }
    guard !simplified else { return }
    for stage in stages {
      let inputs = sourceNumbers(stage).map(FormulaExpression.neuron)
      let numbers = (0..<stage.biases.count).map { network.courseNumber(layer: stage.layer, index: $0) }
      let sums = numbers.indices.map { NetworkFormula.weightedSum(stage, unit: $0, inputs: inputs) }
      if stage.activations.contains(where: \.isVector) {
        for (k, number) in numbers.enumerated() { rows.append(Row(number: number, lhs: .preactivation(number), expression: sums[k])) }
        let outputs = NetworkFormula.activate(stage, sums: numbers.map(FormulaExpression.preactivation))
        for (k, number) in numbers.enumerated() { rows.append(Row(number: number, lhs: .neuron(number), expression: outputs[k])) }
      } else {
        let outputs = NetworkFormula.activate(stage, sums: sums)
        for (k, number) in numbers.enumerated() { rows.append(Row(number: number, lhs: .neuron(number), expression: outputs[k])) }
      }
    }
  }

  /// Each output as one expression of the inputs.
  mutating func buildOutputs(_ stages: [SymbolicStage]) {
    var current = (0..<network.inputCount).map { FormulaExpression.input(index: $0, count: network.inputCount) }
    var numbers = (0..<network.inputCount).map { $0 + 1 }
    for stage in stages {
      let sums = (0..<stage.biases.count).map { NetworkFormula.weightedSum(stage, unit: $0, inputs: current) }
      current = NetworkFormula.activate(stage, sums: sums)
      numbers = (0..<stage.biases.count).map { network.courseNumber(layer: stage.layer, index: $0) }
    }
    outputs = zip(numbers, current).map { (number: $0, expression: $1) }
  }

  /// The activations used, in order of first use.
  public var activationsUsed: [NetworkActivation] {
    var seen: [NetworkActivation] = []
    for stage in network.stages {
      for f in stage.activations where !seen.contains(f) { seen.append(f) }
    }
    return seen
  }

  /// Evaluates every output for one input row, in float64.
  public func evaluate(_ inputs: [Double]) -> [Double] {
    outputs.map { $0.expression.evaluate(inputs: inputs) }
  }
}
