import Datasets
import Interpreter
import Tensor

/// `sklearn.datasets`: the bundled toy datasets and the sample generators.
enum SklearnDatasets {
  /// Builds the module.
  static func makeModule() -> PyModule {
    let module = PyModule(
      "sklearn.datasets", doc: "scikit-learn's toy datasets (iris, breast cancer, wine, digits, diabetes) and generators.")
    defineLoaders(in: module)
    defineGenerators(in: module)
    return module
  }

  private static func defineLoaders(in module: PyModule) {
    let plain: [(String, String, () throws -> ToyDataset)] = [
      ("load_iris", "Load and return the iris dataset (classification).", ToyDataset.iris),
      ("load_breast_cancer", "Load and return the breast cancer Wisconsin dataset (classification).", ToyDataset.breastCancer),
      ("load_wine", "Load and return the wine dataset (classification).", ToyDataset.wine),
    ]
    for (name, doc, load) in plain {
      SklearnErrors.define(module, name, ["*", "return_X_y=", "as_frame="], doc: doc) { bound, evaluator in
        try requireNoFrame(bound, evaluator)
        return try result(try load(), bound, evaluator)
      }
    }
    SklearnErrors.define(
      module, "load_digits", ["*", "n_class=", "return_X_y=", "as_frame="],
      doc: "Load and return the digits dataset (classification)."
    ) { bound, evaluator in
      try requireNoFrame(bound, evaluator)
      let nClass = try bound["n_class"].map(NumpyConvert.int) ?? 10
      return try result(try ToyDataset.digits(nClass: nClass), bound, evaluator)
    }
    SklearnErrors.define(
      module, "load_diabetes", ["*", "return_X_y=", "as_frame=", "scaled="],
      doc: "Load and return the diabetes dataset (regression)."
    ) { bound, evaluator in
      try requireNoFrame(bound, evaluator)
      let scaled = try SklearnConvert.flag(bound["scaled"], evaluator, default: true)
      return try result(try ToyDataset.diabetes(scaled: scaled), bound, evaluator)
    }
  }

  private static func requireNoFrame(_ bound: BoundArguments, _ evaluator: Evaluator) throws {
    if try SklearnConvert.flag(bound["as_frame"], evaluator, default: false) {
      throw PyError(.importError, "as_frame=True needs pandas, which Neurona does not provide; use the default as_frame=False")
    }
  }

  /// `(data, target)` for `return_X_y=True`, else the Bunch with scikit-learn's keys in order.
  private static func result(_ set: ToyDataset, _ bound: BoundArguments, _ evaluator: Evaluator) throws -> Value {
    let data = NumpyConvert.array(set.data)
    let target = NumpyConvert.array(set.target)
    if try SklearnConvert.flag(bound["return_X_y"], evaluator, default: false) { return .tuple([data, target]) }
    let features = Value.list(set.featureNames.map(Value.str))
    let names: Value
    if set.name == "digits" {
      names = NumpyConvert.array(Tensor(Array(0..<10)))
    } else {
      names = .list((set.targetNames ?? []).map(Value.str))
    }
    var pairs: [(String, Value)] = [("data", data), ("target", target), ("frame", .none)]
    switch set.name {
    case "digits":
      pairs += [("feature_names", features), ("target_names", names)]
      pairs.append(("images", set.images.map(NumpyConvert.array) ?? .none))
      pairs.append(("DESCR", .str(set.descr)))
    case "diabetes", "diabetes_scaled":
      pairs += [("DESCR", .str(set.descr)), ("feature_names", features)]
      pairs += [
        ("data_filename", .str("diabetes_data_raw.csv.gz")), ("target_filename", .str("diabetes_target.csv.gz")),
        ("data_module", .str("sklearn.datasets.data")),
      ]
    default:
      pairs += [("target_names", names), ("DESCR", .str(set.descr)), ("feature_names", features)]
      if set.name == "iris" || set.name == "breast_cancer" {
        pairs += [("filename", .str("\(set.name).csv")), ("data_module", .str("sklearn.datasets.data"))]
      }
    }
    return .object(Bunch(pairs))
  }

