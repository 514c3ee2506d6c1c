import Datasets
import Tensor
import XCTest

final class GeneratorTests: XCTestCase {
  private func cases(_ fn: String) throws -> [[String: Any]] {
    try Fixture.list("generators").filter { $0["fn"] as? String == fn }
  }

  func testMakeMoonsMatchesScikitLearnExactly() throws {
    for c in try cases("moons") {
      let (x, y) = try SampleGenerators.makeMoons(
        nSamples: c.int("n_samples"), shuffle: c.bool("shuffle"), noise: c.optionalDouble("noise"),
        randomState: .seed(c.int("random_state")))
      assertClose(x.doubles, c.matrix("X").flatMap { $0 }, "moons \(c["n_samples"] ?? 0)")
      XCTAssertEqual(y.ints, c.ints("y"))
      XCTAssertEqual(x.shape, [c.int("n_samples"), 2])
    }
  }

  func testMakeCirclesMatchesScikitLearnExactly() throws {
    for c in try cases("circles") {
      let (x, y) = try SampleGenerators.makeCircles(
        nSamples: c.int("n_samples"), shuffle: c.bool("shuffle"), noise: c.optionalDouble("noise"),
        randomState: .seed(c.int("random_state")), factor: c.double("factor"))
      assertClose(x.doubles, c.matrix("X").flatMap { $0 }, "circles")
      XCTAssertEqual(y.ints, c.ints("y"))
    }
  }

  func testMakeBlobsMatchesScikitLearnExactly() throws {
    for c in try cases("blobs") {
      let centers: SampleGenerators.Centers
      if let points = c["center_points"] as? [[Any]] {
        centers = .points(points.map { $0.map { [String: Any].number($0) } })
      } else {
        centers = .count(c.int("centers"))
      }
      let result = try SampleGenerators.makeBlobs(
        nSamples: c.int("n_samples"), nFeatures: c.int("n_features"), centers: centers,
        clusterStd: [c.double("cluster_std")], shuffle: c.bool("shuffle"), randomState: .seed(c.int("random_state")))
      assertClose(result.x.doubles, c.matrix("X").flatMap { $0 }, "blobs")
      XCTAssertEqual(result.y.ints, c.ints("y"))
    }
  }

  func testMakeClassificationMatchesScikitLearn() throws {
    for c in try cases("classification") {
      var o = SampleGenerators.ClassificationOptions()
      o.nSamples = c.int("n_samples")
      if c["n_features"] != nil { o.nFeatures = c.int("n_features") }
      if c["n_informative"] != nil { o.nInformative = c.int("n_informative") }
      if c["n_redundant"] != nil { o.nRedundant = c.int("n_redundant") }
      if c["n_repeated"] != nil { o.nRepeated = c.int("n_repeated") }
      if c["n_classes"] != nil { o.nClasses = c.int("n_classes") }
      if c["n_clusters_per_class"] != nil { o.nClustersPerClass = c.int("n_clusters_per_class") }
      if c["flip_y"] != nil { o.flipY = c.double("flip_y") }
      if c["class_sep"] != nil { o.classSep = c.double("class_sep") }
      if c["shuffle"] != nil { o.shuffle = c.bool("shuffle") }
      o.randomState = .seed(c.int("random_state"))
      let (x, y) = try SampleGenerators.makeClassification(o)
      // np.dot goes through BLAS, whose summation order may differ in the last bit.
      assertClose(x.doubles, c.matrix("X").flatMap { $0 }, tolerance: 1e-12, "classification")
      XCTAssertEqual(y.ints, c.ints("y"))
    }
  }

  func testMakeRegressionMatchesScikitLearn() throws {
    for c in try cases("regression") {
      let (x, y, _) = try SampleGenerators.makeRegression(
        nSamples: c.int("n_samples"), nFeatures: c.int("n_features"), nInformative: c["n_informative"] == nil ? 10 : c.int("n_informative"),
        bias: c["bias"] == nil ? 0 : c.double("bias"), noise: c["noise"] == nil ? 0 : c.double("noise"),
        shuffle: c["shuffle"] == nil ? true : c.bool("shuffle"), randomState: .seed(c.int("random_state")))
      assertClose(x.doubles, c.matrix("X").flatMap { $0 }, "regression X")
      assertClose(y.doubles, c.doubles("y"), tolerance: 1e-12, "regression y")
    }
  }

  func testGeneratorErrors() {
    XCTAssertThrowsError(try SampleGenerators.makeCircles(factor: 1.5))
    XCTAssertThrowsError(try SampleGenerators.makeMoons(nSamples: 0))
    var o = SampleGenerators.ClassificationOptions()
    o.nInformative = 1
    o.nClasses = 3
    XCTAssertThrowsError(try SampleGenerators.makeClassification(o))
    XCTAssertThrowsError(try SampleGenerators.makeBlobs(centers: .count(3), clusterStd: [1, 2]))
  }

  func testExtremeArgumentsAreErrorsNotCrashes() throws {
    // Class weights that give no sample count, and sizes past memory, used to trap.
    for weights in [[Double.nan, 0.5], [1e308, 1e308], [-0.5, 0.5]] {
      var o = SampleGenerators.ClassificationOptions()
      o.nSamples = 10
      o.weights = weights
      XCTAssertThrowsError(try SampleGenerators.makeClassification(o), "weights \(weights)")
    }
    for (samples, features) in [(10, 1 << 62), (1 << 62, 20)] {
      var o = SampleGenerators.ClassificationOptions()
      o.nSamples = samples
      o.nFeatures = features
      XCTAssertThrowsError(try SampleGenerators.makeClassification(o), "\(samples) x \(features)")
    }
    XCTAssertThrowsError(try SampleGenerators.makeRegression(nSamples: 1 << 62, nFeatures: 2, nTargets: 1 << 62))
    // Weights summing past 1 ask for more rows than there are; the rows stop at n_samples.
    var o = SampleGenerators.ClassificationOptions()
    o.nSamples = 10
    o.weights = [0.9, 0.9]
    XCTAssertEqual(try SampleGenerators.makeClassification(o).x.shape, [10, 20])
  }

  func testSameSeedGivesSameData() throws {
    let a = try SampleGenerators.makeMoons(nSamples: 20, noise: 0.1, randomState: .seed(5))
    let b = try SampleGenerators.makeMoons(nSamples: 20, noise: 0.1, randomState: .seed(5))
    XCTAssertEqual(a.x, b.x)
  }
}
