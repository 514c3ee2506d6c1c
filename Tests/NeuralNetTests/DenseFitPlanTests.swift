import Tensor
import XCTest

@testable import NeuralNet

/// `fit` on a `DenseFitPlan` gives the same bits as the generic layer-by-layer loop.
final class DenseFitPlanTests: XCTestCase {
  /// A model from `build` in a context seeded with `seed`, trained once with the plan and once
  /// without, from the same start and with the same shuffles; histories and weights must be
  /// identical bit for bit.
  func assertSameTraining(
    seed: UInt32, x: Tensor, y: Tensor, options: FitOptions, file: StaticString = #filePath, line: UInt = #line,
    build: (NeuralNetContext) throws -> Sequential, inspect: (Sequential) -> Void = { _ in }
  ) throws {
    var results: [(loss: [Double], metrics: [String: [Double]], weights: [[UInt32]])] = []
    for usesPlan in [true, false] {
      let context = NeuralNetContext(seed: seed)
      let model = try build(context)
      model.usesFitPlan = usesPlan
      let history = try model.fit(x: x, y: y, options: options)
      XCTAssertEqual(model.lastFitUsedPlan, usesPlan, file: file, line: line)
      inspect(model)
      results.append((
        history.history["loss"] ?? [], history.history.filter { $0.key != "loss" },
        model.getWeights().map { $0.floats.map(\.bitPattern) }
      ))
    }
    XCTAssertEqual(results[0].loss.map(\.bitPattern), results[1].loss.map(\.bitPattern), "loss", file: file, line: line)
    XCTAssertEqual(results[0].metrics, results[1].metrics, "metrics", file: file, line: line)
    XCTAssertEqual(results[0].weights, results[1].weights, "weights", file: file, line: line)
    XCTAssertEqual(results[0].loss.count, options.epochs, file: file, line: line)
  }

  func irisLike(_ n: Int) throws -> (Tensor, Tensor) {
    let x = (0..<(4 * n)).map { Float(sin(Double($0) * 0.7)) }
    let y = (0..<n).map { Float($0 % 3) }
    return (try Tensor(x, shape: [n, 4]), try Tensor(y, shape: [n]))
  }

  func testLessonNetworkWithAShortLastBatch() throws {
    let x = try Tensor((0..<99).map { Float($0 % 50) / 10 }, shape: [99, 1])
    let y = try Tensor((0..<99).map { Float($0 < 50 ? 0 : 1) }, shape: [99])
    var options = FitOptions()
    options.epochs = 5
    try assertSameTraining(seed: 7, x: x, y: y, options: options) { context in
      let model = try Sequential(
        layers: [
          try Dense(units: 3, activation: .sigmoid, inputDim: 1, context: context),
          try Dense(units: 1, activation: .sigmoid, context: context),
        ], context: context)
      try model.compile(loss: .meanSquaredError)
      return model
    }
  }

  func testSoftmaxClassifierWithAdamAndAccuracy() throws {
    let (x, y) = try irisLike(150)
    var options = FitOptions()
    options.epochs = 4
    options.batchSize = 16
    try assertSameTraining(seed: 3, x: x, y: y, options: options) { context in
      let model = try Sequential(
        layers: [
          try Dense(units: 16, activation: .relu(), inputDim: 4, context: context),
          try Dense(units: 16, activation: .relu(), context: context),
          try Dense(units: 3, activation: .softmax, context: context),
        ], context: context)
      try model.compile(
        optimizer: Adam(), loss: .sparseCategoricalCrossentropy(fromLogits: false),
        metrics: [try Metric.named("accuracy")])
      return model
    }
  }

  func testNoBiasTanhRegularizedKernelAndValidation() throws {
    let (x, y) = try irisLike(60)
    var options = FitOptions()
    options.epochs = 3
    options.batchSize = 8
    options.validationSplit = 0.25
    try assertSameTraining(seed: 11, x: x, y: y, options: options) { context in
      let model = try Sequential(
        layers: [
          try Dense(
            units: 5, activation: .tanh, useBias: false, kernelRegularizer: Regularizer(l2: 0.01), inputDim: 4,
            context: context),
          try Dense(units: 3, context: context),
        ], context: context)
      try model.compile(
        optimizer: try SGD(learningRate: 0.05, momentum: 0.9), loss: .sparseCategoricalCrossentropy(fromLogits: true))
      return model
    }
  }

