import Foundation
import NeuralNet
import Tensor
import XCTest

/// Compares the engine with numbers produced by real Keras 3 (Fixtures/keras_fixtures.json,
/// written by Fixtures/make_keras_fixtures.py).
final class KerasFixtureTests: XCTestCase {
  static let fixtures: [String: Any] = {
    guard let url = Bundle.module.url(forResource: "keras_fixtures", withExtension: "json", subdirectory: "Fixtures"),
      let data = try? Data(contentsOf: url),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    else { return [:] }
    return object
  }()

  func section(_ key: String) throws -> [String: Any] {
    try XCTUnwrap(Self.fixtures[key] as? [String: Any], "missing fixture section \(key)")
  }

  func floats(_ value: Any?) -> [Float] {
    if let n = value as? NSNumber { return [n.floatValue] }
    guard let list = value as? [Any] else { return [] }
    return list.flatMap { floats($0) }
  }

  func shape(_ value: Any?) -> [Int] {
    guard let list = value as? [Any] else { return [] }
    return [list.count] + (list.first.map { shape($0) } ?? [])
  }

  func tensor(_ value: Any?) throws -> Tensor { try Tensor(floats(value), shape: shape(value)) }

  func testParameterCountsOfCourseNetworks() throws {
    for (key, entry) in try section("param_counts") {
      let e = try XCTUnwrap(entry as? [String: Any])
      let sizes = try XCTUnwrap(e["sizes"] as? [Int])
      let context = NeuralNetContext()
      let model = try Sequential(context: context)
      if key.hasPrefix("flatten") {
        try model.add(Flatten(inputShape: [28, 28], context: context))
      } else {
        try model.add(InputLayer(shape: [sizes[0]], context: context))
      }
      for units in sizes.dropFirst() { try model.add(try Dense(units: units, context: context)) }
      XCTAssertEqual(model.countParams(), e["total"] as? Int, key)
      XCTAssertEqual(model.layers.map { $0.countParams() }, e["per_layer"] as? [Int], key)
    }
  }

  func testActivationForwardPasses() throws {
    let s = try section("activations")
    let x = try tensor(s["input"])
    for (name, entry) in try XCTUnwrap(s["dense"] as? [String: Any]) {
      let e = try XCTUnwrap(entry as? [String: Any])
      let context = NeuralNetContext()
      let model = try Sequential(
        layers: [InputLayer(shape: [3], context: context),
                 try Dense(units: 4, activation: try .named(name), context: context)], context: context)
      try model.setWeights(try XCTUnwrap(e["weights"] as? [Any]).map(tensor))
      let out = try model.predict(x).floats
      let expected = floats(e["output"])
      XCTAssertEqual(out.count, expected.count)
      for (a, b) in zip(out, expected) {
        XCTAssertEqual(a, b, accuracy: 1e-6 + 1e-6 * abs(b), "activation \(name)")
      }
    }
  }

  func testTrainingHistoriesMatchKeras() throws {
    let s = try section("training")
    let x = try tensor(s["x"])
    let cases = try XCTUnwrap(s["cases"] as? [[String: Any]])
    XCTAssertEqual(cases.count, 13)
    for entry in cases {
      let name = entry["name"] as? String ?? "?"
      let kind = entry["targets"] as? String ?? "reg"
      var y = try tensor(s["y_" + kind])
      if kind == "sparse" { y = y.astype(.int64) }
      let context = NeuralNetContext()
      let model = try Sequential(
        layers: [
          InputLayer(shape: [3], context: context),
          try Dense(units: 5, activation: try .named(entry["hidden_activation"] as? String), context: context),
          try Dense(units: entry["units"] as? Int ?? 1,
                    activation: try .named(entry["output_activation"] as? String), context: context),
        ], context: context)
      try model.setWeights(try XCTUnwrap(entry["weights"] as? [Any]).map(tensor))
      let opt = try XCTUnwrap(entry["optimizer"] as? [String: Any])
      var config: [String: ConfigValue] = [:]
      for (k, v) in opt["args"] as? [String: Any] ?? [:] {
        if ["nesterov", "amsgrad", "centered"].contains(k), let b = v as? Bool {
          config[k] = .bool(b)
        } else if let n = v as? NSNumber {
          config[k] = .double(n.doubleValue)
        }
      }
      let optimizer = try OptimizerFactory.make(opt["class"] as? String ?? "", config: config)
      let metrics = try (entry["metrics"] as? [String] ?? []).map(Metric.named)
      try model.compile(optimizer: optimizer, loss: try .named(entry["loss"] as? String ?? ""), metrics: metrics)
      var options = FitOptions()
      options.batchSize = entry["batch_size"] as? Int ?? 32
      options.epochs = entry["epochs"] as? Int ?? 1
      options.shuffle = false
      options.validationSplit = entry["validation_split"] as? Double ?? 0
      let history = try model.fit(x: x, y: y, options: options)
      let expected = try XCTUnwrap(entry["history"] as? [String: [Double]])
      XCTAssertEqual(history.keys, expected.keys.sorted(), name)
      for (key, values) in expected {
        let got = history.history[key] ?? []
        XCTAssertEqual(got.count, values.count, "\(name) \(key)")
        for (a, b) in zip(got, values) {
          XCTAssertEqual(a, b, accuracy: 1e-4 * max(abs(b), 1e-2), "\(name) \(key): \(got) vs \(values)")
        }
      }
      let finals = floats(entry["final_weights"])
      let mine = model.getWeights().flatMap(\.floats)
      for (a, b) in zip(mine, finals) {
        XCTAssertEqual(a, b, accuracy: 2e-4 * max(abs(b), 1), "\(name) final weights")
      }
    }
  }

  func testInitializerStatistics() throws {
    for (name, entry) in try section("initializers") {
      let e = try XCTUnwrap(entry as? [String: Any])
      let shape = try XCTUnwrap(e["shape"] as? [Int])
      let values = try Initializer.named(name).make(shape, random: RandomState(seed: 3)).map(Double.init)
      let mean = values.reduce(0, +) / Double(values.count)
      let std = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)).squareRoot()
      let kStd = try XCTUnwrap(e["std"] as? Double)
      XCTAssertEqual(mean, 0, accuracy: 0.02 * kStd + 1e-4, "\(name) mean")
      XCTAssertEqual(std, kStd, accuracy: 0.02 * kStd, "\(name) std")
      // Extremes are only stable for bounded distributions (uniform, truncated).
      guard name.contains("uniform") || name == "truncated_normal" || name.hasSuffix("_normal") && name != "random_normal"
      else { continue }
      XCTAssertEqual(values.min() ?? 0, try XCTUnwrap(e["min"] as? Double), accuracy: 0.1 * kStd, "\(name) min")
      XCTAssertEqual(values.max() ?? 0, try XCTUnwrap(e["max"] as? Double), accuracy: 0.1 * kStd, "\(name) max")
    }
  }

  func testLossValues() throws {
    let s = try section("losses")
    let yTrue = Batch(values: floats(s["y_true"]), shape: [2, 3])
    let yPred = Batch(values: floats(s["y_pred"]), shape: [2, 3])
    for (name, value) in try XCTUnwrap(s["values"] as? [String: Double]) {
      let loss = try LossFunction.named(name)
      let targets = loss.isSparse ? Batch(values: [1, 0], shape: [2]) : yTrue
      XCTAssertEqual(try loss.mean(predictions: yPred, targets: targets), value, accuracy: 1e-5 * max(abs(value), 1), name)
    }
  }
}
