@testable import Datasets
import XCTest

final class DatasetsResourceTests: XCTestCase {
  func testResourceDirectoryExists() {
    XCTAssertNotNil(Datasets.resourceDirectory)
  }
}
