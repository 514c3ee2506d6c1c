import Datasets
import Interpreter
import Tensor

/// `sklearn.model_selection`: `train_test_split`.
enum SklearnModelSelection {
  /// Builds the module.
  static func makeModule() -> PyModule {
    let module = PyModule("sklearn.model_selection", doc: "Splitting data into train and test sets.")
    SklearnErrors.define(
      module, "train_test_split", ["*arrays", "test_size=", "train_size=", "random_state=", "shuffle=", "stratify="],
      doc: "Split arrays or matrices into random train and test subsets."
    ) { bound, evaluator in
      try split(bound, evaluator)
    }
    return module
  }

  /// `[a_train, a_test, b_train, b_test, ...]`: arrays stay arrays, lists stay lists.
  static func split(_ bound: BoundArguments, _ evaluator: Evaluator) throws -> Value {
    let arrays = bound.extraPositional
    guard !arrays.isEmpty else { throw PyError.valueError("At least one array required as input") }
    var lengths: [Int] = []
    for array in arrays {
      if let nd = array.as(NDArray.self) {
        guard nd.tensor.ndim >= 1 else {
          throw PyError.typeError("Singleton array \(nd.repr()) cannot be considered a valid collection.")
        }
        lengths.append(nd.tensor.shape[0])
      } else {
        lengths.append(try evaluator.length(array))
      }
    }
    guard Set(lengths).count == 1 else { throw DatasetError.inconsistentLength(lengths: lengths) }
    let stratify = try bound["stratify"].map { try SklearnConvert.labels($0, evaluator, name: "stratify") }
    let shuffle = try SklearnConvert.flag(bound["shuffle"], evaluator, default: true)
    let seed: SampleGenerators.Seed? = shuffle ? try SklearnConvert.seed(bound["random_state"], evaluator) : nil
    let (train, test) = try ModelSelection.splitIndices(
      n: lengths[0], testSize: try SklearnConvert.size(bound["test_size"], name: "test_size"),
      trainSize: try SklearnConvert.size(bound["train_size"], name: "train_size"), randomState: seed,
      shuffle: shuffle, stratify: stratify)
    var out: [Value] = []
    for array in arrays {
      out.append(try take(array, train, evaluator))
      out.append(try take(array, test, evaluator))
    }
    return .list(out)
  }

  /// Rows `indices` of an array, or items of a list (scikit-learn's `_safe_indexing`).
  private static func take(_ value: Value, _ indices: [Int], _ evaluator: Evaluator) throws -> Value {
    if let nd = value.as(NDArray.self) { return NumpyConvert.array(try ModelSelection.takeRows(nd.tensor, indices)) }
    let items = try evaluator.collect(value)
    return .list(indices.map { items[$0] })
  }
}
