import XCTest

@testable import Jupyter

final class HistoryStoreTests: XCTestCase {
  private func store() -> HistoryStore {
    var store = HistoryStore()
    for (line, code) in ["1+2", "x = 1", "1+2", "print(x)", "1+2"].enumerated() {
      store.append(line: line + 1, input: code, output: nil)
    }
    return store
  }

  func testTailRangeAndSearch() {
    let store = store()
    XCTAssertEqual(store.tail(2).map(\.line), [4, 5])
    XCTAssertEqual(store.tail(nil).count, 5)
    XCTAssertEqual(store.range(session: HistoryStore.session, start: 2, stop: 3).map(\.input), ["x = 1"])
    XCTAssertEqual(store.range(session: 0, start: 4, stop: nil).map(\.line), [4, 5])
    XCTAssertEqual(store.range(session: 7, start: 1, stop: nil).count, 0)
    XCTAssertEqual(store.search(pattern: "1?2*", unique: false, n: nil).map(\.line), [1, 3, 5])
    XCTAssertEqual(store.search(pattern: "1?2*", unique: true, n: nil).map(\.line), [5])
    XCTAssertEqual(store.search(pattern: "*", unique: false, n: 3).map(\.line), [3, 4, 5])
    XCTAssertEqual(store.search(pattern: "print*", unique: false, n: nil).count, 1)
  }

  func testRecentIDsForgetTheOldest() {
    var ids = RecentMessageIDs(capacity: 2)
    XCTAssertTrue(ids.insert("a"))
    XCTAssertFalse(ids.insert("a"))
    XCTAssertTrue(ids.insert("b"))
    XCTAssertTrue(ids.insert("c"))
    XCTAssertTrue(ids.insert("a"))
    XCTAssertFalse(ids.insert("c"))
  }
}
