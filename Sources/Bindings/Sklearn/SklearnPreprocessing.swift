import Datasets
import Interpreter
import Tensor

/// `sklearn.preprocessing`: label binarizing and encoding, one-hot encoding and scalers.
enum SklearnPreprocessing {
  /// Builds the module.
  static func makeModule() -> PyModule {
    let module = PyModule("sklearn.preprocessing", doc: "Encoders and scalers for features and labels.")
    let classes: [(String, [String], String, (BoundArguments, Evaluator) throws -> (SklearnEstimator.Model, [String]))] = [
      ("LabelBinarizer", ["*", "neg_label=", "pos_label=", "sparse_output="],
       "Binarize labels in a one-vs-all fashion.", labelBinarizer),
      ("LabelEncoder", [], "Encode target labels with value between 0 and n_classes-1.", { _, _ in (.labelEncoder(LabelEncoder()), []) }),
      ("OneHotEncoder", ["*", "categories=", "drop=", "sparse_output=", "dtype=", "handle_unknown="],
       "Encode categorical features as a one-hot numeric array.", oneHotEncoder),
      ("StandardScaler", ["*", "copy=", "with_mean=", "with_std="],
       "Standardize features by removing the mean and scaling to unit variance.", standardScaler),
      ("MinMaxScaler", ["feature_range=", "*", "copy=", "clip="],
       "Transform features by scaling each feature to a given range.", minMaxScaler),
    ]
    for (name, parameters, doc, make) in classes {
      let type = PyType(name: name, module: "sklearn.preprocessing", bases: [.object], documentation: doc)
      type.constructor = { [unowned type] arguments, evaluator in
        let bound = try arguments.bind(name, parameters)
        let (model, shown) = try SklearnErrors.guarded { try make(bound, evaluator) }
        return .object(SklearnEstimator(type: type, model: model, parameters: shown.sorted()))
      }
      module.members[name] = .object(type)
    }
    return module
  }

  private static func labelBinarizer(_ bound: BoundArguments, _ evaluator: Evaluator) throws -> (SklearnEstimator.Model, [String]) {
    let neg = try bound["neg_label"].map(NumpyConvert.int) ?? 0
    let pos = try bound["pos_label"].map(NumpyConvert.int) ?? 1
    if try SklearnConvert.flag(bound["sparse_output"], evaluator, default: false) {
      throw PyError.valueError("Neurona's LabelBinarizer has no sparse output; use sparse_output=False")
    }
    var shown: [String] = []
    if neg != 0 { shown.append("neg_label=\(neg)") }
    if pos != 1 { shown.append("pos_label=\(pos)") }
    return (.labelBinarizer(try LabelBinarizer(negLabel: neg, posLabel: pos)), shown)
  }

  private static func oneHotEncoder(_ bound: BoundArguments, _ evaluator: Evaluator) throws -> (SklearnEstimator.Model, [String]) {
    var shown: [String] = []
    let sparse = try SklearnConvert.flag(bound["sparse_output"], evaluator, default: true)
    if !sparse { shown.append("sparse_output=False") }
    var policy = OneHotEncoder.HandleUnknown.error
    if let given = bound["handle_unknown"] {
      guard case .str(let text) = given, text == "error" || text == "ignore" else {
        throw PyError.valueError("handle_unknown should be one of 'error', 'ignore', got \(evaluator.reprOf(given)).")
      }
      if text == "ignore" {
        policy = .ignore
        shown.append("handle_unknown='ignore'")
      }
    }
    if let categories = bound["categories"], evaluator.reprOf(categories) != "'auto'" {
      throw PyError.valueError("Neurona's OneHotEncoder learns categories from the data; use categories='auto'")
    }
    if bound["drop"] != nil { throw PyError.valueError("Neurona's OneHotEncoder does not support drop=") }
    return (.oneHotEncoder(OneHotEncoder(handleUnknown: policy), sparse: sparse), shown)
  }

  private static func standardScaler(_ bound: BoundArguments, _ evaluator: Evaluator) throws -> (SklearnEstimator.Model, [String]) {
    let withMean = try SklearnConvert.flag(bound["with_mean"], evaluator, default: true)
    let withStd = try SklearnConvert.flag(bound["with_std"], evaluator, default: true)
    var shown: [String] = []
    if !withMean { shown.append("with_mean=False") }
    if !withStd { shown.append("with_std=False") }
    return (.standardScaler(StandardScaler(withMean: withMean, withStd: withStd)), shown)
  }

  private static func minMaxScaler(_ bound: BoundArguments, _ evaluator: Evaluator) throws -> (SklearnEstimator.Model, [String]) {
    var shown: [String] = []
    var range = (0.0, 1.0)
    if let given = bound["feature_range"] {
      let pair = try evaluator.collect(given).map(NumpyConvert.double)
      guard pair.count == 2 else { throw PyError.valueError("feature_range must be a (min, max) pair") }
      range = (pair[0], pair[1])
      if range != (0, 1) { shown.append("feature_range=\(evaluator.reprOf(given))") }
    }
    let clip = try SklearnConvert.flag(bound["clip"], evaluator, default: false)
    if clip { shown.append("clip=True") }
    return (.minMaxScaler(try MinMaxScaler(featureRange: range, clip: clip)), shown)
  }
}
