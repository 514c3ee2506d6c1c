import Datasets
import Foundation
import Tensor
import XCTest

final class KerasDatasetsTests: XCTestCase {
  private var temp = ""

  override func setUpWithError() throws {
    temp = NSTemporaryDirectory() + "neurona-datasets-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: temp, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: temp)
  }

  /// Four tiny Fashion-MNIST-shaped IDX .gz files: 3 train and 2 test images.
  private func fakeFashionFiles() throws -> [String: Data] {
    let train = IDXFile.encode((0..<(3 * 784)).map { UInt8($0 % 256) }, shape: [3, 28, 28])
    let test = IDXFile.encode((0..<(2 * 784)).map { UInt8(($0 * 7) % 256) }, shape: [2, 28, 28])
    return [
      "train-images-idx3-ubyte.gz": try Zlib.gzip(train),
      "train-labels-idx1-ubyte.gz": try Zlib.gzip(IDXFile.encode([9, 0, 3], shape: [3])),
      "t10k-images-idx3-ubyte.gz": try Zlib.gzip(test),
      "t10k-labels-idx1-ubyte.gz": try Zlib.gzip(IDXFile.encode([2, 7], shape: [2])),
    ]
  }

  private func locations(base: String) -> KerasDatasets.Locations {
    var loc = KerasDatasets.Locations(environment: ["KERAS_HOME": temp + "/keras"])
    loc.baseURL = base
    loc.fashionSystemDirectories = [temp + "/system"]
    loc.mnistSystemDirectories = []
    loc.timeout = 10
    return loc
  }

  func testKerasHomeFromEnvironment() {
    XCTAssertEqual(KerasDatasets.Locations(environment: ["KERAS_HOME": "/x"]).datasetsDirectory, "/x/datasets")
    XCTAssertEqual(KerasDatasets.Locations(environment: ["HOME": "/home/u"]).datasetsDirectory, "/home/u/.keras/datasets")
  }

