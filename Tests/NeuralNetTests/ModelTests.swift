import Foundation
import NeuralNet
import Tensor
import XCTest

/// Model behaviour: naming, errors, callbacks, interruption, NaN, save/load.
final class ModelTests: XCTestCase {
  func makeModel(_ context: NeuralNetContext, loss: LossFunction = .meanSquaredError) throws -> Sequential {
    let model = try Sequential(
      layers: [try Dense(units: 4, activation: .relu(), inputDim: 2, context: context),
               try Dense(units: 1, context: context)], context: context)
    try model.compile(optimizer: try SGD(learningRate: 0.05), loss: loss)
    return model
  }

  func data(_ n: Int = 20) throws -> (Tensor, Tensor) {
    let x = (0..<(2 * n)).map { Float(sin(Double($0))) }
    let y = (0..<n).map { Float(x[2 * $0] - x[2 * $0 + 1]) }
    return (try Tensor(x, shape: [n, 2]), try Tensor(y, shape: [n, 1]))
  }

  func testAutomaticNamesAndSnakeCase() throws {
    let context = NeuralNetContext()
    let a = try Dense(units: 1, context: context)
    let b = try Dense(units: 1, context: context)
    XCTAssertEqual([a.name, b.name], ["dense", "dense_1"])
    XCTAssertEqual(ActivationLayer.leakyReLU(context: context).name, "leaky_re_lu")
    XCTAssertEqual(PReLU(context: context).name, "p_re_lu")
    XCTAssertEqual(try Sequential(context: context).name, "sequential")
    XCTAssertEqual(try Sequential(context: context).name, "sequential_1")
    context.clearSession()
    XCTAssertEqual(try Dense(units: 1, context: context).name, "dense")
  }

  func testWrongInputWidthNamesLayerAndShapes() throws {
    let context = NeuralNetContext()
    let model = try makeModel(context)
    let before = model.getWeights()
    XCTAssertThrowsError(try model.fit(x: try Tensor([Float](repeating: 0, count: 9), shape: [3, 3]),
                                       y: try Tensor([Float](repeating: 0, count: 3), shape: [3, 1]))) { error in
      let text = "\(error)"
      XCTAssertTrue(text.contains("dense") && text.contains("(None, 2)") && text.contains("(3, 3)"), text)
    }
    XCTAssertEqual(model.getWeights(), before)
  }

  func testTargetsThatNameNoClassNeverCrash() throws {
    // class_weight looks up each target's class; an infinite or NaN target has none (weight 1),
    // and the NaN loss it gives is recorded, not fatal.
    let context = NeuralNetContext()
    let (x, _) = try data()
    let model = try makeModel(context)
    var values: [Float] = (0..<20).map { Float($0 % 2) }
    values[3] = .infinity
    values[4] = .nan
    let targets = try Tensor(values, shape: [20, 1])
    var options = FitOptions()
    options.epochs = 1
    options.classWeight = [0: 1, 1: 2]
    let history = try model.fit(x: x, y: targets, options: options)
    XCTAssertEqual(history.history["loss"]?.count, 1)
    // A saved config's whole numbers: only exact, finite ones are integers.
    XCTAssertEqual(ConfigValue.double(3).integer, 3)
    XCTAssertNil(ConfigValue.double(2.5).integer)
    XCTAssertNil(ConfigValue.double(.infinity).integer)
    XCTAssertNil(ConfigValue.double(.nan).integer)
    XCTAssertNil(ConfigValue.double(1e300).integer)
  }

  func testDataErrors() throws {
    let context = NeuralNetContext()
    let (x, y) = try data()
    let uncompiled = try Sequential(layers: [try Dense(units: 1, inputDim: 2, context: context)], context: context)
    XCTAssertThrowsError(try uncompiled.fit(x: x, y: y)) { XCTAssertEqual($0 as? NeuralNetError, .notCompiled) }
    let model = try makeModel(context)
    let short = try Tensor([Float](repeating: 0, count: 5), shape: [5, 1])
    XCTAssertThrowsError(try model.fit(x: x, y: short)) {
      XCTAssertEqual($0 as? NeuralNetError, .sampleCountMismatch(x: 20, y: 5))
    }
    let classifier = try Sequential(
      layers: [try Dense(units: 3, activation: .softmax, inputDim: 2, context: context)], context: context)
    try classifier.compile(loss: .sparseCategoricalCrossentropy(), metrics: [try Metric.named("accuracy")])
    let labels = Tensor((0..<20).map { $0 % 4 })
    XCTAssertThrowsError(try classifier.fit(x: x, y: labels)) {
      XCTAssertEqual($0 as? NeuralNetError, .labelOutOfRange(label: 3, classes: 3))
    }
    // Labels that are no class at all are errors too, never a crash converting them.
    for bad in [Float.infinity, -.infinity, .nan, 1.5, -1, 1e30] {
      let odd = try Tensor((0..<20).map { $0 == 7 ? bad : Float($0 % 3) }, shape: [20])
      XCTAssertThrowsError(try classifier.fit(x: x, y: odd), "label \(bad)") {
        guard case .labelOutOfRange = $0 as? NeuralNetError else { return XCTFail("\($0)") }
      }
      XCTAssertThrowsError(
        try LossFunction.sparseCategoricalCrossentropy().compute(
          predictions: Batch(values: [0.2, 0.3, 0.5], shape: [1, 3]), targets: Batch(values: [bad], shape: [1])))
    }
    XCTAssertThrowsError(try ActivationFunction.named("LeakyReLU")) {
      XCTAssertTrue("\($0)".contains("Did you mean 'leaky_relu'"), "\($0)")
    }
    XCTAssertThrowsError(try OptimizerFactory.named("adamm")) { XCTAssertTrue("\($0)".contains("'adam'")) }
    XCTAssertThrowsError(try LossFunction.named("mean_squared_eror")) { XCTAssertTrue("\($0)".contains("mean_squared_error")) }
    XCTAssertEqual(try OptimizerFactory.named("RMSProp").className, "RMSprop")
  }

