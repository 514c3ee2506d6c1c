import Datasets
import Interpreter
import Tensor

/// A fitted-or-not scikit-learn preprocessing object (`StandardScaler()`, `LabelBinarizer()`, ...).
///
/// Methods (`fit`, `transform`, `fit_transform`, `inverse_transform`) and fitted attributes
/// (`classes_`, `mean_`, ...) are looked up on the object; `fit` returns the object itself.
final class SklearnEstimator: PyObject {
  /// The Swift transformer behind the object.
  enum Model {
    case labelBinarizer(LabelBinarizer)
    case labelEncoder(LabelEncoder)
    case oneHotEncoder(OneHotEncoder, sparse: Bool)
    case standardScaler(StandardScaler)
    case minMaxScaler(MinMaxScaler)
  }

  /// The Python class.
  let type: PyType
  /// The transformer (replaced by `fit`).
  var model: Model
  /// The non-default constructor arguments, for the repr (`feature_range=(-1, 1)`).
  let parameters: [String]

  /// Creates an object of class `type`.
  init(type: PyType, model: Model, parameters: [String]) {
    self.type = type
    self.model = model
    self.parameters = parameters
  }

  /// The Python class.
  var pyType: PyType { type }

  /// `StandardScaler()`, `MinMaxScaler(feature_range=(-1, 1))`, like scikit-learn's repr.
  func repr() -> String { "\(type.name)(\(parameters.joined(separator: ", ")))" }

  /// The estimator's methods and fitted attributes.
  func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    switch name {
    case "fit", "transform", "fit_transform", "inverse_transform", "get_params", "get_feature_names_out":
      return .object(BuiltinFunction(name, signature: "(X, y=None)", doc: "scikit-learn's \(name).") { [self] arguments, ev in
        try SklearnErrors.guarded { try self.call(method: name, arguments, ev) }
      })
    default:
      if let value = try SklearnErrors.guarded({ try fittedAttribute(name) }) { return value }
      return try type.boundAttribute(name, of: .object(self), evaluator)
    }
  }

  /// Method names and fitted attribute names.
  func attributeNames() -> [String] {
    let common = ["fit", "fit_transform", "inverse_transform", "transform"]
    switch model {
    case .labelBinarizer: return common + ["classes_", "neg_label", "pos_label", "y_type_"]
    case .labelEncoder: return common + ["classes_"]
    case .oneHotEncoder: return common + ["categories_", "get_feature_names_out", "n_features_in_"]
    case .standardScaler: return common + ["mean_", "n_features_in_", "n_samples_seen_", "scale_", "var_"]
    case .minMaxScaler: return common + ["data_max_", "data_min_", "data_range_", "min_", "n_features_in_", "scale_"]
    }
  }

  private func call(method: String, _ arguments: Arguments, _ evaluator: Evaluator) throws -> Value {
    let bound = try arguments.bind(method, method == "get_feature_names_out" ? ["input_features="] : ["X=", "y="])
    if method == "get_params" { return .object(PyDict(parameterPairs())) }
    if method == "get_feature_names_out" {
      guard case .oneHotEncoder(let encoder, _) = model else {
        throw PyError.attributeError("'\(type.name)' object has no attribute 'get_feature_names_out'")
      }
      let input = try bound["input_features"].map { try SklearnConvert.strings($0, evaluator, name: "input_features") }
      return .list(try encoder.featureNamesOut(inputFeatures: input).map(Value.str))
    }
    guard let x = bound.values["X"] else { throw PyError.typeError("\(method)() missing 1 required positional argument: 'X'") }
    switch method {
    case "fit":
      try fit(x, evaluator)
      return .object(self)
    case "fit_transform":
      try fit(x, evaluator)
      return try transform(x, evaluator)
    case "transform": return try transform(x, evaluator)
    default: return try inverse(x, evaluator)
    }
  }

  private func parameterPairs() -> [(String, Value)] {
    parameters.compactMap { text in
      guard let eq = text.firstIndex(of: "=") else { return nil }
      return (String(text[..<eq]), .str(String(text[text.index(after: eq)...])))
    }
  }
}
