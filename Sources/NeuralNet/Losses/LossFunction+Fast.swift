import Foundation

/// Allocation-free loops for the losses lessons use most, over whole batches.
///
/// Each loop performs the same float operations in the same order as `rowLoss` (and
/// its helpers), so values and gradients are identical; only the per-row arrays go.
extension LossFunction {
  /// Fills `perSample` and `gradient` for MSE, probability cross-entropies and sparse
  /// labels; returns `false` (touching nothing) for the other losses.
  func computeFast(
    _ p: [Float], _ y: [Float], rows: Int, width: Int, scale: Float,
    perSample: inout [Double], gradient: inout [Float]
  ) throws -> Bool {
    switch self {
    case .meanSquaredError:
      let n = Float(width)
      p.withUnsafeBufferPointer { pp in
        y.withUnsafeBufferPointer { yp in
          gradient.withUnsafeMutableBufferPointer { gp in
            perSample.withUnsafeMutableBufferPointer { sp in
              for r in 0..<rows {
                let base = r * width
                var total = 0.0
                for j in 0..<width {
                  let e = pp[base + j] - yp[base + j]
                  total += Double(e * e)
                  gp[base + j] = (2 * e) / n * scale
                }
                sp[r] = total / Double(width)
              }
            }
          }
        }
      }
      return true
    case .sparseCategoricalCrossentropy(fromLogits: false):
      for label in y where Self.classIndex(label, classes: width) == nil {
        throw NeuralNetError.labelOutOfRange(label: Double(label), classes: width)
      }
      p.withUnsafeBufferPointer { pp in
        y.withUnsafeBufferPointer { yp in
          gradient.withUnsafeMutableBufferPointer { gp in
            perSample.withUnsafeMutableBufferPointer { sp in
              let eps = LossFunction.epsilon
              for r in 0..<rows {
                let base = r * width
                let label = Int(yp[r])
                // crossentropy(p, oneHot): only the label's term is non-zero.
                var s: Float = 0
                for j in 0..<width { s += pp[base + j] }
                let q = pp[base + label] / s
                let c = min(max(q, eps), 1 - eps)
                sp[r] = 0 - Double(log(c))
                let g: Float = q > eps && q < 1 - eps ? -1 / c : 0
                let dot = g * q
                for j in 0..<width { gp[base + j] = (0 - dot) / s * scale }
                gp[base + label] = (g - dot) / s * scale
              }
            }
          }
        }
      }
      return true
    default:
      return false
    }
  }
}
