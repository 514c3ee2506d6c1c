import Tensor

extension Initializer {
  /// Keras `Orthogonal`: flatten to `(∏ shape[:-1], shape[-1])`, QR-decompose a normal
  /// `(max, min)` draw, fix the signs by `sign(diag(r))`, transpose if rows < cols, times `gain`.
  ///
  /// The QR is modified Gram–Schmidt, whose `r` has a positive diagonal, so the
  /// sign correction is already applied.
  static func orthogonalValues(_ shape: [Int], gain: Double, random: RandomState) throws -> [Float] {
    guard shape.count >= 2 else {
      throw NeuralNetError.invalidArgument(
        layer: "Orthogonal",
        message: "The tensor to initialize must be at least two-dimensional. Received: shape=\(shapeText(shape))")
    }
    let cols = shape[shape.count - 1]
    let rows = shape.dropLast().reduce(1, *)
    // An empty shape has nothing to draw (and `max(rows, cols)` may be huge).
    guard rows > 0 && cols > 0 else { return [] }
    let tall = max(rows, cols)
    let narrow = min(rows, cols)
    // a is tall × narrow, column-major in `columns`.
    var columns = [[Double]](repeating: [Double](repeating: 0, count: tall), count: narrow)
    for i in 0..<tall {
      for j in 0..<narrow { columns[j][i] = random.nextGauss() }
    }
    for j in 0..<narrow {
      for p in 0..<j {
        var dot = 0.0
        for i in 0..<tall { dot += columns[p][i] * columns[j][i] }
        for i in 0..<tall { columns[j][i] -= dot * columns[p][i] }
      }
      var norm = 0.0
      for i in 0..<tall { norm += columns[j][i] * columns[j][i] }
      norm = norm.squareRoot()
      if norm > 0 { for i in 0..<tall { columns[j][i] /= norm } }
    }
    var out = [Float](repeating: 0, count: rows * cols)
    for r in 0..<rows {
      for c in 0..<cols {
        // q is tall × narrow; when rows < cols we use its transpose.
        let v = rows >= cols ? columns[c][r] : columns[r][c]
        out[r * cols + c] = Float(gain * v)
      }
    }
    return out
  }
}
