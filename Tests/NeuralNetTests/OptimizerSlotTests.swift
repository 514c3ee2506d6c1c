import XCTest

@testable import NeuralNet

/// Optimizer slots follow their parameter, whatever list each step is given.
final class OptimizerSlotTests: XCTestCase {
  func parameter(_ values: [Float], gradient: [Float]) -> Parameter {
    let p = Parameter(name: "w", shape: [values.count], values: values)
    p.gradient = gradient
    return p
  }

  func testSlotsPersistWhenTheParameterListChanges() {
    let a = parameter([1, -2, 3], gradient: [0.5, -1, 2])
    let b = parameter([0.25], gradient: [4])
    let optimizer = Adam(learningRate: 0.1)
    optimizer.apply(to: [a, b])
    optimizer.apply(to: [b])  // `a` frozen for a step: its moments must survive
    optimizer.apply(to: [b, a])  // other order, same parameters

    // Reference: `a` alone, skipping the step it missed.
    let aAlone = parameter([1, -2, 3], gradient: [0.5, -1, 2])
    let reference = Adam(learningRate: 0.1)
    reference.apply(to: [aAlone])
    reference.iterations += 1
    reference.apply(to: [aAlone])
    XCTAssertEqual(a.values, aAlone.values)
    XCTAssertEqual(optimizer.iterations, 3)

    // `b` took three steps in a row.
    let bAlone = parameter([0.25], gradient: [4])
    let third = Adam(learningRate: 0.1)
    for _ in 0..<3 { third.apply(to: [bAlone]) }
    XCTAssertEqual(b.values, bAlone.values)
  }

  func testResetForgetsSlots() {
    let a = parameter([1, 2], gradient: [1, 1])
    let optimizer = Adam(learningRate: 0.1)
    optimizer.apply(to: [a])
    optimizer.reset()
    let before = a.values
    optimizer.apply(to: [a])
    // A fresh first Adam step moves each weight by lr (m̂/√v̂ = 1 for a constant gradient).
    for (x, y) in zip(a.values, before) { XCTAssertEqual(Double(y - x), 0.1, accuracy: 1e-5) }
  }
}
