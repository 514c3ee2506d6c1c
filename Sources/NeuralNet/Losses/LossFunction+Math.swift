import Foundation

/// Loss values and gradients, each formula next to its derivative.
extension LossFunction {
  /// Per-sample losses and the gradient of their batch mean with respect to `predictions`.
  ///
  /// `targets` must have as many elements as `predictions` (any rank, e.g. `(N,)`
  /// against `(N, 1)`), or one integer label per row for the sparse loss.
  public func compute(predictions: Batch, targets: Batch) throws -> (perSample: [Double], gradient: [Float]) {
    var perSample: [Double] = []
    var gradient: [Float] = []
    try compute(predictions: predictions, targets: targets, perSample: &perSample, gradient: &gradient)
    return (perSample, gradient)
  }

  /// `compute` into caller-owned buffers (resized only when the batch size changes).
  ///
  /// Mean squared error, cross-entropies on probabilities and sparse labels run as loops
  /// over the buffers (same arithmetic as `rowLoss`); the other losses go row by row.
  public func compute(predictions: Batch, targets: Batch, perSample: inout [Double], gradient: inout [Float]) throws {
    let width = max(predictions.width, 1)
    let rows = predictions.values.count / width
    if self == .crossentropy {
      let targetShape = targets.values.count == rows && width > 1 ? [rows] : [rows, width]
      return try resolved(targetShape: targetShape, outputShape: [rows, width])
        .compute(predictions: predictions, targets: targets, perSample: &perSample, gradient: &gradient)
    }
    let expected = isSparse ? rows : predictions.values.count
    guard targets.values.count == expected else {
      throw NeuralNetError.targetShapeMismatch(loss: name, target: targets.shape, output: predictions.shape)
    }
    if perSample.count != rows { perSample = [Double](repeating: 0, count: rows) }
    if gradient.count != predictions.values.count {
      gradient = [Float](repeating: 0, count: predictions.values.count)
    }
    let scale = rows > 0 ? 1 / Float(rows) : 0
    if try computeFast(predictions.values, targets.values, rows: rows, width: width, scale: scale,
                       perSample: &perSample, gradient: &gradient) {
      return
    }
    let p = predictions.values
    var y = targets.values
    if isSparse {
      y = try oneHot(targets.values, classes: width)
    }
    for r in 0..<rows {
      let base = r * width
      let (value, grad) = rowLoss(p: p[base..<(base + width)], y: y[base..<(base + width)])
      perSample[r] = value
      for j in 0..<width { gradient[base + j] = grad[j] * scale }
    }
  }

  /// The mean loss of a batch (the value reported by `evaluate`).
  public func mean(predictions: Batch, targets: Batch) throws -> Double {
    let values = try compute(predictions: predictions, targets: targets).perSample
    return values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
  }

  /// The class a sparse label names: a whole number in `0..<classes`, or nil (fractions,
  /// negatives, too large, infinite or NaN).
  @inline(__always)
  static func classIndex(_ label: Float, classes: Int) -> Int? {
    guard let k = Int(exactly: label), k >= 0, k < classes else { return nil }
    return k
  }

  /// One-hot rows for integer labels, checking the range.
  func oneHot(_ labels: [Float], classes: Int) throws -> [Float] {
    var out = [Float](repeating: 0, count: labels.count * classes)
    for (i, label) in labels.enumerated() {
      guard let k = Self.classIndex(label, classes: classes) else {
        throw NeuralNetError.labelOutOfRange(label: Double(label), classes: classes)
      }
      out[i * classes + k] = 1
    }
    return out
  }

