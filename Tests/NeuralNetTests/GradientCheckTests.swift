import NeuralNet
import Tensor
import XCTest

/// Finite-difference checks of every activation, loss and layer backward pass.
final class GradientCheckTests: XCTestCase {
  let context = NeuralNetContext(seed: 7)

  /// Central differences of a scalar function of a float32 vector, computed in Double.
  func numericGradient(_ x: [Float], h: Float = 1e-2, _ f: ([Float]) throws -> Double) rethrows -> [Double] {
    var g = [Double](repeating: 0, count: x.count)
    for i in x.indices {
      var p = x
      var m = x
      p[i] += h
      m[i] -= h
      g[i] = (try f(p) - f(m)) / Double(2 * h)
    }
    return g
  }

  func assertClose(_ a: [Float], _ b: [Double], rtol: Double = 3e-2, atol: Double = 2e-3,
                   _ message: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(a.count, b.count, message, file: file, line: line)
    for (x, y) in zip(a, b) where abs(Double(x) - y) > atol + rtol * abs(y) {
      XCTFail("\(message): analytic \(a) vs numeric \(b)", file: file, line: line)
      return
    }
  }

  /// Inputs away from kinks (0, thresholds, ±3, 6).
  let inputs: [Float] = [-2.3, -1.1, -0.45, 0.37, 0.9, 1.7, 2.6, -0.8, 0.2, 7.1, -3.7, 1.3]

  func testEveryActivationDerivative() throws {
    let all: [ActivationFunction] = [
      .linear, .sigmoid, .tanh, .relu(), .relu(negativeSlope: 0.1, maxValue: 2, threshold: 0.5), .leakyReLU(),
      .elu(alpha: 0.7), .selu, .softmax, .softplus, .softsign, .swish, .gelu(), .gelu(approximate: true),
      .hardSigmoid, .exponential, .relu6, .mish,
    ]
    let weights: [Float] = inputs.indices.map { Float($0 % 5) - 1.7 }
    for act in all {
      let width = 4
      let y = act.apply(inputs, width: width)
      let analytic = act.gradient(z: inputs, y: y, dy: weights, width: width)
      let numeric = numericGradient(inputs, h: 1e-3) { z in
        zip(act.apply(z, width: width), weights).reduce(0.0) { $0 + Double($1.0 * $1.1) }
      }
      assertClose(analytic, numeric, "activation \(act.name)")
    }
  }

  func testEveryLossGradient() throws {
    let probs: [Float] = [0.2, 0.5, 0.3, 0.6, 0.1, 0.3]
    let onehot: [Float] = [0, 1, 0, 1, 0, 0]
    let cases: [(LossFunction, [Float], [Float])] = [
      (.meanSquaredError, [0.3, -1.2, 2.0, 0.7, 0.1, -0.4], [1, 0, 2.5, 0.2, -0.3, 0.1]),
      (.meanAbsoluteError, [0.3, -1.2, 2.0, 0.7, 0.1, -0.4], [1, 0, 2.5, 0.2, -0.3, 0.1]),
      (.meanAbsolutePercentageError, [0.3, -1.2, 2.0, 0.7, 0.1, -0.4], [1, 0.5, 2.5, 0.2, -0.3, 0.1]),
      (.meanSquaredLogarithmicError, [0.3, 1.2, 2.0, 0.7, 0.1, 0.4], [1, 0.5, 2.5, 0.2, 0.3, 0.1]),
      (.huber(), [0.3, -1.2, 2.0, 0.7, 0.1, -0.4], [1, 0, 0.5, 0.2, -0.3, 0.1]),
      (.logCosh, [0.3, -1.2, 2.0, 0.7, 0.1, -0.4], [1, 0, 2.5, 0.2, -0.3, 0.1]),
      (.binaryCrossentropy(), probs, onehot),
      (.binaryCrossentropy(fromLogits: true, labelSmoothing: 0.1), [0.3, -1.2, 2.0, 0.7, 0.1, -0.4], onehot),
      (.categoricalCrossentropy(), probs, onehot),
      (.categoricalCrossentropy(fromLogits: true, labelSmoothing: 0.2), [0.3, -1.2, 2.0, 0.7, 0.1, -0.4], onehot),
      (.hinge, [0.3, -1.2, 2.0, 0.7, 0.1, -0.4], onehot),
      (.squaredHinge, [0.3, -1.2, 2.0, 0.7, 0.1, -0.4], onehot),
      (.categoricalHinge, [0.3, -1.2, 2.0, 0.7, 0.1, -0.4], onehot),
      (.klDivergence, probs, [0.1, 0.7, 0.2, 0.5, 0.25, 0.25]),
      (.poisson, probs, [1, 0, 2, 0, 1, 3]),
    ]
    for (loss, p, y) in cases {
      let targets = Batch(values: y, shape: [2, 3])
      let analytic = try loss.compute(predictions: Batch(values: p, shape: [2, 3]), targets: targets).gradient
      let numeric = try numericGradient(p, h: 1e-3) { q in
        try loss.mean(predictions: Batch(values: q, shape: [2, 3]), targets: targets)
      }
      assertClose(analytic, numeric, "loss \(loss.name)")
    }
    let sparse = LossFunction.sparseCategoricalCrossentropy()
    let labels = Batch(values: [1, 0], shape: [2])
    let analytic = try sparse.compute(predictions: Batch(values: probs, shape: [2, 3]), targets: labels).gradient
    let numeric = try numericGradient(probs, h: 1e-3) { q in
      try sparse.mean(predictions: Batch(values: q, shape: [2, 3]), targets: labels)
    }
    assertClose(analytic, numeric, "loss sparse_categorical_crossentropy")
  }

