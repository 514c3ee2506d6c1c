@testable import Bindings
import Datasets
import Foundation
import Interpreter
import GoldenTesting
import XCTest

/// The sklearn, keras.datasets and np.loadtxt golden files, one test each, plus session checks
/// (module wiring, the shared np.random state, download progress and dataset errors).
final class SklearnTests: XCTestCase {
  private func session() -> Session {
    let session = Session()
    StandardModules.install(into: session)
    return session
  }

  private func golden(_ name: String) throws {
    let files = GoldenRunner.files(in: .module, folder: "Golden").filter { $0.lastPathComponent == name }
    XCTAssertEqual(files.count, 1, "golden file \(name)")
    for file in files { try GoldenRunner.run(file: file, makeSession: session) }
  }

  /// Runs `code` and returns its printed text, failing on errors.
  private func run(_ code: String, in session: Session) -> (String, GoldenRunner.Collector) {
    let collector = GoldenRunner.Collector()
    if case .error(let name, let value, _) = session.execute(code, sink: collector) {
      XCTFail("\(name): \(value)")
    }
    return (collector.text, collector)
  }

  func testDatasetsGolden() throws { try golden("sklearn_datasets.py") }
  func testSplitGolden() throws { try golden("sklearn_split.py") }
  func testPreprocessingGolden() throws { try golden("sklearn_preprocessing.py") }
  func testMetricsGolden() throws { try golden("sklearn_metrics.py") }
  func testLoadtxtGolden() throws { try golden("np_loadtxt.py") }
  func testLessonIrisGolden() throws { try golden("lesson_sklearn_iris.py") }

  func testKerasDatasetsGolden() throws {
    let folder = "/usr/share/datasets/fashion-mnist"
    guard FileManager.default.fileExists(atPath: folder + "/train-labels-idx1-ubyte.gz") else {
      throw XCTSkip("Debian's dataset-fashion-mnist is not installed")
    }
    try golden("keras_datasets.py")
  }

  func testSubmodulesAreAttributesOfTheirParents() {
    let s = session()
    let (text, _) = run("import sklearn\nprint(sklearn.datasets.load_iris().data.shape, sklearn.preprocessing.StandardScaler())", in: s)
    XCTAssertEqual(text, "(150, 4) StandardScaler()\n")
  }

  func testKerasDatasetsIsAnAttributeOfTfKeras() throws {
    let collector = GoldenRunner.Collector()
    let outcome = session().execute(
      "import tensorflow as tf\nimport keras\nprint(tf.keras.datasets.mnist.__name__, keras.datasets.fashion_mnist.__name__)", sink: collector)
    if case .error(let name, let value, _) = outcome {
      throw XCTSkip("tf.keras.datasets is not reachable here (\(name): \(value))")
    }
    XCTAssertEqual(collector.text, "keras.datasets.mnist keras.datasets.fashion_mnist\n")
  }

  func testNoSeedDrawsFromTheSessionsNumpyState() {
    let s = session()
    let (first, _) = run(
      "import numpy as np\nfrom sklearn.datasets import make_moons\nnp.random.seed(3)\nX, y = make_moons(8, noise=0.1)\nprint(X.sum(), np.random.rand())",
      in: s)
    let (second, _) = run("np.random.seed(3)\nX, y = make_moons(8, noise=0.1)\nprint(X.sum(), np.random.rand())", in: s)
    XCTAssertEqual(first, second)
    let (seeded, _) = run("X2, y2 = make_moons(8, noise=0.1, random_state=3)\nprint((X2 == X).all())", in: s)
    XCTAssertEqual(seeded, "True\n")
  }

  func testMissingDatasetRaisesOSErrorListingPlaces() throws {
    let home = NSTemporaryDirectory() + "neurona-keras-\(UUID().uuidString)"
    let saved = KerasDatasetsModule.locations
    defer { KerasDatasetsModule.locations = saved }
    KerasDatasetsModule.locations = {
      var locations = KerasDatasets.Locations(environment: ["KERAS_HOME": home])
      locations.allowDownload = false
      locations.fashionSystemDirectories = []
      return locations
    }
    let collector = GoldenRunner.Collector()
    let outcome = session().execute("from keras.datasets import mnist\nmnist.load_data()", sink: collector)
    guard case .error(let name, let value, _) = outcome else { return XCTFail("expected an error") }
    XCTAssertEqual(name, "OSError")
    XCTAssertTrue(value.contains(home + "/datasets/mnist.npz"), value)
    XCTAssertTrue(value.contains("downloads are disabled"), value)
  }

  func testDownloadProgressUsesOneDisplayID() {
    let recorder = Recorder()
    let progress = DownloadProgress(sink: recorder)
    progress.update(file: "mnist.npz", received: 0, total: 100, base: "https://example.org/")
    progress.update(file: "mnist.npz", received: 50, total: 100, base: "https://example.org/")
    progress.update(file: "mnist.npz", received: 100, total: 100, base: "https://example.org/")
    progress.finish()
    XCTAssertGreaterThanOrEqual(recorder.ids.count, 2)
    XCTAssertEqual(Set(recorder.ids.map { $0.0 ?? "" }).count, 1)
    XCTAssertEqual(recorder.ids.first?.1, false)
    XCTAssertTrue(recorder.ids.dropFirst().allSatisfy { $0.1 })
    XCTAssertTrue(recorder.text.hasSuffix("Downloading data from https://example.org/mnist.npz\n100/100 ━━━━━━━━━━━━━━━━━━━━\n"), recorder.text)
  }

  /// Records every display call (id and update flag) and the printed text.
  private final class Recorder: OutputSink {
    var text = ""
    var ids: [(String?, Bool)] = []

    func stream(_ name: StreamName, _ text: String) { self.text += text }
    func display(_ bundle: MimeBundle, displayID: String?, update: Bool) {
      ids.append((displayID, update))
      text += (bundle.data["text/plain"] ?? "") + "\n"
    }
    func clearOutput(wait: Bool) {}
    func page(_ bundle: MimeBundle) {}
    func readInput(prompt: String, password: Bool) throws -> String { throw InputUnavailable() }
  }
}
