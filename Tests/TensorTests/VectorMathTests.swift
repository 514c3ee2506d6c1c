import Foundation
import XCTest

@testable import Tensor

/// The vectorised `exp` and logistic kernels against double-precision references, and the
/// mini-batch row gather.
final class VectorMathTests: XCTestCase {
  private func map(_ f: (UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void, _ x: [Float]) -> [Float] {
    var y = [Float](repeating: -1, count: x.count)
    x.withUnsafeBufferPointer { xp in
      y.withUnsafeMutableBufferPointer { yp in
        guard let xa = xp.baseAddress, let ya = yp.baseAddress else { return }
        f(xa, ya, x.count)
      }
    }
    return y
  }

  private func exp(_ x: [Float]) -> [Float] { map({ VectorKernels.exp($0, into: $1, count: $2) }, x) }
  private func logistic(_ x: [Float]) -> [Float] { map({ VectorKernels.logistic($0, into: $1, count: $2) }, x) }

  /// Distance in units in the last place between a float and the exact value, as a double.
  private func ulps(_ value: Float, _ exact: Double) -> Double {
    let rounded = Float(exact)
    guard rounded.isFinite, rounded != 0 else { return value == rounded ? 0 : .infinity }
    return abs(Double(value) - exact) / Double(rounded.ulp)
  }

  private var samples: [Float] {
    var x: [Float] = []
    var v: Float = -103.5
    while v < 88.5 {
      x.append(v)
      v += 0.0137
    }
    return x + [0, -0.0, 1e-30, -1e-30, 0.5, -0.5, 1, -1, 88.7, -87.3]
  }

  func testExpIsWithinTwoUlpsWhereTheResultIsNormal() {
    let x = samples
    let y = exp(x)
    var worst = 0.0
    for (xi, yi) in zip(x, y) {
      let exact = Foundation.exp(Double(xi))
      if exact >= Double(Float.leastNormalMagnitude) {
        worst = max(worst, ulps(yi, exact))
      } else {
        // Subnormal results: within one subnormal step.
        XCTAssertLessThanOrEqual(abs(Double(yi) - exact), Double(Float.leastNonzeroMagnitude), "exp(\(xi))")
      }
    }
    XCTAssertLessThanOrEqual(worst, 2, "worst error in ulps")
    XCTAssertEqual(exp([0, -0.0]), [1, 1])
  }

  func testExpEdgesMatchTheScalarFunction() {
    let y = exp([.infinity, -.infinity, 89, 1000, -104, -1000, .nan, -.nan])
    XCTAssertEqual(Array(y[0..<6]), [.infinity, 0, .infinity, .infinity, 0, 0])
    XCTAssertTrue(y[6].isNaN && y[7].isNaN)
  }

  func testLogisticIsWithinThreeUlpsAndStableAtTheEnds() {
    let x = samples.map { $0 / 2 } + samples.map { -$0 / 2 }
    let y = logistic(x)
    for (xi, yi) in zip(x, y) {
      let exact = 1 / (1 + Foundation.exp(-Double(xi)))
      if exact >= Double(Float.leastNormalMagnitude) {
        XCTAssertLessThanOrEqual(ulps(yi, exact), 3, "logistic(\(xi)) = \(yi), exact \(exact)")
      } else {
        XCTAssertLessThanOrEqual(abs(Double(yi) - exact), Double(Float.leastNonzeroMagnitude), "logistic(\(xi))")
      }
    }
    let ends = logistic([.infinity, -.infinity, 200, -200, 0, .nan])
    XCTAssertEqual(Array(ends[0..<5]), [1, 0, 1, 0, 0.5])
    XCTAssertTrue(ends[5].isNaN)
  }

  func testEveryElementGetsTheSameBitsWhereverItSitsInTheArray() {
    // Lengths around the 16-lane step: the tail runs on a padded copy of the same vector code.
    let x = (0..<53).map { Float($0) * 0.77 - 20 }
    for count in [1, 3, 15, 16, 17, 33, 53] {
      let part = Array(x[0..<count])
      let one = part.map { exp([$0])[0] }
      XCTAssertEqual(exp(part).map(\.bitPattern), one.map(\.bitPattern), "exp, \(count) values")
      let oneLogistic = part.map { logistic([$0])[0] }
      XCTAssertEqual(logistic(part).map(\.bitPattern), oneLogistic.map(\.bitPattern), "logistic, \(count) values")
    }
  }

  func testInPlaceUseGivesTheSameValues() {
    var x: [Float] = (0..<40).map { Float($0) - 20 }
    let expected = logistic(x)
    x.withUnsafeMutableBufferPointer { p in
      guard let a = p.baseAddress else { return }
      VectorKernels.logistic(a, into: a, count: p.count)
    }
    XCTAssertEqual(x, expected)
  }

  func testGatherRowsCopiesEachRowWhole() {
    // The last, 33 rows of 784, is copied in bands of rows across the worker pool.
    for width in [1, 3, 4, 15, 16, 40, 784] {
      let source = (0..<(10 * width)).map(Float.init)
      let rows = width < 784 ? [7, 0, 9, 3, 3] : (0..<33).map { $0 * 7 % 10 }
      var target = [Float](repeating: -1, count: rows.count * width)
      source.withUnsafeBufferPointer { s in
        rows.withUnsafeBufferPointer { r in
          target.withUnsafeMutableBufferPointer { t in
            guard let sa = s.baseAddress, let ta = t.baseAddress else { return }
            VectorKernels.gatherRows(r, width: width, from: sa, into: ta)
          }
        }
      }
      XCTAssertEqual(target, rows.flatMap { source[($0 * width)..<(($0 + 1) * width)] }, "width \(width)")
    }
  }
}
