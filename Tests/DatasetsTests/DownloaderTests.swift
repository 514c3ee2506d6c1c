import Datasets
import Foundation
import Glibc
import XCTest

final class DownloaderTests: XCTestCase {
  private var temp = ""

  override func setUpWithError() throws {
    temp = NSTemporaryDirectory() + "neurona-downloader-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: temp, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: temp)
  }

  /// Runs a download expected to fail and returns the `downloadFailed` reason.
  private func failure(_ url: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) throws -> String {
    let target = temp + "/out/file.bin"
    var reason = ""
    XCTAssertThrowsError(try Downloader.download(try XCTUnwrap(URL(string: url)), to: target, timeout: timeout), file: file, line: line) { error in
      guard case DatasetError.downloadFailed(let failed, let why) = error else { return XCTFail("\(error)", file: file, line: line) }
      XCTAssertEqual(failed, url, file: file, line: line)
      reason = why
    }
    let left = (try? FileManager.default.contentsOfDirectory(atPath: temp + "/out")) ?? []
    XCTAssertEqual(left, [], "files left behind", file: file, line: line)
    return reason
  }

  func testBodyAndProgressArriveIntact() throws {
    let body = Data((0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
    let server = try LoopbackServer(routes: ["/big.bin": .init(body: body)])
    defer { server.stop() }
    var reports: [(Int64, Int64?)] = []
    let target = temp + "/nested/folder/big.bin"
    try Downloader.download(try XCTUnwrap(URL(string: server.baseURL + "big.bin")), to: target) { reports.append(($0, $1)) }
    XCTAssertEqual(FileManager.default.contents(atPath: target), body)
    XCTAssertEqual(reports.last?.0, Int64(body.count))
    XCTAssertTrue(reports.allSatisfy { $0.1 == Int64(body.count) }, "totals: \(reports.map { $0.1 as Any })")
    XCTAssertEqual(reports.map(\.0), reports.map(\.0).sorted())
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: temp + "/nested/folder"), ["big.bin"])
  }

  func testHTTPErrorStatusIsReported() throws {
    let server = try LoopbackServer(routes: ["/gone": .init(status: 410, body: Data("gone".utf8))])
    defer { server.stop() }
    XCTAssertEqual(try failure(server.baseURL + "missing.npz"), "HTTP status 404")
    XCTAssertEqual(try failure(server.baseURL + "gone"), "HTTP status 410")
  }

  func testServerClosingEarlyIsATruncatedDownload() throws {
    let server = try LoopbackServer(routes: ["/short": .init(body: Data(repeating: 7, count: 10), claimedLength: 5000)])
    defer { server.stop() }
    XCTAssertEqual(try failure(server.baseURL + "short"), "connection closed after 10 of 5000 bytes")
  }

  func testRefusedConnectionIsReported() throws {
    let reason = try failure("http://127.0.0.1:9/x")
    XCTAssertTrue(reason.contains("127.0.0.1") && reason.lowercased().contains("connect"), reason)
  }

  func testSilentServerTimesOut() throws {
    // A listening socket that never answers: the connection is made, no byte ever arrives.
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    XCTAssertGreaterThanOrEqual(fd, 0)
    defer { close(fd) }
    var addr = sockaddr_in()
    addr.sin_family = sa_family_t(AF_INET)
    addr.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &addr) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && listen(fd, 4) == 0 && getsockname(fd, $0, &length) == 0 }
    }
    XCTAssertTrue(bound)
    let start = Date()
    let reason = try failure("http://127.0.0.1:\(UInt16(bigEndian: addr.sin_port))/slow", timeout: 1)
    XCTAssertTrue(reason.hasPrefix("timed out"), reason)
    XCTAssertLessThan(Date().timeIntervalSince(start), 10)
  }
}