  /// The loss of one row and its gradient (before the 1/N batch mean).
  func rowLoss(p: ArraySlice<Float>, y: ArraySlice<Float>) -> (Double, [Float]) {
    let n = p.count
    let pv = Array(p)
    var yv = Array(y)
    let eps = LossFunction.epsilon
    switch self {
    case .meanSquaredError:
      return elementwise(pv, yv) { p, y in ((p - y) * (p - y), 2 * (p - y)) }
    case .meanAbsoluteError:
      return elementwise(pv, yv) { p, y in (abs(p - y), p > y ? 1 : (p < y ? -1 : 0)) }
    case .meanAbsolutePercentageError:
      return elementwise(pv, yv) { p, y in
        let d = max(abs(y), eps)
        return (100 * abs(y - p) / d, 100 * (p > y ? 1 : (p < y ? -1 : 0)) / d)
      }
    case .meanSquaredLogarithmicError:
      return elementwise(pv, yv) { p, y in
        let lp = log(max(p, eps) + 1)
        let e = lp - log(max(y, eps) + 1)
        let dlp: Float = p > eps ? 1 / (max(p, eps) + 1) : 0
        return (e * e, 2 * e * dlp)
      }
    case .huber(let delta):
      let d = Float(delta)
      return elementwise(pv, yv) { p, y in
        let e = p - y
        return abs(e) <= d ? (0.5 * e * e, e) : (d * abs(e) - 0.5 * d * d, e > 0 ? d : -d)
      }
    case .logCosh:
      return elementwise(pv, yv) { p, y in
        let x = p - y
        return (x + softplusValue(-2 * x) - Float(M_LN2), Foundation.tanh(x))
      }
    case .binaryCrossentropy(let fromLogits, let ls):
      if ls > 0 { yv = yv.map { $0 * Float(1 - ls) + Float(0.5 * ls) } }
      if fromLogits {
        return elementwise(pv, yv) { x, y in
          (max(x, 0) - x * y + log1p(exp(-abs(x))), logistic(x) - y)
        }
      }
      return elementwise(pv, yv) { p, y in
        let c = min(max(p, eps), 1 - eps)
        let value = -(y * log(c) + (1 - y) * log(1 - c))
        let grad: Float = p > eps && p < 1 - eps ? (c - y) / (c * (1 - c)) : 0
        return (value, grad)
      }
    case .categoricalCrossentropy(let fromLogits, let ls):
      if ls > 0 { yv = yv.map { $0 * Float(1 - ls) + Float(ls) / Float(n) } }
      return crossentropy(pv, yv, fromLogits: fromLogits)
    case .sparseCategoricalCrossentropy(let fromLogits):
      return crossentropy(pv, yv, fromLogits: fromLogits)
    case .hinge, .squaredHinge:
      let squared = self == .squaredHinge
      if yv.allSatisfy({ $0 == 0 || $0 == 1 }) { yv = yv.map { 2 * $0 - 1 } }
      return elementwise(pv, yv) { p, y in
        let m = max(1 - y * p, 0)
        if squared { return (m * m, m > 0 ? -2 * m * y : 0) }
        return (m, m > 0 ? -y : 0)
      }
    case .categoricalHinge:
      var pos: Float = 0
      var neg = -Float.infinity
      var negIndex = 0
      for j in 0..<n {
        pos += yv[j] * pv[j]
        let v = (1 - yv[j]) * pv[j]
        if v > neg { neg = v; negIndex = j }
      }
      let value = max(neg - pos + 1, 0)
      var grad = [Float](repeating: 0, count: n)
      if value > 0 {
        for j in 0..<n { grad[j] = -yv[j] }
        grad[negIndex] += 1 - yv[negIndex]
      }
      return (Double(value), grad)
    case .klDivergence:
      var total = 0.0
      var grad = [Float](repeating: 0, count: n)
      for j in 0..<n {
        let yc = min(max(yv[j], eps), 1)
        let pc = min(max(pv[j], eps), 1)
        total += Double(yc * log(yc / pc))
        grad[j] = pv[j] > eps && pv[j] < 1 ? -yc / pc : 0
      }
      return (total, grad)
    case .poisson:
      return elementwise(pv, yv) { p, y in (p - y * log(p + eps), 1 - y / (p + eps)) }
    case .crossentropy:
      let concrete = resolved(targetShape: [1, n], outputShape: [1, n])
      return concrete.rowLoss(p: p, y: y)
    }
  }

  /// Mean over the row of an element-wise `(value, d value/d p)`.
  private func elementwise(_ p: [Float], _ y: [Float], _ f: (Float, Float) -> (Float, Float)) -> (Double, [Float]) {
    let n = Float(p.count)
    var total = 0.0
    var grad = [Float](repeating: 0, count: p.count)
    for j in p.indices {
      let (v, g) = f(p[j], y[j])
      total += Double(v)
      grad[j] = g / n
    }
    return (total / Double(p.count), grad)
  }

  /// `−Σ y·log p` with `p = clip(ŷ/Σŷ)` or `softmax(ŷ)`.
  ///
  /// Gradient: from logits `softmax·Σy − y`; from probabilities, with `g_i = −y_i/p_i`
  /// (0 where clipped) and `q = ŷ/s`, `dŷ_j = (g_j − Σ_i g_i q_i)/s`.
  private func crossentropy(_ p: [Float], _ y: [Float], fromLogits: Bool) -> (Double, [Float]) {
    let n = p.count
    let eps = LossFunction.epsilon
    var grad = [Float](repeating: 0, count: n)
    if fromLogits {
      let m = p.max() ?? 0
      let sumExp = p.reduce(Float(0)) { $0 + exp($1 - m) }
      let logSum = log(sumExp) + m
      let ySum = y.reduce(0, +)
      var total = 0.0
      for j in 0..<n {
        total -= Double(y[j] * (p[j] - logSum))
        grad[j] = exp(p[j] - logSum) * ySum - y[j]
      }
      return (total, grad)
    }
    let s = p.reduce(0, +)
    var total = 0.0
    var dot: Float = 0
    var g = [Float](repeating: 0, count: n)
    for j in 0..<n {
      let q = p[j] / s
      let c = min(max(q, eps), 1 - eps)
      total -= Double(y[j] * log(c))
      g[j] = q > eps && q < 1 - eps ? -y[j] / c : 0
      dot += g[j] * q
    }
    for j in 0..<n { grad[j] = (g[j] - dot) / s }
    return (total, grad)
  }
}
