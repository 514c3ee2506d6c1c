import Foundation
import NeuralNet
import Tensor
import XCTest

/// Extreme arguments that used to trap (overflow, `Int(inf)`, negative counts, huge
/// allocations) or hang: each must now throw, leaving the model usable.
final class ExtremeInputTests: XCTestCase {
  func makeModel(_ context: NeuralNetContext) throws -> Sequential {
    let model = try Sequential(layers: [try Dense(units: 1, inputDim: 2, context: context)], context: context)
    try model.compile(optimizer: try SGD(learningRate: 0.05), loss: .meanSquaredError)
    return model
  }

  func testFitWithoutSamplesStillChecksForInterrupts() throws {
    struct Interrupted: Error {}
    let model = try makeModel(NeuralNetContext())
    var options = FitOptions()
    // Many epochs, not Int.max: without the check a regression finishes them (and fails the
    // assertion) in about a second instead of hanging the suite.
    options.epochs = 100_000
    options.shouldStop = { throw Interrupted() }
    let empty = try Tensor([Float](), shape: [0, 2])
    XCTAssertThrowsError(try model.fit(x: empty, y: try Tensor([Float](), shape: [0, 1]), options: options)) {
      XCTAssertTrue($0 is Interrupted)
    }
  }

  func testHugeBatchSizeAndValidationSplit() throws {
    let model = try makeModel(NeuralNetContext())
    let x = try Tensor((0..<8).map(Float.init), shape: [4, 2])
    let y = try Tensor([1, 2, 3, 4], shape: [4, 1])
    var options = FitOptions()
    options.batchSize = Int.max
    XCTAssertEqual(try model.fit(x: x, y: y, options: options).params["steps"], 1)
    for split in [Double.infinity, 1e300] {
      options.validationSplit = split
      XCTAssertThrowsError(try model.fit(x: x, y: y, options: options)) {
        XCTAssertEqual($0 as? NeuralNetError, .invalidValidationSplit(split: split, samples: 4))
      }
    }
  }

  func testFlattenOfAnOverflowingShapeThrows() throws {
    let context = NeuralNetContext()
    let flatten = Flatten(context: context)
    XCTAssertThrowsError(try flatten.outputShape(for: [1 << 32, 1 << 32]))
    XCTAssertEqual(try flatten.outputShape(for: [2, 3]), [6])
  }

  func testInitializersRejectNegativeAndSkipEmptyShapes() throws {
    let random = RandomState()
    XCTAssertThrowsError(try Initializer.identity().make([-1, 3], random: random))
    XCTAssertThrowsError(try Initializer.orthogonal().make([-1, 3], random: random))
    XCTAssertEqual(try Initializer.orthogonal().make([0, 1 << 40], random: random), [])
  }

  func testLayersWithHugeOrNegativeInputShapesThrow() throws {
    let context = NeuralNetContext()
    XCTAssertThrowsError(try PReLU(sharedAxes: [1, 2], context: context).build(inputShape: [1 << 32, 1 << 32]))
    XCTAssertThrowsError(try PReLU(sharedAxes: [1], context: context).build(inputShape: [1 << 36]))
    XCTAssertThrowsError(try PReLU(context: context).build(inputShape: [-1, 3]))
    let lambda = Lambda({ $0 }, context: context)
    XCTAssertThrowsError(try lambda.outputShape(for: [-1, 3]))
    XCTAssertThrowsError(try lambda.outputShape(for: [1 << 32, 1 << 32]))
    XCTAssertThrowsError(try lambda.outputShape(for: [1 << 36]))
  }

  func testSparseTopKMetricWithNaNOrHugeLabels() throws {
    let metric = try Metric.named("sparse_top_k_categorical_accuracy")
    let predictions = Batch(values: [0.1, 0.9, 0.5, 0.5], shape: [2, 2])
    let targets = Batch(values: [.nan, 1e30], shape: [2, 1])
    XCTAssertEqual(metric.values(predictions: predictions, targets: targets), [0, 0])
  }

  func testLoadingAWeightWithAnOverflowingShapeIsCorrupt() throws {
    let context = NeuralNetContext()
    let model = try makeModel(context)
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nn-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("m.keras").path
    try model.save(to: path)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let corrupt = text.replacingOccurrences(of: "\"shape\":[2,1]", with: "\"shape\":[4611686018427387904,4]")
    XCTAssertNotEqual(corrupt, text)
    try corrupt.write(toFile: path, atomically: true, encoding: .utf8)
    XCTAssertThrowsError(try Sequential.load(from: path, context: NeuralNetContext())) {
      guard case .saveFormat(_, let message) = $0 as? NeuralNetError else { return XCTFail("\($0)") }
      XCTAssertEqual(message, "A weight array is corrupt.")
    }
  }
}
