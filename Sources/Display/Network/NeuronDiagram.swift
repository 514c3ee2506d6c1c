import Foundation

/// A neuron-by-neuron picture of a fully connected network, like the course's figures:
/// input neurons yellow, hidden green, outputs red, every connection drawn, neurons numbered.
///
/// Layers wider than `maxVisible` show their first 3 and last 2 neurons around a "⋮".
public struct NeuronDiagram {
  /// How neurons are labelled.
  public enum Numbering: String, Sendable {
    /// 1...N from the first input to the last output.
    case course
    /// `layer,neuron` as Keras indexes them (layer 0 = first Dense layer), inputs `x`.
    case keras
  }

  /// The network drawn.
  public var network: NetworkDescription
  /// Draw weights on edges and biases under neurons.
  public var showWeights: Bool
  /// The labelling scheme.
  public var numbering: Numbering
  /// The widest layer drawn in full.
  public var maxVisible = 10
  /// Weights are written only when there are at most this many connections.
  public var maxWeightLabels = 60

  /// Creates a diagram.
  public init(network: NetworkDescription, showWeights: Bool = false, numbering: Numbering = .course) {
    self.network = network
    self.showWeights = showWeights
    self.numbering = numbering
  }

  /// The neuron indices drawn for a layer of `count` (nil marks the ellipsis).
  public func visibleIndices(_ count: Int) -> [Int?] {
    guard count > maxVisible else { return (0..<count).map { $0 } }
    return [0, 1, 2, nil, count - 2, count - 1]
  }

  static let input = Color(red: 0.98, green: 0.85, blue: 0.35)
  static let hidden = Color(red: 0.55, green: 0.80, blue: 0.45)
  static let output = Color(red: 0.93, green: 0.42, blue: 0.38)

  let radius = 18.0
  let columnGap = 170.0
  let rowGap = 56.0
  let top = 70.0
  let side = 70.0

  /// The label of neuron `index` of layer `layer`.
  func label(layer: Int, index: Int) -> String {
    switch numbering {
    case .course: return String(network.courseNumber(layer: layer, index: index))
    case .keras:
      if layer == 0 { return network.inputCount == 1 ? "x" : "x\(index)" }
      return "\(layer - 1),\(index)"
    }
  }

  /// The centre of a drawn slot.
  func centre(layer: Int, slot: Int, slots: Int, tallest: Int) -> (Double, Double) {
    let x = side + Double(layer) * columnGap
    let offset = Double(tallest - slots) * rowGap / 2
    return (x, top + offset + Double(slot) * rowGap)
  }

  /// Whether weights are written.
  var writesWeights: Bool {
    guard showWeights, network.hasWeights else { return false }
    let sizes = network.layerSizes.map { min($0, maxVisible) }
    return zip(sizes, sizes.dropFirst()).reduce(0) { $0 + $1.0 * $1.1 } <= maxWeightLabels
  }