  /// Checks dL/dx and dL/dθ of a layer for L = Σ w·layer(x).
  func checkLayer(_ layer: Layer, inputShape: [Int], batch: Int = 3, file: StaticString = #filePath, line: UInt = #line) throws {
    try layer.build(inputShape: inputShape)
    let count = batch * inputShape.reduce(1, *)
    let x: [Float] = (0..<count).map { Float(sin(Double($0) * 1.3)) * 1.5 + 0.05 }
    let outShape = try layer.outputShape(for: inputShape)
    let w: [Float] = (0..<(batch * outShape.reduce(1, *))).map { Float(cos(Double($0) * 0.9)) }
    func objective(_ input: [Float]) throws -> Double {
      let y = try layer.forward(Batch(values: input, shape: [batch] + inputShape), training: false)
      return zip(y.values, w).reduce(0.0) { $0 + Double($1.0 * $1.1) }
    }
    _ = try layer.forward(Batch(values: x, shape: [batch] + inputShape), training: false)
    let dx = try layer.backward(Batch(values: w, shape: [batch] + outShape))
    let paramGrads = layer.parameters.map(\.gradient)
    assertClose(dx.values, try numericGradient(x, h: 1e-3, objective), "\(layer.className) dx", file: file, line: line)
    for (p, analytic) in zip(layer.parameters, paramGrads) {
      let original = p.values
      let numeric = try numericGradient(original, h: 1e-3) { v in
        p.values = v
        return try objective(x)
      }
      p.values = original
      assertClose(analytic, numeric, "\(layer.className) d\(p.name)", file: file, line: line)
    }
  }

  func testDenseGradientsForEveryActivation() throws {
    for name in ActivationFunction.knownNames {
      let dense = try Dense(units: 4, activation: try .named(name), biasInitializer: .randomUniform(), context: context)
      try checkLayer(dense, inputShape: [3])
    }
  }

  func testDenseOnRank3Inputs() throws {
    try checkLayer(try Dense(units: 2, activation: .tanh, context: context), inputShape: [2, 3])
  }

  func testWeightlessLayersGradients() throws {
    try checkLayer(ActivationLayer.leakyReLU(context: context), inputShape: [4])
    try checkLayer(ActivationLayer.softmax(context: context), inputShape: [4])
    try checkLayer(ActivationLayer.elu(alpha: 0.5, context: context), inputShape: [4])
    try checkLayer(try ActivationLayer.reLU(maxValue: 1, context: context), inputShape: [4])
    try checkLayer(Flatten(context: context), inputShape: [2, 3])
    try checkLayer(try Dropout(rate: 0.5, context: context), inputShape: [4])
    try checkLayer(Lambda({ t in try t.binary(.multiply, scalar: .float(2), reversed: false) }, context: context), inputShape: [3])
  }

  func testPReLUGradients() throws {
    try checkLayer(PReLU(alphaInitializer: .constant(0.25), context: context), inputShape: [4])
    try checkLayer(PReLU(alphaInitializer: .randomUniform(), sharedAxes: [1], context: context), inputShape: [2, 3])
  }

  func testRegularizedDenseAddsPenaltyGradient() throws {
    let dense = try Dense(units: 2, kernelRegularizer: .l2(0.1), context: context)
    try dense.build(inputShape: [2])
    guard let kernel = dense.kernel else { return XCTFail("no kernel") }
    kernel.gradient = [0, 0, 0, 0]
    let before = kernel.values
    let penalty = Regularizer.l2(0.1).penalty(before)
    XCTAssertEqual(penalty, 0.1 * before.reduce(0.0) { $0 + Double($1 * $1) }, accuracy: 1e-6)
  }
}
