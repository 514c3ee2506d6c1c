import Foundation
import Tensor

/// Keras's `keras.datasets.mnist` and `keras.datasets.fashion_mnist`, offline first.
///
/// Images come back as int64 tensors holding the uint8 pixel values 0–255 (Keras returns uint8;
/// the Tensor type has no uint8, and int64 keeps integer semantics, so `x / 255.0` gives float64
/// exactly as NumPy does for uint8). Labels are int64 (n,).
public enum KerasDatasets {
  /// The canonical folder Keras downloads both datasets from.
  public static let defaultBaseURL = "https://storage.googleapis.com/tensorflow/tf-keras-datasets/"
  /// SHA-256 of Keras's `mnist.npz` (the `file_hash` Keras passes to `get_file`).
  public static let mnistSHA256 = "731c5ac602752760c8e48fbffcf8c3b850d9dc2a2aedcf2cc48468fc17b673d1"
  /// Fashion-MNIST's files, train images/labels then test images/labels (Keras's names and order).
  public static let fashionFiles = [
    "train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz",
  ]
  /// Fashion-MNIST's class names, by label.
  public static let fashionClassNames = [
    "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
  ]

  /// Train and test splits: `((x_train, y_train), (x_test, y_test))`.
  public struct Splits: Sendable {
    /// Training images, (n, 28, 28) int64 with values 0–255.
    public let xTrain: Tensor
    /// Training labels, (n,) int64.
    public let yTrain: Tensor
    /// Test images, (m, 28, 28) int64.
    public let xTest: Tensor
    /// Test labels, (m,) int64.
    public let yTest: Tensor
    /// Where the data was read from (a file or folder).
    public let source: String
  }

  /// Where to look and how to download.
  public struct Locations {
    /// Keras's cache root (`$KERAS_HOME`, else `~/.keras`); files live under `datasets/`.
    public var kerasHome: String
    /// Read-only folders searched after the cache for Fashion-MNIST's four files (Debian's package).
    public var fashionSystemDirectories: [String] = ["/usr/share/datasets/fashion-mnist"]
    /// Read-only folders searched after the cache for `mnist.npz`.
    public var mnistSystemDirectories: [String] = []
    /// The folder URL files are downloaded from.
    public var baseURL: String = KerasDatasets.defaultBaseURL
    /// Whether to try downloading when nothing is found offline.
    public var allowDownload = true
    /// Download progress per file: (file name, bytes received, expected total).
    public var progress: ((String, Int64, Int64?) -> Void)? = nil
    /// Seconds without data before a download fails.
    public var timeout: TimeInterval = 60

    /// Keras's default locations, honouring `KERAS_HOME`.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
      if let home = environment["KERAS_HOME"], !home.isEmpty {
        kerasHome = home
      } else {
        kerasHome = (environment["HOME"] ?? NSHomeDirectory()) + "/.keras"
      }
    }