  private static func defineGenerators(in module: PyModule) {
    SklearnErrors.define(
      module, "make_moons", ["n_samples=", "*", "shuffle=", "noise=", "random_state="],
      doc: "Make two interleaving half circles."
    ) { bound, evaluator in
      let (x, y) = try SampleGenerators.makeMoons(
        nSamples: try bound["n_samples"].map(NumpyConvert.int) ?? 100,
        shuffle: try SklearnConvert.flag(bound["shuffle"], evaluator, default: true),
        noise: try bound["noise"].map(NumpyConvert.double),
        randomState: try SklearnConvert.seed(bound["random_state"], evaluator))
      return .tuple([NumpyConvert.array(x), NumpyConvert.array(y)])
    }
    SklearnErrors.define(
      module, "make_circles", ["n_samples=", "*", "shuffle=", "noise=", "random_state=", "factor="],
      doc: "Make a large circle containing a smaller circle in 2d."
    ) { bound, evaluator in
      let (x, y) = try SampleGenerators.makeCircles(
        nSamples: try bound["n_samples"].map(NumpyConvert.int) ?? 100,
        shuffle: try SklearnConvert.flag(bound["shuffle"], evaluator, default: true),
        noise: try bound["noise"].map(NumpyConvert.double),
        randomState: try SklearnConvert.seed(bound["random_state"], evaluator),
        factor: try bound["factor"].map(NumpyConvert.double) ?? 0.8)
      return .tuple([NumpyConvert.array(x), NumpyConvert.array(y)])
    }
    SklearnErrors.define(
      module, "make_blobs",
      ["n_samples=", "n_features=", "*", "centers=", "cluster_std=", "center_box=", "shuffle=", "random_state=",
       "return_centers="],
      doc: "Generate isotropic Gaussian blobs for clustering."
    ) { bound, evaluator in
      try makeBlobs(bound, evaluator)
    }
    SklearnErrors.define(
      module, "make_classification",
      ["n_samples=", "n_features=", "*", "n_informative=", "n_redundant=", "n_repeated=", "n_classes=",
       "n_clusters_per_class=", "weights=", "flip_y=", "class_sep=", "hypercube=", "shift=", "scale=", "shuffle=",
       "random_state="],
      doc: "Generate a random n-class classification problem."
    ) { bound, evaluator in
      try makeClassification(bound, evaluator)
    }
    SklearnErrors.define(
      module, "make_regression",
      ["n_samples=", "n_features=", "*", "n_informative=", "n_targets=", "bias=", "noise=", "shuffle=", "coef=",
       "random_state="],
      doc: "Generate a random regression problem."
    ) { bound, evaluator in
      let (x, y, coef) = try SampleGenerators.makeRegression(
        nSamples: try bound["n_samples"].map(NumpyConvert.int) ?? 100,
        nFeatures: try bound["n_features"].map(NumpyConvert.int) ?? 100,
        nInformative: try bound["n_informative"].map(NumpyConvert.int) ?? 10,
        nTargets: try bound["n_targets"].map(NumpyConvert.int) ?? 1,
        bias: try bound["bias"].map(NumpyConvert.double) ?? 0,
        noise: try bound["noise"].map(NumpyConvert.double) ?? 0,
        shuffle: try SklearnConvert.flag(bound["shuffle"], evaluator, default: true),
        randomState: try SklearnConvert.seed(bound["random_state"], evaluator))
      var items = [NumpyConvert.array(x), NumpyConvert.array(y)]
      if try SklearnConvert.flag(bound["coef"], evaluator, default: false) {
        items.append(NumpyConvert.array(coef.ndim == 2 && coef.shape[1] == 1 ? coef.flattened() : coef))
      }
      return .tuple(items)
    }
  }

  private static func makeBlobs(_ bound: BoundArguments, _ evaluator: Evaluator) throws -> Value {
    var centers: SampleGenerators.Centers?
    if let given = bound["centers"] {
      if let count = try? NumpyConvert.int(given) {
        centers = .count(count)
      } else {
        let t = try NumpyConvert.tensor(given, evaluator)
        guard t.ndim == 2 else { throw PyError.valueError("centers must be an int or a 2-D array of centres") }
        let values = t.doubles
        centers = .points((0..<t.shape[0]).map { Array(values[($0 * t.shape[1])..<(($0 + 1) * t.shape[1])]) })
      }
    }
    var std: [Double] = [1]
    if let given = bound["cluster_std"] {
      if let single = try? NumpyConvert.double(given) { std = [single] } else {
        std = try NumpyConvert.tensor(given, evaluator).doubles
      }
    }
    var box = (-10.0, 10.0)
    if let given = bound["center_box"] {
      let pair = try evaluator.collect(given).map(NumpyConvert.double)
      guard pair.count == 2 else { throw PyError.valueError("center_box must be a (min, max) pair") }
      box = (pair[0], pair[1])
    }
    let (x, y, c) = try SampleGenerators.makeBlobs(
      nSamples: try bound["n_samples"].map(NumpyConvert.int) ?? 100,
      nFeatures: try bound["n_features"].map(NumpyConvert.int) ?? 2, centers: centers, clusterStd: std,
      centerBox: box, shuffle: try SklearnConvert.flag(bound["shuffle"], evaluator, default: true),
      randomState: try SklearnConvert.seed(bound["random_state"], evaluator))
    var items = [NumpyConvert.array(x), NumpyConvert.array(y)]
    if try SklearnConvert.flag(bound["return_centers"], evaluator, default: false) {
      items.append(NumpyConvert.array(c))
    }
    return .tuple(items)
  }

  private static func makeClassification(_ bound: BoundArguments, _ evaluator: Evaluator) throws -> Value {
    var o = SampleGenerators.ClassificationOptions()
    func int(_ name: String, _ fallback: Int) throws -> Int { try bound[name].map(NumpyConvert.int) ?? fallback }
    func double(_ name: String, _ fallback: Double) throws -> Double {
      try bound[name].map(NumpyConvert.double) ?? fallback
    }
    o.nSamples = try int("n_samples", o.nSamples)
    o.nFeatures = try int("n_features", o.nFeatures)
    o.nInformative = try int("n_informative", o.nInformative)
    o.nRedundant = try int("n_redundant", o.nRedundant)
    o.nRepeated = try int("n_repeated", o.nRepeated)
    o.nClasses = try int("n_classes", o.nClasses)
    o.nClustersPerClass = try int("n_clusters_per_class", o.nClustersPerClass)
    o.weights = try bound["weights"].map { try evaluator.collect($0).map(NumpyConvert.double) }
    o.flipY = try double("flip_y", o.flipY)
    o.classSep = try double("class_sep", o.classSep)
    o.hypercube = try SklearnConvert.flag(bound["hypercube"], evaluator, default: true)
    o.shift = try double("shift", o.shift)
    o.scale = try double("scale", o.scale)
    o.shuffle = try SklearnConvert.flag(bound["shuffle"], evaluator, default: true)
    o.randomState = try SklearnConvert.seed(bound["random_state"], evaluator)
    let (x, y) = try SampleGenerators.makeClassification(o)
    return .tuple([NumpyConvert.array(x), NumpyConvert.array(y)])
  }
}
