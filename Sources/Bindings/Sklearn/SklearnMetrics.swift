import Datasets
import Interpreter
import Tensor

/// `sklearn.metrics`: classification and regression scores.
enum SklearnMetrics {
  /// Builds the module.
  static func makeModule() -> PyModule {
    let module = PyModule("sklearn.metrics", doc: "Scores for classification and regression.")
    SklearnErrors.define(
      module, "accuracy_score", ["y_true", "y_pred", "*", "normalize=", "sample_weight="],
      doc: "Accuracy classification score."
    ) { bound, evaluator in
      let (t, p) = try classes(bound, evaluator)
      let normalize = try SklearnConvert.flag(bound["normalize"], evaluator, default: true)
      return .float(try Metrics.accuracyScore(t, p, normalize: normalize))
    }
    SklearnErrors.define(
      module, "confusion_matrix", ["y_true", "y_pred", "*", "labels=", "sample_weight=", "normalize="],
      doc: "Compute confusion matrix to evaluate the accuracy of a classification."
    ) { bound, evaluator in
      let (t, p) = try classes(bound, evaluator)
      var labels = try bound["labels"].map { try SklearnConvert.labels($0, evaluator, name: "labels") }
      if let given = labels { labels = SklearnConvert.promoted(given + t + p).prefix(given.count).map { $0 } }
      return NumpyConvert.array(try Metrics.confusionMatrix(t, p, labels: labels))
    }
    typealias PerClass = (Metrics.ClassScores) -> [Double]
    typealias Pick = (Double, Double, Double) -> Double
    let scores: [(String, String, PerClass, Pick)] = [
      ("precision_score", "Compute the precision.", { $0.precision }, { p, _, _ in p }),
      ("recall_score", "Compute the recall.", { $0.recall }, { _, r, _ in r }),
      ("f1_score", "Compute the F1 score, also known as balanced F-score or F-measure.", { $0.f1 }, { _, _, f in f }),
    ]
    for (name, doc, perClass, pick) in scores {
      SklearnErrors.define(
        module, name, ["y_true", "y_pred", "*", "labels=", "pos_label=", "average=", "sample_weight=", "zero_division="],
        doc: doc
      ) { bound, evaluator in
        let (t, p) = try classes(bound, evaluator)
        let zero = try zeroDivision(bound["zero_division"])
        let averageValue = bound.values["average"] ?? .str("binary")
        guard !averageValue.isNone else {
          let all = try Metrics.classScores(t, p, zeroDivision: zero)
          return NumpyConvert.array(Tensor(perClass(all)))
        }
        guard case .str(let text) = averageValue, let average = Metrics.Average(rawValue: text) else {
          throw PyError.valueError(
            "The 'average' parameter of \(name) must be a str among {'micro', 'macro', 'samples', 'weighted', 'binary'} or None. Got \(evaluator.reprOf(averageValue)) instead.")
        }
        var posLabel = Label.int(1)
        if let given = bound["pos_label"] { posLabel = try SklearnConvert.labels(.list([given]), evaluator)[0] }
        if case .int(let i) = posLabel, t.contains(where: { if case .float = $0 { return true } else { return false } }) {
          posLabel = .float(Double(i))
        }
        let (precision, recall, f1) = try Metrics.averaged(t, p, average, posLabel, zero)
        return .float(pick(precision, recall, f1))
      }
    }
    SklearnErrors.define(
      module, "classification_report",
      ["y_true", "y_pred", "*", "labels=", "target_names=", "sample_weight=", "digits=", "output_dict=", "zero_division="],
      doc: "Build a text report showing the main classification metrics."
    ) { bound, evaluator in
      let (t, p) = try classes(bound, evaluator)
      let names = try bound["target_names"].map { try SklearnConvert.strings($0, evaluator, name: "target_names") }
      let digits = try bound["digits"].map(NumpyConvert.int) ?? 2
      return .str(try Metrics.classificationReport(
        t, p, targetNames: names, digits: digits, zeroDivision: try zeroDivision(bound["zero_division"])))
    }
    defineRegression(in: module)
    return module
  }

