import Display
import Foundation
import Interpreter
import NeuralNet
import Tensor

/// `plot_history`, `plot_activations` and `plot_decision_boundary`.
enum NeuronaPlots {
  /// A chart output with its own console text.
  static func chart(_ figure: Figure, plain: String) -> Value {
    var data = figure.mimeBundle()
    data["text/plain"] = plain
    return .object(RichOutput(type: RichOutput.figureType, data: data))
  }

  /// The series of a History object, a model (its last fit) or a dict of lists.
  static func series(_ value: Value, _ evaluator: Evaluator) throws -> [(name: String, values: [Double])] {
    if let history = value.as(KerasHistory.self) {
      return history.history.keys.map { ($0, history.history.history[$0] ?? []) }
    }
    if let model = value.as(KerasModel.self) {
      guard !model.historyValue.isNone else { throw PyError.valueError("plot_history: the model has not been trained with fit() yet") }
      return try series(model.historyValue, evaluator)
    }
    if let dict = value.as(PyDict.self) {
      return try dict.entries.map { (evaluator.strOf($0.key), try evaluator.collect($0.value).map(NumpyConvert.double)) }
    }
    throw PyError.typeError("plot_history() expects the History that fit() returns (or its .history dict), got \(value.typeName)")
  }

  /// Registers the functions.
  static func define(in module: PyModule) {
    module.define("plot_history", signature: "(history, title=None)", doc: """
      Plots a training history: loss and val_loss on the left, metrics (accuracy, ...) on the right.

      Pass what fit() returns, its .history dict, or the trained model.
      """, keywords: ["title"]) { arguments, evaluator in
      let bound = try arguments.bind("plot_history", ["history", "title="])
      let data = try series(bound.values["history"] ?? .none, evaluator)
      let title = try KerasConvert.string(bound["title"], "title")
      let figure = try DisplayErrorBridge.guarded { try TrainingHistoryChart.figure(history: data, title: title) }
      let epochs = data.map(\.values.count).max() ?? 0
      let last = data.map { "\($0.name)=\(String(format: "%.4f", $0.values.last ?? .nan))" }.joined(separator: ", ")
      return chart(figure, plain: "Training history over \(epochs) epochs (last: \(last))")
    }
    module.define("plot_activations", signature: "(names=('sigmoid', 'tanh', 'relu'), columns=None, x_range=(-5, 5))", doc: """
      Compares activation functions on x in [-5, 5], computed by the network engine itself.

      names is a list of Keras activation names ('sigmoid', 'tanh', 'relu', 'leaky_relu', 'elu', 'selu',
      'softplus', 'swish', 'gelu', ...). columns=n draws one small chart per function instead.
      """, keywords: ["names", "columns", "x_range"]) { arguments, evaluator in
      let bound = try arguments.bind("plot_activations", ["names=", "columns=", "x_range="])
      var names = ["sigmoid", "tanh", "relu"]
      if let given = bound["names"] {
        if case .str(let single) = given { names = [single] } else { names = try evaluator.collect(given).map(evaluator.strOf) }
      }
      var low = -5.0, high = 5.0
      if let range = bound["x_range"] {
        let bounds = try evaluator.collect(range).map(NumpyConvert.double)
        guard bounds.count == 2, bounds[0] < bounds[1] else { throw PyError.valueError("x_range must be (low, high) with low < high") }
        (low, high) = (bounds[0], bounds[1])
      }
      let count = 201
      let x = (0..<count).map { low + (high - low) * Double($0) / Double(count - 1) }
      let curves = try names.map { name -> (name: String, y: [Double]) in
        let f = try KerasConvert.guarded { try ActivationFunction.named(name) }
        return (name, f.apply(x.map(Float.init), width: f.isRowWise ? count : 1).map(Double.init))
      }
      let columns = try bound["columns"].map(NumpyConvert.int)
      let figure = try DisplayErrorBridge.guarded { try ActivationChart.figure(x: x, curves: curves, columns: columns, title: "Activation functions") }
      return chart(figure, plain: "Activation functions on [\(FormulaNumber.plain(low, digits: 2)), \(FormulaNumber.plain(high, digits: 2))]: " + names.joined(separator: ", "))
    }
    module.define("plot_decision_boundary", signature: "(model, X, y, resolution=100)", doc: """
      The decision surface of a model with 2 inputs, like TensorFlow Playground.

      The plane around the points is coloured by the predicted probability (one output) or by the
      predicted class (several outputs), with the data points (coloured by y) on top.
      """, keywords: ["resolution"]) { arguments, evaluator in
      let bound = try arguments.bind("plot_decision_boundary", ["model", "X", "y", "resolution="])
      let wrapper = try NetworkExtraction.model(bound.values["model"], "plot_decision_boundary")
      let points = try KerasConvert.tensor(bound.values["X"] ?? .none, evaluator)
      guard points.ndim == 2, points.shape[1] == 2 else {
        throw PyError.valueError("plot_decision_boundary needs X with 2 columns (shape (n, 2)), got shape \(KerasConvert.shapeText(points.shape.map { $0 }))")
      }
      let labels = try KerasConvert.tensor(bound.values["y"] ?? .none, evaluator)
      let resolution = min(300, max(10, try KerasConvert.int(bound["resolution"], default: 100)))
      return try decisionBoundary(wrapper, points: points, labels: labels, resolution: resolution)
    }
  }

