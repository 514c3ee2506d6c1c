/// `plot_model`'s picture without Graphviz: one box per layer (Keras 3 style, white text on
/// black), stacked top to bottom (`TB`) or left to right (`LR`), arrows between them.
public struct LayerGraph {
  /// One layer box: a bold title row, then detail rows.
  public struct Box: Equatable, Sendable {
    /// `dense (Dense)` or `Dense`.
    public var title: String
    /// `Activation: relu`, `Input shape: (None, 4)`, ...
    public var rows: [String]

    /// Creates a box.
    public init(title: String, rows: [String]) {
      self.title = title
      self.rows = rows
    }
  }

  /// The boxes, input side first.
  public var boxes: [Box]
  /// `TB` or `LR`.
  public var leftToRight: Bool
  /// Scales the picture (`dpi / 96`).
  public var scale: Double

  /// Creates a graph.
  public init(boxes: [Box], leftToRight: Bool = false, scale: Double = 1) {
    self.boxes = boxes
    self.leftToRight = leftToRight
    self.scale = scale.isFinite && scale > 0 ? scale : 1
  }

  let padding = 10.0
  let titleSize = 15.0
  let rowSize = 13.0
  let gap = 46.0

  /// The size of a box.
  func size(_ box: Box) -> (Double, Double) {
    let widths = [TextMetrics.width(box.title, fontSize: titleSize) * 1.1] + box.rows.map { TextMetrics.width($0, fontSize: rowSize) }
    let width = (widths.max() ?? 40) + 2 * padding + 10
    let height = 2 * padding + titleSize * 1.3 + Double(box.rows.count) * rowSize * 1.45
    return (max(width, 90), height)
  }

  /// The SVG document.
  public func svg() -> String {
    let sizes = boxes.map(size)
    let widest = sizes.map(\.0).max() ?? 100
    let tallest = sizes.map(\.1).max() ?? 40
    let margin = 12.0
    let count = Double(boxes.count)
    let totalWidth = leftToRight ? 2 * margin + sizes.reduce(0) { $0 + $1.0 } + max(0, count - 1) * gap : 2 * margin + widest
    let totalHeight = leftToRight ? 2 * margin + tallest : 2 * margin + sizes.reduce(0) { $0 + $1.1 } + max(0, count - 1) * gap
    var w = SVGWriter()
    let n = SVGWriter.number
    w.line("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(totalWidth * scale))\" height=\"\(n(totalHeight * scale))\" viewBox=\"0 0 \(n(totalWidth)) \(n(totalHeight))\" font-family=\"Helvetica, Arial, sans-serif\">")
    w.line("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#000000\"/></marker></defs>")
    var frames: [(Double, Double, Double, Double)] = []
    var cursor = margin
    for (box, (bw, bh)) in zip(boxes, sizes) {
      let x = leftToRight ? cursor : margin + (widest - bw) / 2
      let y = leftToRight ? margin + (tallest - bh) / 2 : cursor
      frames.append((x, y, bw, bh))
      cursor += (leftToRight ? bw : bh) + gap
      w.line("<g class=\"layer\">")
      w.element("rect", [("class", "layer-box"), ("x", n(x)), ("y", n(y)), ("width", n(bw)), ("height", n(bh)), ("rx", "4"), ("fill", "#000000")])
      var ty = y + padding + titleSize
      w.element("text", [("class", "layer-title"), ("x", n(x + bw / 2)), ("y", n(ty)), ("font-size", n(titleSize)), ("font-weight", "bold"),
                         ("text-anchor", "middle"), ("fill", "#ffffff")], content: SVGWriter.escape(box.title))
      ty += titleSize * 0.3
      for row in box.rows {
        ty += rowSize * 1.45
        w.element("text", [("class", "layer-detail"), ("x", n(x + bw / 2)), ("y", n(ty)), ("font-size", n(rowSize)),
                           ("text-anchor", "middle"), ("fill", "#ffffff")], content: SVGWriter.escape(row))
      }
      w.line("</g>")
    }
    for (a, b) in zip(frames, frames.dropFirst()) {
      let (x1, y1, x2, y2) = leftToRight
        ? (a.0 + a.2, a.1 + a.3 / 2, b.0 - 2, b.1 + b.3 / 2)
        : (a.0 + a.2 / 2, a.1 + a.3, b.0 + b.2 / 2, b.1 - 2)
      w.element("line", [("class", "edge"), ("x1", n(x1)), ("y1", n(y1)), ("x2", n(x2)), ("y2", n(y2)), ("stroke", "#000000"),
                         ("stroke-width", "2"), ("marker-end", "url(#arrow)")])
    }
    w.line("</svg>")
    return w.text
  }

  /// Boxes in ASCII, joined by arrows, for `jupyter console`.
  public func plainText() -> String {
    var blocks: [[String]] = []
    for box in boxes {
      let lines = [box.title] + box.rows
      let width = lines.map(\.count).max() ?? 0
      var block = ["+" + String(repeating: "-", count: width + 2) + "+"]
      for line in lines { block.append("| " + line.padding(toLength: width, withPad: " ", startingAt: 0) + " |") }
      block.append(block[0])
      blocks.append(block)
    }
    if leftToRight {
      let height = blocks.map(\.count).max() ?? 0
      var rows = [String](repeating: "", count: height)
      for (i, block) in blocks.enumerated() {
        let width = block.first?.count ?? 0
        for r in 0..<height {
          let text = r < block.count ? block[r] : String(repeating: " ", count: width)
          let joint = i == blocks.count - 1 ? "" : (r == 1 ? " --> " : "     ")
          rows[r] += text + joint
        }
      }
      return rows.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }
    var out: [String] = []
    for (i, block) in blocks.enumerated() {
      if i > 0 {
        out.append("      |")
        out.append("      v")
      }
      out += block
    }
    return out.joined(separator: "\n")
  }
}