  func testHistoryKeysAccuracyResolutionAndValidationSplit() throws {
    let context = NeuralNetContext()
    let (x, _) = try data(30)
    let model = try Sequential(
      layers: [try Dense(units: 1, activation: .sigmoid, inputDim: 2, context: context)], context: context)
    try model.compile(optimizer: Adam(), loss: .binaryCrossentropy(), metrics: [try Metric.named("accuracy")])
    let y = try Tensor((0..<30).map { Float($0 % 2) }, shape: [30, 1])
    var options = FitOptions()
    options.epochs = 3
    options.validationSplit = 0.2
    let history = try model.fit(x: x, y: y, options: options)
    XCTAssertEqual(history.keys, ["accuracy", "loss", "val_accuracy", "val_loss"])
    XCTAssertEqual(history.epoch, [0, 1, 2])
    XCTAssertEqual(history.params["steps"], 1)
    XCTAssertEqual(model.metrics.first?.kind, .binaryAccuracy(threshold: 0.5))
    let evaluation = try model.evaluate(x: x, y: y)
    XCTAssertEqual(evaluation.map(\.name), ["loss", "accuracy"])
  }

  func testEarlyStoppingRestoresBestWeights() throws {
    let context = NeuralNetContext()
    let (x, y) = try data()
    let model = try makeModel(context)
    try model.compile(optimizer: try SGD(learningRate: 5), loss: .meanSquaredError)
    let stopper = EarlyStopping(monitor: "loss", patience: 1, restoreBestWeights: true)
    var options = FitOptions()
    options.epochs = 50
    options.callbacks = [stopper]
    let history = try model.fit(x: x, y: y, options: options)
    XCTAssertLessThan(history.epoch.count, 50)
    XCTAssertGreaterThan(stopper.stoppedEpoch, 0)
  }

  func testBatchHooksRunOnlyForCallbacksThatWantThem() throws {
    /// Counts its hooks; wants batch hooks only for even batches.
    final class EvenBatches: Callback {
      var begins = 0
      var ends: [Int] = []
      var epochEnds = 0
      func wantsBatchHooks(batch: Int) -> Bool { batch % 2 == 0 }
      func onBatchBegin(model: Sequential, batch: Int, logs: [String: Double]) throws { begins += 1 }
      func onBatchEnd(model: Sequential, batch: Int, logs: [String: Double]) throws {
        XCTAssertNotNil(logs["loss"])
        ends.append(batch)
      }
      func onEpochEnd(model: Sequential, epoch: Int, logs: [String: Double]) throws { epochEnds += 1 }
    }
    let context = NeuralNetContext()
    let (x, y) = try data(64)
    let model = try makeModel(context)
    let even = EvenBatches()
    var epochOnly = 0
    var options = FitOptions()
    options.epochs = 2
    options.batchSize = 16
    options.callbacks = [even, LambdaCallback(onEpochEnd: { _, _ in epochOnly += 1 })]
    _ = try model.fit(x: x, y: y, options: options)
    XCTAssertEqual(even.ends, [0, 2, 0, 2])
    XCTAssertEqual(even.begins, 4)
    XCTAssertEqual(even.epochEnds, 2)
    XCTAssertEqual(epochOnly, 2)
    XCTAssertFalse(LambdaCallback(onEpochEnd: { _, _ in }).wantsBatchHooks(batch: 0))
    XCTAssertTrue(LambdaCallback(onBatchEnd: { _, _ in }).wantsBatchHooks(batch: 0))
    XCTAssertFalse(EarlyStopping().wantsBatchHooks(batch: 0))
  }

  func testNaNLossIsRecordedNotFatal() throws {
    let context = NeuralNetContext()
    let (x, y) = try data()
    let model = try makeModel(context)
    try model.compile(optimizer: try SGD(learningRate: 1e6), loss: .meanSquaredError)
    var options = FitOptions()
    options.epochs = 6
    let history = try model.fit(x: x, y: y, options: options)
    XCTAssertEqual(history.history["loss"]?.count, 6)
    XCTAssertTrue(history.history["loss"]?.contains { !$0.isFinite } ?? false)
  }

