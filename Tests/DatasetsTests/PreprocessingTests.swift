import Datasets
import Tensor
import XCTest

final class PreprocessingTests: XCTestCase {
  private func tensor(_ rows: [[Double]]) throws -> Tensor {
    try Tensor(rows.flatMap { $0 }, shape: [rows.count, rows.first?.count ?? 0])
  }

  func testLabelBinarizerMatchesScikitLearn() throws {
    let f = try Fixture.dict("preprocessing")
    let multi = try XCTUnwrap(f["lb_multi"] as? [String: Any])
    var lb = try LabelBinarizer()
    try lb.fit(multi.labels("fit"))
    XCTAssertEqual(lb.classes ?? [], multi.labels("classes"))
    let out = try lb.transform(multi.labels("transform"))
    XCTAssertEqual(out.ints, multi.matrix("out").flatMap { $0 }.map { Int($0) })
    XCTAssertEqual(out.shape, [4, 4])
    XCTAssertEqual(try lb.inverseTransform(out), multi.labels("inverse"))

    let binary = try XCTUnwrap(f["lb_binary"] as? [String: Any])
    var lb2 = try LabelBinarizer()
    let one = try lb2.fitTransform(binary.labels("fit"))
    XCTAssertEqual(one.shape, [4, 1])
    XCTAssertEqual(lb2.classes ?? [], binary.labels("classes"))
    XCTAssertEqual(try lb2.transform(binary.labels("transform")).ints, binary.matrix("out").flatMap { $0 }.map { Int($0) })
    let scores = try tensor(binary.matrix("inverse_scores"))
    XCTAssertEqual(try lb2.inverseTransform(scores), binary.labels("inverse"))

    let custom = try XCTUnwrap(f["lb_labels"] as? [String: Any])
    var lb3 = try LabelBinarizer(negLabel: custom.int("neg"), posLabel: custom.int("pos"))
    try lb3.fit(custom.labels("fit"))
    XCTAssertEqual(try lb3.transform(custom.labels("transform")).ints, custom.matrix("out").flatMap { $0 }.map { Int($0) })
    XCTAssertThrowsError(try LabelBinarizer(negLabel: 1, posLabel: 1))
    XCTAssertThrowsError(try LabelBinarizer().transform([.int(1)]))
  }

  func testLabelEncoderMatchesScikitLearn() throws {
    let c = try XCTUnwrap(try Fixture.dict("preprocessing")["le"] as? [String: Any])
    var le = LabelEncoder()
    le.fit(c.labels("fit"))
    XCTAssertEqual(le.classes ?? [], c.labels("classes"))
    XCTAssertEqual(try le.transform(c.labels("out").isEmpty ? [] : [.string("tokyo"), .string("paris")]).ints, c.ints("out"))
    XCTAssertEqual(try le.inverseTransform([2, 0, 1]), c.labels("inverse"))
    XCTAssertThrowsError(try le.transform([.string("berlin")])) { error in
      XCTAssertTrue("\(error)".contains("previously unseen labels: ['berlin']"))
    }
  }

