import Datasets
import Interpreter
import Tensor

extension SklearnEstimator {
  /// Learns from `x` (labels for the label transformers, a 2-D array for the others).
  func fit(_ x: Value, _ evaluator: Evaluator) throws {
    switch model {
    case .labelBinarizer(var b):
      try b.fit(try SklearnConvert.labels(x, evaluator))
      model = .labelBinarizer(b)
    case .labelEncoder(var e):
      e.fit(try SklearnConvert.labels(x, evaluator))
      model = .labelEncoder(e)
    case .oneHotEncoder(var e, let sparse):
      try e.fit(try rows(x, evaluator))
      model = .oneHotEncoder(e, sparse: sparse)
    case .standardScaler(var s):
      try s.fit(try NumpyConvert.tensor(x, evaluator))
      model = .standardScaler(s)
    case .minMaxScaler(var s):
      try s.fit(try NumpyConvert.tensor(x, evaluator))
      model = .minMaxScaler(s)
    }
  }

  /// The transformed array.
  func transform(_ x: Value, _ evaluator: Evaluator) throws -> Value {
    switch model {
    case .labelBinarizer(let b): return NumpyConvert.array(try b.transform(try SklearnConvert.labels(x, evaluator)))
    case .labelEncoder(let e): return NumpyConvert.array(try e.transform(try SklearnConvert.labels(x, evaluator)))
    case .oneHotEncoder(let e, _): return NumpyConvert.array(try e.transform(try rows(x, evaluator)))
    case .standardScaler(let s): return NumpyConvert.array(try s.transform(try NumpyConvert.tensor(x, evaluator)))
    case .minMaxScaler(let s): return NumpyConvert.array(try s.transform(try NumpyConvert.tensor(x, evaluator)))
    }
  }

  /// `inverse_transform`: labels back for the label transformers, original values for the scalers.
  func inverse(_ x: Value, _ evaluator: Evaluator) throws -> Value {
    switch model {
    case .labelBinarizer(let b):
      return SklearnConvert.value(try b.inverseTransform(try NumpyConvert.tensor(x, evaluator)))
    case .labelEncoder(let e):
      let codes = try NumpyConvert.tensor(x, evaluator)
      if codes.dtype.isFloatingPoint && !codes.doubles.allSatisfy({ $0 == $0.rounded() }) {
        throw PyError.valueError("y contains previously unseen labels: \(codes.str)")
      }
      return SklearnConvert.value(try e.inverseTransform(codes.ints))
    case .oneHotEncoder(let e, _):
      let decoded = try e.inverseTransform(try NumpyConvert.tensor(x, evaluator))
      let flat = decoded.flatMap { $0 }
      if flat.allSatisfy({ $0?.numericValue != nil }), let t = Label.tensor(flat.compactMap { $0 }) {
        return NumpyConvert.array(try t.reshaped([decoded.count, decoded.first?.count ?? 0]))
      }
      return .list(decoded.map { row in .list(row.map { $0.map(SklearnConvert.value) ?? Value.none }) })
    case .standardScaler(let s):
      return NumpyConvert.array(try s.inverseTransform(try NumpyConvert.tensor(x, evaluator)))
    case .minMaxScaler(let s):
      return NumpyConvert.array(try s.inverseTransform(try NumpyConvert.tensor(x, evaluator)))
    }
  }

  /// A fitted attribute (`classes_`, `mean_`, ...), nil when `name` is not one; raises
  /// AttributeError before `fit` like scikit-learn.
  func fittedAttribute(_ name: String) throws -> Value? {
    func missing() -> PyError { PyError.attributeError("'\(type.name)' object has no attribute '\(name)'") }
    func array(_ values: [Double]?) throws -> Value {
      guard let values else { throw missing() }
      return NumpyConvert.array(Tensor(values))
    }
    switch (model, name) {
    case (.labelBinarizer(let b), "classes_"):
      guard let classes = b.classes else { throw missing() }
      return SklearnConvert.value(classes)
    case (.labelBinarizer(let b), "y_type_"):
      guard let classes = b.classes else { throw missing() }
      return .str(classes.count <= 2 ? "binary" : "multiclass")
    case (.labelBinarizer(let b), "neg_label"): return .int(b.negLabel)
    case (.labelBinarizer(let b), "pos_label"): return .int(b.posLabel)
    case (.labelEncoder(let e), "classes_"):
      guard let classes = e.classes else { throw missing() }
      return SklearnConvert.value(classes)
    case (.oneHotEncoder(let e, _), "categories_"):
      guard let categories = e.categories else { throw missing() }
      return .list(categories.map(SklearnConvert.value))
    case (.oneHotEncoder(let e, _), "n_features_in_"):
      guard let categories = e.categories else { throw missing() }
      return .int(categories.count)
    case (.standardScaler(let s), "mean_"): return try array(s.mean)
    case (.standardScaler(let s), "var_"): return try array(s.variance)
    case (.standardScaler(let s), "scale_"): return try array(s.scale)
    case (.standardScaler(let s), "n_samples_seen_"):
      guard s.nSamplesSeen > 0 else { throw missing() }
      return .int(s.nSamplesSeen)
    case (.standardScaler(let s), "n_features_in_"):
      guard let count = (s.mean ?? s.scale)?.count else { throw missing() }
      return .int(count)
    case (.minMaxScaler(let s), "data_min_"): return try array(s.dataMin)
    case (.minMaxScaler(let s), "data_max_"): return try array(s.dataMax)
    case (.minMaxScaler(let s), "data_range_"):
      guard let lo = s.dataMin, let hi = s.dataMax else { throw missing() }
      return NumpyConvert.array(Tensor(zip(hi, lo).map { $0 - $1 }))
    case (.minMaxScaler(let s), "scale_"): return try array(s.scale)
    case (.minMaxScaler(let s), "min_"): return try array(s.min)
    case (.minMaxScaler(let s), "n_features_in_"):
      guard let count = s.scale?.count else { throw missing() }
      return .int(count)
    default: return nil
    }
  }

  /// The rows of a 2-D array-like as labels (arrays, or lists of lists that may hold strings).
  private func rows(_ x: Value, _ evaluator: Evaluator) throws -> [[Label]] {
    if let array = x.as(NDArray.self) {
      let t = array.tensor
      guard t.ndim == 2 else {
        throw PyError.valueError(
          "Expected a 2-dimensional container but got \(t.ndim)D array instead. Reshape your data either using array.reshape(-1, 1) if your data has a single feature or array.reshape(1, -1) if it contains a single sample.")
      }
      let labels = Label.labels(t)
      let cols = t.shape[1]
      return (0..<t.shape[0]).map { Array(labels[($0 * cols)..<(($0 + 1) * cols)]) }
    }
    let rows = try evaluator.collect(x)
    var out: [[Label]] = []
    for row in rows {
      guard row.as(PyList.self) != nil || row.as(PyTuple.self) != nil || row.as(NDArray.self) != nil else {
        throw PyError.valueError(
          "Expected 2D array, got 1D array instead. Reshape your data either using array.reshape(-1, 1) if your data has a single feature or array.reshape(1, -1) if it contains a single sample.")
      }
      out.append(try SklearnConvert.labels(row, evaluator, name: "X"))
    }
    let width = out.first?.count ?? 0
    for c in 0..<width {
      let column = SklearnConvert.promoted(out.map { $0.count > c ? $0[c] : .int(0) })
      for r in out.indices where out[r].count > c { out[r][c] = column[r] }
    }
    return out
  }
}
