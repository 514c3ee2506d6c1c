import Interpreter

/// Installs `sklearn` (`datasets`, `model_selection`, `preprocessing`, `metrics`) and
/// `keras.datasets` / `tensorflow.keras.datasets`.
///
/// Each session gets its own module objects; functions with `random_state=None` draw from
/// the session's `np.random` generator.
public enum SklearnModule {
  /// scikit-learn's version string.
  static let version = "1.9.1-neurona"

  /// The submodules of `sklearn`, with their builders.
  static let submodules: [(String, () -> PyModule)] = [
    ("datasets", SklearnDatasets.makeModule), ("model_selection", SklearnModelSelection.makeModule),
    ("preprocessing", SklearnPreprocessing.makeModule), ("metrics", SklearnMetrics.makeModule),
    ("exceptions", makeExceptions),
  ]

  /// Registers the modules in `session`; run after the Keras installer so `keras.datasets`
  /// can be attached to `keras` and `tf.keras`.
  public static func install(into session: Session) {
    var cached: [String: PyModule] = [:]
    let submodule = { (name: String, make: () -> PyModule) -> PyModule in
      if let module = cached[name] { return module }
      let module = make()
      cached[name] = module
      return module
    }
    for (name, make) in submodules {
      session.registerModule("sklearn.\(name)") { submodule(name, make) }
    }
    session.registerModule("sklearn") {
      submodule("sklearn") {
        let module = PyModule("sklearn", doc: "scikit-learn for Neurona: toy datasets, splitting, preprocessing and metrics.")
        module.members["__version__"] = .str(version)
        for (name, make) in submodules { module.members[name] = .object(submodule(name, make)) }
        return module
      }
    }
    KerasDatasetsModule.install(into: session)
  }

  private static func makeExceptions() -> PyModule {
    let module = PyModule("sklearn.exceptions", doc: "scikit-learn's exception classes.")
    module.members["NotFittedError"] = .object(SklearnErrors.notFittedError)
    return module
  }
}