  /// Batches of 32 through a 256-64 layer: the plan reads the batch's samples where they lie
  /// (each thread packing half of their columns for a depth-split product) and updates each
  /// band of the first kernel right after computing its gradient; the last batch of 4 takes
  /// the plain path. Adam with weight decay, SGD with momentum, and a clipping Adam (never
  /// updated in bands).
  func testLargeFirstLayerUpdatedInBandsMatchesTheGenericLoop() throws {
    let n = 100
    let x = try Tensor((0..<(n * 256)).map { Float(sin(Double($0) * 0.37)) }, shape: [n, 256])
    let y = try Tensor((0..<n).map { Float($0 % 10) }, shape: [n])
    var options = FitOptions()
    options.epochs = 3
    options.batchSize = 32
    let optimizers: [() throws -> Optimizer] = [
      { Adam(weightDecay: 0.004) }, { try SGD(momentum: 0.9) }, { Adam(clipnorm: 1) },
    ]
    for (index, makeOptimizer) in optimizers.enumerated() {
      var inBands: [Int] = []
      try assertSameTraining(seed: 5, x: x, y: y, options: options) { context in
        let model = try Sequential(
          layers: [
            try Dense(units: 64, activation: .relu(), inputDim: 256, context: context),
            try Dense(units: 10, activation: .softmax, context: context),
          ], context: context)
        try model.compile(optimizer: try makeOptimizer(), loss: .sparseCategoricalCrossentropy(fromLogits: false))
        return model
      } inspect: { model in
        inBands.append(model.lastFitStepsUpdatingInBackward)
      }
      // Three full batches per epoch in bands (with two threads), never without the plan or with clipping.
      let expected = WorkerPool.shared.width > 1 && index < 2 ? 9 : 0
      XCTAssertEqual(inBands, [expected, 0], "optimizer \(index)")
    }
  }

  func testOnlyPlainDenseStacksGetAPlan() throws {
    let context = NeuralNetContext()
    let dense = try Dense(units: 2, inputDim: 3, context: context)
    try dense.build(inputShape: [3])
    XCTAssertNotNil(DenseFitPlan(layers: [dense], features: 3, maxRows: 4))
    XCTAssertNil(DenseFitPlan(layers: [dense], features: 5, maxRows: 4), "kernel does not fit the input width")
    XCTAssertNil(DenseFitPlan(layers: [], features: 3, maxRows: 4))
    let dropout = try Dropout(rate: 0.5, context: context)
    XCTAssertNil(DenseFitPlan(layers: [dense, dropout], features: 3, maxRows: 4))
    let active = try Dense(units: 2, activityRegularizer: Regularizer(l1: 0.1), inputDim: 3, context: context)
    try active.build(inputShape: [3])
    XCTAssertNil(DenseFitPlan(layers: [active], features: 3, maxRows: 4))
  }

  /// A plan that reads a batch where it lies leaves the caller's batch buffer untouched and
  /// computes the outputs and every gradient of the same plan on the gathered batch.
  func testReadingSamplesInPlaceMatchesTheGatheredBatch() throws {
    let context = NeuralNetContext(seed: 3)
    let first = try Dense(units: 64, activation: .relu(), inputDim: 256, context: context)
    let second = try Dense(units: 10, activation: .softmax, context: context)
    try first.build(inputShape: [256])
    try second.build(inputShape: [64])
    let layers: [Layer] = [first, second]
    let dataset = (0..<(90 * 256)).map { Float(sin(Double($0) * 0.13)) }
    let indices = (0..<32).map { ($0 * 37 + 5) % 90 }
    let gathered = indices.flatMap { dataset[($0 * 256)..<($0 * 256 + 256)] }
    let dy = (0..<(32 * 10)).map { Float(cos(Double($0) * 0.7)) / 32 }
    var runs: [(output: [UInt32], gradients: [[UInt32]])] = []
    for inPlace in [true, false] {
      let plan = try XCTUnwrap(DenseFitPlan(layers: layers, features: 256, maxRows: 32))
      XCTAssertEqual(plan.readsInPlace(rows: 32), WorkerPool.shared.width > 1 && Tensor.packedGEMM)
      var x = inPlace ? [Float](repeating: .nan, count: 32 * 256) : gathered
      var output: [UInt32] = []
      dataset.withUnsafeBufferPointer { data in
        indices.withUnsafeBufferPointer { rows in
          dy.withUnsafeBufferPointer { gradient in
            x.withUnsafeMutableBufferPointer { xp in
              guard let source = data.baseAddress, let xa = xp.baseAddress, let ga = gradient.baseAddress
              else { return }
              let y = inPlace ? plan.forward(gathering: rows, from: source, into: xa) : plan.forward(xa, rows: 32)
              output = (0..<(32 * 10)).map { y[$0].bitPattern }
              plan.backward(xa, outputGradient: ga, rows: 32)
            }
          }
        }
      }
      if inPlace && plan.readsInPlace(rows: 32) { XCTAssertTrue(x.allSatisfy(\.isNaN), "the batch buffer was written") }
      let parameters = layers.flatMap(\.parameters)
      runs.append((output, parameters.map { $0.gradient.map(\.bitPattern) }))
    }
    XCTAssertEqual(runs[0].output, runs[1].output, "outputs")
    XCTAssertEqual(runs[0].gradients, runs[1].gradients, "gradients")
  }
}
