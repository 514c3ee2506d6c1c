import Tensor
import XCTest

@testable import NeuralNet

/// Models compute with denormals flushed to zero, as Keras's backends do on CPU, while the
/// rest of a session keeps IEEE denormals (NumPy's behaviour); the mode never leaks out.
final class DenormalTests: XCTestCase {
  /// y = 1e-20 · x without bias: 1e-20 · 1e-20 = 1e-40 is a float32 denormal.
  func tinyModel() throws -> Sequential {
    let context = NeuralNetContext(seed: 1)
    let model = try Sequential(
      layers: [try Dense(units: 1, useBias: false, inputDim: 1, context: context)], context: context)
    try model.setWeights([try Tensor([1e-20], shape: [1, 1])])
    try model.compile(optimizer: try SGD(learningRate: 0), loss: .meanSquaredError)
    return model
  }

  func testPredictFlushesADenormalOutputButTensorMathKeepsIt() throws {
    #if !arch(x86_64)
      throw XCTSkip("the flushing mode is x86's MXCSR")
    #endif
    let x = try Tensor([1e-20, 1], shape: [2, 1])
    let predicted = try tinyModel().predict(x).floats
    XCTAssertEqual(predicted, [0, 1e-20])
    let product = try Tensor([1e-20], shape: [1]) * Tensor([1e-20], shape: [1])
    XCTAssertTrue(product.floats[0].isSubnormal, "outside a model, float32 math keeps denormals")
    XCTAssertFalse(FloatingPointMode.flushesDenormals)
  }

  func testFitAndEvaluateRestoreTheModeAlsoWhenTheyFail() throws {
    #if !arch(x86_64)
      throw XCTSkip("the flushing mode is x86's MXCSR")
    #endif
    let model = try tinyModel()
    let x = try Tensor([1e-20, 1], shape: [2, 1])
    let y = try Tensor([0, 0], shape: [2, 1])
    XCTAssertNoThrow(try model.fit(x: x, y: y))
    XCTAssertFalse(FloatingPointMode.flushesDenormals)
    XCTAssertThrowsError(try model.fit(x: x, y: try Tensor([0, 0, 0], shape: [3, 1])))
    XCTAssertFalse(FloatingPointMode.flushesDenormals)
    // (1e-20)² is denormal, flushed as Keras flushes it: the loss is exactly 0.
    XCTAssertEqual(try model.evaluate(x: x, y: y).first?.value, 0)
    XCTAssertFalse(FloatingPointMode.flushesDenormals)
  }
}