    /// The folder Keras caches datasets in: `<kerasHome>/datasets`, or `/tmp/.keras/datasets`
    /// when `kerasHome` exists but is not writable (like Keras's `get_file`).
    public var datasetsDirectory: String {
      var isDirectory: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: kerasHome, isDirectory: &isDirectory)
      if exists && !FileManager.default.isWritableFile(atPath: kerasHome) { return "/tmp/.keras/datasets" }
      return kerasHome + "/datasets"
    }
  }

  /// `keras.datasets.mnist.load_data()`: 60000 + 10000 handwritten digits from `mnist.npz`.
  public static func loadMNIST(_ locations: Locations = Locations()) throws -> Splits {
    let cached = locations.datasetsDirectory + "/mnist.npz"
    var searched: [String] = []
    for path in [cached] + locations.mnistSystemDirectories.map({ $0 + "/mnist.npz" }) {
      searched.append(path)
      if FileManager.default.fileExists(atPath: path) { return try readNPZ(path) }
    }
    let url = locations.baseURL + "mnist.npz"
    searched.append(url)
    guard locations.allowDownload else {
      throw DatasetError.datasetNotFound(name: "MNIST", searched: searched, downloadError: "downloads are disabled")
    }
    do {
      try fetch(url, to: cached, sha256: mnistSHA256, locations: locations)
    } catch let error as DatasetError {
      if case .checksumMismatch = error { throw error }
      throw DatasetError.datasetNotFound(name: "MNIST", searched: searched, downloadError: error.description)
    }
    return try readNPZ(cached)
  }

  /// `keras.datasets.fashion_mnist.load_data()`: 60000 + 10000 clothing images from four IDX .gz files.
  public static func loadFashionMNIST(_ locations: Locations = Locations()) throws -> Splits {
    let cacheFolder = locations.datasetsDirectory + "/fashion-mnist"
    var searched: [String] = []
    for folder in [cacheFolder] + locations.fashionSystemDirectories {
      searched.append(folder + "/{" + fashionFiles.joined(separator: ",") + "}")
      if fashionFiles.allSatisfy({ FileManager.default.fileExists(atPath: folder + "/" + $0) }) {
        return try readIDXFolder(folder)
      }
    }
    searched.append(locations.baseURL + "{" + fashionFiles.joined(separator: ",") + "}")
    guard locations.allowDownload else {
      throw DatasetError.datasetNotFound(name: "Fashion-MNIST", searched: searched, downloadError: "downloads are disabled")
    }
    do {
      for file in fashionFiles where !FileManager.default.fileExists(atPath: cacheFolder + "/" + file) {
        try fetch(locations.baseURL + file, to: cacheFolder + "/" + file, sha256: nil, locations: locations)
      }
    } catch let error as DatasetError {
      throw DatasetError.datasetNotFound(name: "Fashion-MNIST", searched: searched, downloadError: error.description)
    }
    return try readIDXFolder(cacheFolder)
  }

  /// Reads a Keras-layout `mnist.npz` (x_train, y_train, x_test, y_test).
  public static func readNPZ(_ path: String) throws -> Splits {
    let arrays = try NumPyArrayFile.parseNPZ(try read(path), name: path)
    func array(_ key: String) throws -> Tensor {
      guard let t = arrays[key] else { throw DatasetError.corruptFile(path: path, reason: "missing array '\(key)'") }
      return t.astype(.int64)
    }
    let splits = Splits(
      xTrain: try array("x_train"), yTrain: try array("y_train"), xTest: try array("x_test"), yTest: try array("y_test"),
      source: path)
    try validate(splits, path: path)
    return splits
  }

  /// Reads the four Fashion-MNIST IDX files from a folder.
  public static func readIDXFolder(_ folder: String) throws -> Splits {
    let paths = fashionFiles.map { folder + "/" + $0 }
    let splits = Splits(
      xTrain: try IDXFile.parse(try read(paths[0]), name: paths[0], expectedRank: 3),
      yTrain: try IDXFile.parse(try read(paths[1]), name: paths[1], expectedRank: 1),
      xTest: try IDXFile.parse(try read(paths[2]), name: paths[2], expectedRank: 3),
      yTest: try IDXFile.parse(try read(paths[3]), name: paths[3], expectedRank: 1), source: folder)
    try validate(splits, path: folder)
    return splits
  }

  private static func validate(_ s: Splits, path: String) throws {
    guard s.xTrain.ndim == 3, s.xTest.ndim == 3, s.xTrain.shape[0] == s.yTrain.shape.first,
      s.xTest.shape[0] == s.yTest.shape.first, s.yTrain.ndim == 1, s.yTest.ndim == 1
    else {
      throw DatasetError.corruptFile(
        path: path, reason: "images and labels disagree: x_train \(s.xTrain.shape), y_train \(s.yTrain.shape), x_test \(s.xTest.shape), y_test \(s.yTest.shape)")
    }
  }

  private static func read(_ path: String) throws -> Data {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw DatasetError.fileUnreadable(path: path, reason: "cannot open for reading")
    }
    return data
  }

  private static func fetch(_ url: String, to path: String, sha256: String?, locations: Locations) throws {
    guard let parsed = URL(string: url) else { throw DatasetError.downloadFailed(url: url, reason: "not a valid URL") }
    let name = (path as NSString).lastPathComponent
    let report = locations.progress
    try Downloader.download(
      parsed, to: path, sha256: sha256, timeout: locations.timeout,
      progress: report.map { callback in { received, total in callback(name, received, total) } })
  }
}
