import Datasets
import Foundation
import Interpreter
import Tensor

/// `keras.datasets` (also `tensorflow.keras.datasets`): `mnist` and `fashion_mnist`.
///
/// `load_data()` returns `((x_train, y_train), (x_test, y_test))` as int64 arrays holding the
/// uint8 values 0–255 (Neurona's arrays have no uint8 dtype). Downloads show their progress
/// in one display that is updated in place.
enum KerasDatasetsModule {
  /// Where the loaders look; tests replace it.
  nonisolated(unsafe) static var locations: () -> KerasDatasets.Locations = { KerasDatasets.Locations() }

  /// The dotted names registered for each module.
  static let prefixes = ["keras.datasets", "tensorflow.keras.datasets"]

  /// Registers the modules in `session` and attaches `datasets` to `keras` / `tf.keras` once loaded.
  static func install(into session: Session) {
    let evaluator = session.evaluator
    var cached: [String: PyModule]?
    let build = { [weak evaluator] () -> [String: PyModule] in
      if let cached { return cached }
      let built = makeModules(evaluator)
      cached = built
      return built
    }
    for prefix in prefixes {
      session.registerModule(prefix) { build()["datasets"] ?? PyModule(prefix) }
      for name in ["mnist", "fashion_mnist"] {
        session.registerModule("\(prefix).\(name)") { build()[name] ?? PyModule(name) }
      }
    }
    for name in ["keras", "tensorflow.keras", "tensorflow"] {
      guard let original = evaluator.moduleLoaders[name] else { continue }
      evaluator.moduleLoaders[name] = {
        let module = try original()
        let keras = name == "tensorflow" ? module.members["keras"]?.as(PyModule.self) : module
        if let keras, keras.members["datasets"] == nil, let datasets = build()["datasets"] {
          keras.members["datasets"] = .object(datasets)
        }
        return module
      }
    }
  }

  private static func makeModules(_ evaluator: Evaluator?) -> [String: PyModule] {
    let datasets = PyModule("keras.datasets", doc: "Small NumPy datasets for debugging and teaching.")
    var out: [String: PyModule] = ["datasets": datasets]
    let loaders: [(String, String, (KerasDatasets.Locations) throws -> KerasDatasets.Splits)] = [
      ("mnist", "MNIST: 60,000 28x28 grayscale images of the 10 digits, plus 10,000 test images.",
       KerasDatasets.loadMNIST),
      ("fashion_mnist", "Fashion-MNIST: 60,000 28x28 grayscale images of 10 fashion categories, plus 10,000 test images.",
       KerasDatasets.loadFashionMNIST),
    ]
    for (name, doc, load) in loaders {
      let module = PyModule("keras.datasets.\(name)", doc: doc)
      SklearnErrors.define(module, "load_data", name == "mnist" ? ["path="] : [], doc: "Loads the \(name) dataset.") { _, ev in
        let progress = DownloadProgress(sink: ev.sink)
        var locations = locations()
        let base = locations.baseURL
        locations.progress = { file, received, total in
          progress.update(file: file, received: received, total: total, base: base)
        }
        let splits = try load(locations)
        progress.finish()
        return .tuple([
          .tuple([NumpyConvert.array(splits.xTrain), NumpyConvert.array(splits.yTrain)]),
          .tuple([NumpyConvert.array(splits.xTest), NumpyConvert.array(splits.yTest)]),
        ])
      }
      datasets.members[name] = .object(module)
      out[name] = module
    }
    return out
  }
}