  func testInterruptKeepsCompletedEpochs() throws {
    struct Interrupted: Error {}
    let context = NeuralNetContext()
    let (x, y) = try data(64)
    let model = try makeModel(context)
    var calls = 0
    var options = FitOptions()
    options.epochs = 5
    options.shouldStop = {
      calls += 1
      if calls == 5 { throw Interrupted() }
    }
    var batches = 0
    options.callbacks = [LambdaCallback(onBatchEnd: { _, logs in
      batches += 1
      XCTAssertNotNil(logs["loss"])
    })]
    XCTAssertThrowsError(try model.fit(x: x, y: y, options: options)) { XCTAssertTrue($0 is Interrupted) }
    XCTAssertEqual(batches, 4)
    XCTAssertEqual(model.history?.epoch, [0, 1])
  }

  func testWeightedMetricsAreNamedAsInKerasAndSurviveSaving() throws {
    let context = NeuralNetContext()
    let (x, y) = try data()
    let model = try makeModel(context)
    try model.compile(
      optimizer: try SGD(learningRate: 0.05), loss: .meanSquaredError, metrics: [try Metric.named("mae")],
      weightedMetrics: [try Metric.named("mae"), try Metric.named("mse")])
    XCTAssertEqual(model.metrics.map(\.name), ["mae", "weighted_mae", "mse"])
    XCTAssertEqual(model.metrics.map(\.weighted), [false, true, true])
    // Weights of 0 and 2 on alternate samples: the weighted mae differs from the plain one.
    var options = FitOptions()
    options.epochs = 1
    options.shuffle = false
    options.sampleWeight = Tensor((0..<20).map { Double($0 % 2 * 2) })
    let logs = try model.fit(x: x, y: y, options: options).history
    let plain = try XCTUnwrap(logs["mae"]?.first)
    let weighted = try XCTUnwrap(logs["weighted_mae"]?.first)
    XCTAssertNotEqual(plain, weighted, accuracy: 1e-6)
    try withTemporaryDirectory { dir in
      let path = dir.appendingPathComponent("weighted.keras").path
      try model.save(to: path)
      let loaded = try Sequential.load(from: path, context: NeuralNetContext())
      XCTAssertEqual(loaded.metrics.map(\.name), ["mae", "weighted_mae", "mse"])
      XCTAssertEqual(loaded.metrics.map(\.weighted), [false, true, true])
    }
  }

  /// Runs `body` with a new temporary folder, removed afterwards.
  func withTemporaryDirectory(_ body: (URL) throws -> Void) throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nn-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try body(dir)
  }

  func testSaveLoadRoundTripAndCorruptFiles() throws {
    let context = NeuralNetContext()
    let (x, y) = try data()
    let model = try makeModel(context)
    _ = try model.fit(x: x, y: y)
    try withTemporaryDirectory { dir in
      let path = dir.appendingPathComponent("m.keras").path
      try model.save(to: path)
      let loaded = try Sequential.load(from: path, context: NeuralNetContext())
      XCTAssertEqual(try loaded.predict(x), try model.predict(x))
      XCTAssertEqual(loaded.layers.map(\.name), model.layers.map(\.name))
      XCTAssertEqual(loaded.loss, .meanSquaredError)
      XCTAssertThrowsError(try model.save(to: dir.appendingPathComponent("noext").path))
      let corrupt = dir.appendingPathComponent("bad.keras").path
      FileManager.default.createFile(atPath: corrupt, contents: Data("{\"format\": 1".utf8))
      XCTAssertThrowsError(try Sequential.load(from: corrupt, context: context)) {
        XCTAssertTrue("\($0)".contains("not a Neurona model"), "\($0)")
      }
      FileManager.default.createFile(atPath: corrupt, contents: Data([0x50, 0x4B, 3, 4]))
      XCTAssertThrowsError(try Sequential.load(from: corrupt, context: context)) {
        XCTAssertTrue("\($0)".contains("ZIP"), "\($0)")
      }
    }
  }

  func testDropoutIsInvertedAndOnlyInTraining() throws {
    let context = NeuralNetContext()
    let dropout = try Dropout(rate: 0.5, seed: 1, context: context)
    let ones = Batch(values: [Float](repeating: 1, count: 1000), shape: [100, 10])
    XCTAssertEqual(try dropout.forward(ones, training: false), ones)
    let trained = try dropout.forward(ones, training: true).values
    XCTAssertEqual(Set(trained), [0, 2])
  }

  func testSetWeightsChecksShapes() throws {
    let context = NeuralNetContext()
    let model = try makeModel(context)
    XCTAssertEqual(model.getWeights().map(\.shape), [[2, 4], [4], [4, 1], [1]])
    XCTAssertThrowsError(try model.setWeights([try Tensor.zeros([2, 4], dtype: .float32)]))
    let layer = model.layers[0]
    XCTAssertThrowsError(try layer.setWeights([try Tensor.zeros([3, 4]), try Tensor.zeros([4])]))
  }
}