  static func decisionBoundary(_ wrapper: KerasModel, points: Tensor, labels: Tensor, resolution: Int) throws -> Value {
    let values = points.doubles
    let xs = stride(from: 0, to: values.count, by: 2).map { values[$0] }
    let ys = stride(from: 1, to: values.count, by: 2).map { values[$0] }
    func span(_ v: [Double]) -> (Double, Double) {
      let lo = v.min() ?? -1, hi = v.max() ?? 1
      let pad = max(0.5, (hi - lo) * 0.1)
      return (lo - pad, hi + pad)
    }
    let (x0, x1) = span(xs), (y0, y1) = span(ys)
    var grid: [Double] = []
    grid.reserveCapacity(resolution * resolution * 2)
    for r in 0..<resolution {
      let y = y0 + (y1 - y0) * (Double(r) + 0.5) / Double(resolution)
      for c in 0..<resolution { grid += [x0 + (x1 - x0) * (Double(c) + 0.5) / Double(resolution), y] }
    }
    let predicted = try KerasConvert.guarded { try wrapper.model.predict(try Tensor(grid, shape: [resolution * resolution, 2])) }
    let width = max(1, predicted.shape.last ?? 1)
    let out = predicted.doubles
    let surface: [Double] = width == 1 ? out : stride(from: 0, to: out.count, by: width).map { start in
      let row = out[start..<(start + width)]
      return Double(row.indices.max { row[$0] < row[$1] }.map { $0 - start } ?? 0)
    }
    let figure = try Figure(figsize: (6, 5))
    let ax = figure.gca()
    let classes = Double(max(1, width - 1))
    try DisplayErrorBridge.guarded {
      try ax.imshow(values: surface, shape: [resolution, resolution], colormap: "RdBu", vmin: 0, vmax: width == 1 ? 1 : classes,
                    originUpper: false, extent: (x0, x1, y0, y1))
      let labelValues = labels.doubles
      try ax.scatter(x: xs, y: ys, values: labelValues.count == xs.count ? labelValues : nil, colormap: "RdBu", vmin: 0,
                     vmax: max(1, labelValues.max() ?? 1), sizes: [25], edgeColor: Color(red: 0, green: 0, blue: 0))
    }
    ax.aspectEqual = false
    ax.title = width == 1 ? "Predicted probability" : "Predicted class"
    ax.xlabel = "x1"
    ax.ylabel = "x2"
    let plain = "Decision boundary of \(wrapper.model.name) over [\(FormulaNumber.plain(x0, digits: 2)), \(FormulaNumber.plain(x1, digits: 2))] × [\(FormulaNumber.plain(y0, digits: 2)), \(FormulaNumber.plain(y1, digits: 2))] with \(xs.count) points"
    return chart(figure, plain: plain)
  }
}

/// Turns Display's errors into Python ValueErrors.
enum DisplayErrorBridge {
  static func guarded<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as PyError {
      throw error
    } catch {
      throw PyError.valueError(String(describing: error))
    }
  }
}
