@testable import NeuralNet
import Tensor
import XCTest

/// Dense's fused bias + activation passes on batches large enough to be cut into bands of rows
/// across the worker pool: the same bits as the element-wise definitions on the whole batch.
final class FusedActivationTests: XCTestCase {
  let every: [ActivationFunction] = [
    .linear, .sigmoid, .tanh, .relu(), .relu(negativeSlope: 0.1, maxValue: 2, threshold: 0.5), .leakyReLU(),
    .elu(alpha: 0.7), .selu, .softmax, .softplus, .softsign, .swish, .gelu(), .hardSigmoid, .relu6, .mish,
  ]

  /// 1,001 rows of 37 (37,037 values: two bands of at least `VectorKernels.parallelMinimum`;
  /// an odd row count).
  let rows = 1001
  let width = 37

  func values(_ count: Int, scale: Float, shift: Int) -> [Float] {
    (0..<count).map { Float(($0 * 7919 + shift) % 1013) / 1013 * scale - scale / 2 }
  }

  /// `act.backward` on whole arrays of `rows` rows of `width`: dL/dz.
  func backward(_ act: ActivationFunction, z: [Float], y: [Float], dy: [Float], rows: Int) -> [Float] {
    var dz = [Float](repeating: .nan, count: z.count)
    z.withUnsafeBufferPointer { zp in
      y.withUnsafeBufferPointer { yp in
        dy.withUnsafeBufferPointer { dyp in
          dz.withUnsafeMutableBufferPointer { dzp in
            guard let za = zp.baseAddress, let ya = yp.baseAddress, let da = dyp.baseAddress, let out = dzp.baseAddress
            else { return }
            act.backward(z: za, y: ya, dy: da, into: out, rows: rows, width: width)
          }
        }
      }
    }
    return dz
  }

  func testBiasAndActivationForwardOnSplitBatches() {
    XCTAssertGreaterThanOrEqual(rows * width, 2 * VectorKernels.parallelMinimum)
    let z0 = values(rows * width, scale: 8, shift: 3)
    let bias = values(width, scale: 2, shift: 11)
    for act in every {
      var withBias = z0
      for r in 0..<rows { for j in 0..<width { withBias[r * width + j] += bias[j] } }
      let expected = act.apply(withBias, width: width)
      var z = z0
      var y = [Float](repeating: .nan, count: z0.count)
      z.withUnsafeMutableBufferPointer { zp in
        y.withUnsafeMutableBufferPointer { yp in
          bias.withUnsafeBufferPointer { bp in
            guard let za = zp.baseAddress, let ya = yp.baseAddress, let ba = bp.baseAddress else { return }
            act.forwardAddingBias(za, bias: ba, into: ya, rows: rows, width: width)
          }
        }
      }
      XCTAssertEqual(z.map(\.bitPattern), withBias.map(\.bitPattern), "z + b, \(act.name)")
      XCTAssertEqual(y.map(\.bitPattern), expected.map(\.bitPattern), "f(z + b), \(act.name)")
    }
  }

  func testActivationBackwardOnSplitBatches() {
    let z = values(rows * width, scale: 8, shift: 5)
    let dy = values(rows * width, scale: 3, shift: 17)
    for act in every {
      let y = act.apply(z, width: width)
      let expected = act.gradient(z: z, y: y, dy: dy, width: width)
      let dz = backward(act, z: z, y: y, dy: dy, rows: rows)
      XCTAssertEqual(dz.map(\.bitPattern), expected.map(\.bitPattern), "dL/dz, \(act.name)")
    }
  }

  /// ReLU's vector kernels on the values where a max or a mask could go wrong: NaN, ±0, ±∞
  /// and denormals, in the vector body and the scalar tail (rows of 37), with and without bias.
  func testReLUKernelsOnSpecialValuesMatchTheDefinitionBitForBit() {
    let special: [Float] = [.nan, -0.0, 0, .infinity, -.infinity, 1e-40, -1e-40, 3, -3, .leastNonzeroMagnitude]
    let z0 = (0..<(3 * width)).map { special[$0 % special.count] }
    let dy = (0..<(3 * width)).map { special[($0 * 3 + 1) % special.count] }
    for bias in [nil, [Float](repeating: -0.0, count: width)] {
      var withBias = z0
      if let bias { for i in withBias.indices { withBias[i] += bias[i % width] } }
      let relu = ActivationFunction.relu()
      let expected = relu.apply(withBias, width: width)
      var z = z0
      var y = [Float](repeating: 7, count: z0.count)
      z.withUnsafeMutableBufferPointer { zp in
        y.withUnsafeMutableBufferPointer { yp in
          guard let za = zp.baseAddress, let ya = yp.baseAddress else { return }
          if let bias {
            bias.withUnsafeBufferPointer {
              relu.forwardAddingBias(za, bias: $0.baseAddress, into: ya, rows: 3, width: width)
            }
          } else {
            relu.forwardAddingBias(za, bias: nil, into: ya, rows: 3, width: width)
          }
        }
      }
      XCTAssertEqual(z.map(\.bitPattern), withBias.map(\.bitPattern), "z + b")
      XCTAssertEqual(y.map(\.bitPattern), expected.map(\.bitPattern), "relu(z + b)")
      let expectedDz = relu.gradient(z: z, y: y, dy: dy, width: width)
      let dz = backward(relu, z: z, y: y, dy: dy, rows: 3)
      XCTAssertEqual(dz.map(\.bitPattern), expectedDz.map(\.bitPattern), "relu backward")
    }
  }
}