  private static func defineRegression(in module: PyModule) {
    let regression: [(String, String, ([Double], [Double]) throws -> Double)] = [
      ("mean_squared_error", "Mean squared error regression loss.", Metrics.meanSquaredError),
      ("mean_absolute_error", "Mean absolute error regression loss.", Metrics.meanAbsoluteError),
      ("r2_score", "R^2 (coefficient of determination) regression score function.", Metrics.r2Score),
    ]
    for (name, doc, score) in regression {
      SklearnErrors.define(
        module, name, ["y_true", "y_pred", "*", "sample_weight=", "multioutput="], doc: doc
      ) { bound, evaluator in
        let columns = try targetColumns(bound, evaluator)
        let values = try columns.map { try score($0.0, $0.1) }
        return .float(values.count == 1 ? values[0] : values.reduce(0, +) / Double(values.count))
      }
    }
    SklearnErrors.define(
      module, "roc_auc_score", ["y_true", "y_score", "*", "average=", "sample_weight=", "max_fpr=", "multi_class=", "labels="],
      doc: "Compute Area Under the Receiver Operating Characteristic Curve (ROC AUC) from prediction scores."
    ) { bound, evaluator in
      let truth = try SklearnConvert.labels(bound.values["y_true"] ?? .none, evaluator, name: "y_true")
      let score = try SklearnConvert.doubles(bound.values["y_score"] ?? .none, evaluator, name: "y_score")
      if Label.unique(truth).count > 2 {
        throw PyError.valueError("Neurona's roc_auc_score supports binary targets only; y_true has more than two classes")
      }
      return .float(try Metrics.rocAUCScore(truth, score))
    }
  }

  /// y_true and y_pred as class labels, refusing continuous values like `type_of_target`.
  private static func classes(_ bound: BoundArguments, _ evaluator: Evaluator) throws -> ([Label], [Label]) {
    let (t, p) = try SklearnConvert.labelPair(bound.values["y_true"] ?? .none, bound.values["y_pred"] ?? .none, evaluator)
    guard t.count == p.count else { throw DatasetError.inconsistentLength(lengths: [t.count, p.count]) }
    let kinds = [targetType(t), targetType(p)]
    if kinds.contains("continuous") {
      if kinds[0] == kinds[1] { throw PyError.valueError("continuous is not supported") }
      throw PyError.valueError("Classification metrics can't handle a mix of \(kinds[0]) and \(kinds[1]) targets")
    }
    return (t, p)
  }

  /// `type_of_target` for 1-D labels: binary, multiclass or continuous.
  private static func targetType(_ labels: [Label]) -> String {
    for label in labels {
      if case .float(let d) = label, d != d.rounded() || !d.isFinite { return "continuous" }
    }
    return Label.unique(labels).count <= 2 ? "binary" : "multiclass"
  }

  /// `zero_division`: "warn" (0, like scikit-learn's value), 0, 1 or nan.
  private static func zeroDivision(_ value: Value?) throws -> Double {
    guard let value else { return 0 }
    if case .str(let text) = value {
      guard text == "warn" else { throw PyError.valueError("zero_division must be 'warn', 0.0, 1.0 or np.nan") }
      return 0
    }
    return try NumpyConvert.double(value)
  }

  /// Regression targets as columns: (n,) and (n, 1) agree; (n, k) gives k columns averaged uniformly.
  private static func targetColumns(_ bound: BoundArguments, _ evaluator: Evaluator) throws -> [([Double], [Double])] {
    let t = try NumpyConvert.tensor(bound.values["y_true"] ?? .none, evaluator)
    let p = try NumpyConvert.tensor(bound.values["y_pred"] ?? .none, evaluator)
    func columns(_ x: Tensor) -> [[Double]] {
      if x.ndim <= 1 || (x.ndim == 2 && x.shape[1] == 1) { return [x.doubles] }
      let values = x.doubles
      let k = x.shape[1]
      return (0..<k).map { c in stride(from: c, to: values.count, by: k).map { values[$0] } }
    }
    let (a, b) = (columns(t), columns(p))
    guard (t.shape.first ?? 1) == (p.shape.first ?? 1) else {
      throw DatasetError.inconsistentLength(lengths: [t.shape.first ?? 1, p.shape.first ?? 1])
    }
    guard a.count == b.count else {
      throw PyError.valueError("y_true and y_pred have different number of output (\(a.count)!=\(b.count))")
    }
    return Array(zip(a, b))
  }
}