  func testOneHotEncoderMatchesScikitLearn() throws {
    let f = try Fixture.dict("preprocessing")
    let c = try XCTUnwrap(f["ohe_str"] as? [String: Any])
    let rows = (c["X"] as? [[String]] ?? []).map { $0.map { Label.string($0) } }
    var ohe = OneHotEncoder()
    let out = try ohe.fitTransform(rows)
    XCTAssertEqual(ohe.categories ?? [], (c["categories"] as? [[String]] ?? []).map { $0.map { Label.string($0) } })
    XCTAssertEqual(out.doubles, c.matrix("out").flatMap { $0 })
    XCTAssertEqual(try ohe.featureNamesOut(), c["names"] as? [String] ?? [])
    let inverse = try ohe.inverseTransform(out)
    XCTAssertEqual(inverse.map { $0.compactMap { $0 } }, rows)
    XCTAssertThrowsError(try ohe.transform([[.string("pink"), .string("S")]])) { error in
      XCTAssertEqual("\(error)", "Found unknown categories ['pink'] in column 0 during transform")
    }
    var lenient = OneHotEncoder(handleUnknown: .ignore)
    try lenient.fit(rows)
    let ignoring = try lenient.transform([[.string("pink"), .string("S")]])
    XCTAssertEqual(ignoring.doubles, [0, 0, 0, 0, 0, 1])

    let n = try XCTUnwrap(f["ohe_num"] as? [String: Any])
    var numeric = OneHotEncoder()
    try numeric.fit(Tensor(n.matrix("X").flatMap { $0 }.map { Int($0) }, shape: [3, 2]))
    XCTAssertEqual(try numeric.transform(Tensor([3, 1, 1, 1, 2, 0], shape: [3, 2])).doubles, n.matrix("out").flatMap { $0 })
    XCTAssertEqual(try numeric.featureNamesOut(), n["names"] as? [String] ?? [])
    var flat = OneHotEncoder()
    XCTAssertThrowsError(try flat.fit(Tensor([1, 2, 3])))
  }

  func testStandardScalerMatchesScikitLearn() throws {
    let c = try XCTUnwrap(try Fixture.dict("preprocessing")["standard"] as? [String: Any])
    var s = StandardScaler()
    let out = try s.fitTransform(tensor(c.matrix("X")))
    assertClose(s.mean ?? [], c.doubles("mean"))
    assertClose(s.variance ?? [], c.doubles("var"))
    assertClose(s.scale ?? [], c.doubles("scale"))
    assertClose(out.doubles, c.matrix("out").flatMap { $0 })
    assertClose(try s.transform(tensor(c.matrix("t"))).doubles, c.matrix("tout").flatMap { $0 })
    assertClose(try s.inverseTransform(tensor(c.matrix("t"))).doubles, c.matrix("inverse").flatMap { $0 })
    XCTAssertThrowsError(try StandardScaler().transform(tensor(c.matrix("t"))))
    XCTAssertThrowsError(try s.transform(Tensor([1.0, 2.0])))
  }

  func testMinMaxScalerMatchesScikitLearn() throws {
    let c = try XCTUnwrap(try Fixture.dict("preprocessing")["minmax"] as? [String: Any])
    var s = try MinMaxScaler(featureRange: (-1, 1))
    let out = try s.fitTransform(tensor(c.matrix("X")))
    assertClose(s.dataMin ?? [], c.doubles("data_min"))
    assertClose(s.dataMax ?? [], c.doubles("data_max"))
    assertClose(s.scale ?? [], c.doubles("scale"))
    assertClose(s.min ?? [], c.doubles("min"))
    assertClose(out.doubles, c.matrix("out").flatMap { $0 })
    assertClose(try s.transform(tensor(c.matrix("t"))).doubles, c.matrix("tout").flatMap { $0 })
    assertClose(try s.inverseTransform(tensor(c.matrix("t"))).doubles, c.matrix("inverse").flatMap { $0 })
    var unit = try MinMaxScaler()
    assertClose(try unit.fitTransform(tensor(c.matrix("X"))).doubles, c.matrix("out01").flatMap { $0 })
    XCTAssertThrowsError(try MinMaxScaler(featureRange: (1, 0)))
  }

  func testToCategoricalLikeKeras() throws {
    let out = try Categorical.toCategorical(Tensor([0, 2, 1]))
    XCTAssertEqual(out.shape, [3, 3])
    XCTAssertEqual(out.doubles, [1, 0, 0, 0, 0, 1, 0, 1, 0])
    let column = try Categorical.toCategorical(Tensor([1, 0], shape: [2, 1]), numClasses: 4)
    XCTAssertEqual(column.shape, [2, 4])
    XCTAssertThrowsError(try Categorical.toCategorical(Tensor([5]), numClasses: 3))
  }
}