  func testFashionDownloadsIntoCacheWithProgressThenReadsOffline() throws {
    let files = try fakeFashionFiles()
    let server = try LoopbackServer(routes: Dictionary(uniqueKeysWithValues: files.map { ("/data/" + $0.key, LoopbackServer.Route(body: $0.value)) }))
    defer { server.stop() }
    var loc = locations(base: server.baseURL + "data/")
    var reports: [String: Int64] = [:]
    loc.progress = { name, received, _ in reports[name] = received }
    let splits = try KerasDatasets.loadFashionMNIST(loc)
    XCTAssertEqual(splits.xTrain.shape, [3, 28, 28])
    XCTAssertEqual(splits.yTrain.ints, [9, 0, 3])
    XCTAssertEqual(splits.yTest.ints, [2, 7])
    XCTAssertEqual(splits.xTest.ints[1], 7)
    XCTAssertEqual(splits.xTrain.dtype, .int64)
    for (name, data) in files {
      XCTAssertEqual(reports[name], Int64(data.count), "progress for \(name)")
      XCTAssertTrue(FileManager.default.fileExists(atPath: loc.datasetsDirectory + "/fashion-mnist/" + name))
    }
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: loc.datasetsDirectory + "/fashion-mnist")
    XCTAssertFalse(leftovers.contains { $0.contains(".part-") }, "temporary files left: \(leftovers)")
    // Second load: served from the cache, no new requests.
    _ = try KerasDatasets.loadFashionMNIST(loc)
    XCTAssertEqual(server.hitCount("/data/train-images-idx3-ubyte.gz"), 1)
  }

  func testSystemFolderIsUsedBeforeDownloading() throws {
    try FileManager.default.createDirectory(atPath: temp + "/system", withIntermediateDirectories: true)
    for (name, data) in try fakeFashionFiles() { try data.write(to: URL(fileURLWithPath: temp + "/system/" + name)) }
    var loc = locations(base: "http://127.0.0.1:9/never/")
    loc.allowDownload = false
    let splits = try KerasDatasets.loadFashionMNIST(loc)
    XCTAssertEqual(splits.source, temp + "/system")
  }

  func testChecksumMismatchLeavesNoFile() throws {
    let body = try Fixture.bytes("mnist_tiny_deflated.npz")
    let server = try LoopbackServer(routes: ["/mnist.npz": .init(body: body)])
    defer { server.stop() }
    let loc = locations(base: server.baseURL)
    XCTAssertThrowsError(try KerasDatasets.loadMNIST(loc)) { error in
      guard case DatasetError.checksumMismatch = error else { return XCTFail("\(error)") }
    }
    XCTAssertFalse(FileManager.default.fileExists(atPath: loc.datasetsDirectory + "/mnist.npz"))
    // The right hash passes and the file lands atomically.
    let target = temp + "/direct/mnist.npz"
    let sha = try XCTUnwrap(try Fixture.dict("mnist_tiny")["deflated_sha256"] as? String)
    try Downloader.download(try XCTUnwrap(URL(string: server.baseURL + "mnist.npz")), to: target, sha256: sha)
    let splits = try KerasDatasets.readNPZ(target)
    XCTAssertEqual(splits.xTrain.shape, [3, 28, 28])
    XCTAssertEqual(splits.yTrain.ints, [5, 0, 4])
  }

  func testCachedMNISTIsReadWithoutNetwork() throws {
    var loc = locations(base: "http://127.0.0.1:9/")
    loc.allowDownload = false
    try FileManager.default.createDirectory(atPath: loc.datasetsDirectory, withIntermediateDirectories: true)
    try Fixture.bytes("mnist_tiny_stored.npz").write(to: URL(fileURLWithPath: loc.datasetsDirectory + "/mnist.npz"))
    let splits = try KerasDatasets.loadMNIST(loc)
    XCTAssertEqual(splits.yTest.ints, [7, 2])
  }

  func testTruncatedDownloadAndCorruptFilesGiveClearErrors() throws {
    let files = try fakeFashionFiles()
    var routes = Dictionary(uniqueKeysWithValues: files.map { ("/" + $0.key, LoopbackServer.Route(body: $0.value)) })
    let image = try XCTUnwrap(files["train-images-idx3-ubyte.gz"])
    routes["/train-images-idx3-ubyte.gz"] = .init(body: image.prefix(10), claimedLength: image.count)
    let server = try LoopbackServer(routes: routes)
    defer { server.stop() }
    let loc = locations(base: server.baseURL)
    XCTAssertThrowsError(try KerasDatasets.loadFashionMNIST(loc)) { error in
      let text = "\(error)"
      XCTAssertTrue(text.contains("Places looked"), text)
      XCTAssertTrue(text.contains(self.temp + "/system"), text)
      XCTAssertTrue(text.contains(server.baseURL), text)
    }
    XCTAssertFalse(FileManager.default.fileExists(atPath: loc.datasetsDirectory + "/fashion-mnist/train-images-idx3-ubyte.gz"))
    // A corrupt file already in the cache is reported by name.
    let folder = loc.datasetsDirectory + "/fashion-mnist"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for (name, data) in files { try data.write(to: URL(fileURLWithPath: folder + "/" + name)) }
    try image.prefix(image.count - 8).write(to: URL(fileURLWithPath: folder + "/train-images-idx3-ubyte.gz"))
    XCTAssertThrowsError(try KerasDatasets.loadFashionMNIST(loc)) { error in
      XCTAssertTrue("\(error)".contains("train-images-idx3-ubyte.gz"), "\(error)")
    }
  }

  func testNothingOfflineAndNoServerListsEveryPlace() throws {
    let loc = locations(base: "http://127.0.0.1:9/")
    XCTAssertThrowsError(try KerasDatasets.loadMNIST(loc)) { error in
      let text = "\(error)"
      XCTAssertTrue(text.contains(loc.datasetsDirectory + "/mnist.npz"), text)
      XCTAssertTrue(text.contains("http://127.0.0.1:9/mnist.npz"), text)
    }
  }

  func testRealDebianFashionMNISTWhenInstalled() throws {
    let folder = "/usr/share/datasets/fashion-mnist"
    guard FileManager.default.fileExists(atPath: folder + "/train-images-idx3-ubyte.gz") else {
      throw XCTSkip("Debian's dataset-fashion-mnist is not installed (apt-get install dataset-fashion-mnist); \(folder) is missing")
    }
    var loc = KerasDatasets.Locations(environment: ["KERAS_HOME": temp + "/empty-keras-home"])
    loc.allowDownload = false
    let splits = try KerasDatasets.loadFashionMNIST(loc)
    XCTAssertEqual(splits.source, folder)
    XCTAssertEqual(splits.xTrain.shape, [60000, 28, 28])
    XCTAssertEqual(splits.xTest.shape, [10000, 28, 28])
    XCTAssertEqual(Array(splits.yTrain.ints.prefix(10)), [9, 0, 0, 3, 0, 2, 7, 2, 5, 5])
    var counts = [Int](repeating: 0, count: 10)
    for y in splits.yTrain.ints { counts[y] += 1 }
    XCTAssertEqual(counts, [Int](repeating: 6000, count: 10))
    XCTAssertLessThanOrEqual(splits.xTrain.ints.max() ?? 0, 255)
  }
}