  /// The SVG document.
  public func svg() -> String {
    let sizes = network.layerSizes
    let visible = sizes.map(visibleIndices)
    let tallest = visible.map(\.count).max() ?? 1
    let width = side * 2 + Double(max(0, sizes.count - 1)) * columnGap
    let height = top + Double(tallest) * rowGap + 30
    var w = SVGWriter()
    w.line("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(SVGWriter.number(width))\" height=\"\(SVGWriter.number(height))\" viewBox=\"0 0 \(SVGWriter.number(width)) \(SVGWriter.number(height))\" font-family=\"DejaVu Sans, Arial, sans-serif\">")
    w.element("rect", [("x", "0"), ("y", "0"), ("width", SVGWriter.number(width)), ("height", SVGWriter.number(height)), ("fill", "#ffffff")])
    let weights = writesWeights
    w.line("<g class=\"connections\">")
    for layer in 1..<max(1, sizes.count) {
      let stage = network.stages[layer - 1]
      for (targetSlot, target) in visible[layer].enumerated() {
        guard let target else { continue }
        let (x2, y2) = centre(layer: layer, slot: targetSlot, slots: visible[layer].count, tallest: tallest)
        for (sourceSlot, source) in visible[layer - 1].enumerated() {
          guard let source else { continue }
          let (x1, y1) = centre(layer: layer - 1, slot: sourceSlot, slots: visible[layer - 1].count, tallest: tallest)
          w.element("line", [("class", "connection"), ("x1", SVGWriter.number(x1 + radius)), ("y1", SVGWriter.number(y1)),
                             ("x2", SVGWriter.number(x2 - radius)), ("y2", SVGWriter.number(y2)), ("stroke", "#8a8a8a"), ("stroke-width", "1")])
          if weights {
            let t = 0.28 + 0.1 * Double(sourceSlot % 3)
            let tx = x1 + radius + (x2 - radius - x1 - radius) * t
            let ty = y1 + (y2 - y1) * t - 3
            let value = stage.kernel[source][target]
            w.element("text", [("class", "weight"), ("x", SVGWriter.number(tx)), ("y", SVGWriter.number(ty)), ("font-size", "10"),
                               ("text-anchor", "middle"), ("fill", value < 0 ? "#b03a2e" : "#1f4e9a")],
                      content: SVGWriter.escape(FormulaNumber.plain(value, digits: 2)))
          }
        }
      }
    }
    w.line("</g>")
    for (layer, slots) in visible.enumerated() {
      let kind = layer == 0 ? "input" : (layer == sizes.count - 1 ? "output" : "hidden")
      let fill = layer == 0 ? Self.input : (kind == "output" ? Self.output : Self.hidden)
      let (cx, _) = centre(layer: layer, slot: 0, slots: 1, tallest: tallest)
      w.element("text", [("class", "layer-title"), ("x", SVGWriter.number(cx)), ("y", "22"), ("font-size", "12"), ("text-anchor", "middle"), ("font-weight", "bold")],
                content: SVGWriter.escape(layerTitle(layer)))
      w.element("text", [("class", "layer-subtitle"), ("x", SVGWriter.number(cx)), ("y", "38"), ("font-size", "11"), ("text-anchor", "middle"), ("fill", "#555555")],
                content: SVGWriter.escape(layerSubtitle(layer)))
      for (slot, index) in slots.enumerated() {
        let (x, y) = centre(layer: layer, slot: slot, slots: slots.count, tallest: tallest)
        guard let index else {
          w.element("text", [("class", "ellipsis"), ("x", SVGWriter.number(x)), ("y", SVGWriter.number(y + 6)), ("font-size", "22"), ("text-anchor", "middle")],
                    content: "⋮")
          continue
        }
        w.element("circle", [("class", "neuron \(kind)"), ("cx", SVGWriter.number(x)), ("cy", SVGWriter.number(y)), ("r", SVGWriter.number(radius)),
                             ("fill", fill.hex), ("stroke", "#333333"), ("stroke-width", "1.5")])
        w.element("text", [("class", "neuron-label"), ("x", SVGWriter.number(x)), ("y", SVGWriter.number(y + 4)), ("font-size", "11"), ("text-anchor", "middle")],
                  content: SVGWriter.escape(label(layer: layer, index: index)))
        if weights, layer > 0, let bias = network.stages[layer - 1].bias, index < bias.count {
          w.element("text", [("class", "bias"), ("x", SVGWriter.number(x)), ("y", SVGWriter.number(y + radius + 11)), ("font-size", "9"), ("text-anchor", "middle"), ("fill", "#444444")],
                    content: SVGWriter.escape("b=" + FormulaNumber.plain(bias[index], digits: 2)))
        }
      }
    }
    w.line("</svg>")
    return w.text
  }

  /// `Input`, `Hidden 1`, ..., `Output`.
  func layerTitle(_ layer: Int) -> String {
    let last = network.layerSizes.count - 1
    if layer == 0 { return "Input" }
    if layer == last { return "Output" }
    return last > 2 ? "Hidden \(layer)" : "Hidden"
  }

  /// `1 neuron`, `dense · 3 · sigmoid`.
  func layerSubtitle(_ layer: Int) -> String {
    let count = network.layerSizes[layer]
    if layer == 0 { return "\(count) neuron\(count == 1 ? "" : "s")" }
    let stage = network.stages[layer - 1]
    return "\(stage.name) · \(count) · \(stage.activationLabel)"
  }

  /// A console summary: one line per layer with its neuron labels.
  public func plainText() -> String {
    let sizes = network.layerSizes
    var lines = ["Neural network \(sizes.map(String.init).joined(separator: "-")) (\(network.neuronCount) neurons, \(network.parameterCount) parameters)"]
    let titles = sizes.indices.map { layer in layer == 0 ? "input" : network.stages[layer - 1].name }
    let width = titles.map(\.count).max() ?? 5
    for (layer, count) in sizes.enumerated() {
      let labels = visibleIndices(count).map { $0.map { label(layer: layer, index: $0) } ?? "…" }.joined(separator: " ")
      let activation = layer == 0 ? "" : "  " + network.stages[layer - 1].activationLabel
      lines.append("  " + titles[layer].padding(toLength: width, withPad: " ", startingAt: 0) + " (\(count)): " + labels + activation)
    }
    return lines.joined(separator: "\n")
  }
}
