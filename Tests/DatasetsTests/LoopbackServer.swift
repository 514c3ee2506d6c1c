import Foundation
import Glibc

/// A tiny HTTP/1.0 server on 127.0.0.1 for download tests; serves canned bodies, bounded in time.
final class LoopbackServer: @unchecked Sendable {
  /// One canned response.
  struct Route {
    var status = 200
    var body: Data
    /// Advertise this many bytes but send only `body` (a truncated transfer).
    var claimedLength: Int?
  }

  private let listener: Int32
  private let lock = NSLock()
  private var routes: [String: Route]
  private var hits: [String: Int] = [:]
  /// The bound port.
  let port: UInt16

  /// Starts listening on an ephemeral loopback port.
  init(routes: [String: Route]) throws {
    self.routes = routes
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw ServerError.socket("socket") }
    var one: Int32 = 1
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
    var addr = sockaddr_in()
    addr.sin_family = sa_family_t(AF_INET)
    addr.sin_port = 0
    addr.sin_addr.s_addr = inet_addr("127.0.0.1")
    let bound = withUnsafePointer(to: &addr) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard bound == 0, listen(fd, 8) == 0 else {
      close(fd)
      throw ServerError.socket("bind/listen")
    }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &addr) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
    }
    port = UInt16(bigEndian: addr.sin_port)
    listener = fd
    let thread = Thread { [self] in serve() }
    thread.start()
  }

  /// The base URL, ending in `/`.
  var baseURL: String { "http://127.0.0.1:\(port)/" }

  /// How many times a path was requested.
  func hitCount(_ path: String) -> Int { lock.withLock { hits[path] ?? 0 } }

  /// Stops accepting connections.
  func stop() {
    shutdown(listener, Int32(SHUT_RDWR))
    close(listener)
  }

  private func serve() {
    let deadline = Date().addingTimeInterval(60)
    while Date() < deadline {
      let client = accept(listener, nil, nil)
      if client < 0 { return }
      var timeout = timeval(tv_sec: 5, tv_usec: 0)
      setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
      handle(client)
      close(client)
    }
  }

  private func handle(_ client: Int32) {
    var request = [UInt8]()
    var buffer = [UInt8](repeating: 0, count: 4096)
    while !String(decoding: request, as: UTF8.self).contains("\r\n\r\n") {
      let n = recv(client, &buffer, buffer.count, 0)
      if n <= 0 { return }
      request += buffer[0..<n]
    }
    let line = String(decoding: request, as: UTF8.self).split(separator: "\r\n").first ?? ""
    let parts = line.split(separator: " ")
    let path = parts.count > 1 ? String(parts[1]) : "/"
    let route = lock.withLock { () -> Route? in
      hits[path, default: 0] += 1
      return routes[path]
    }
    let status = route?.status ?? 404
    let body = route?.body ?? Data("not found".utf8)
    let length = route?.claimedLength ?? body.count
    let header = "HTTP/1.0 \(status) X\r\nContent-Length: \(length)\r\nContent-Type: application/octet-stream\r\nConnection: close\r\n\r\n"
    sendAll(client, Data(header.utf8) + body)
  }

  private func sendAll(_ client: Int32, _ data: Data) {
    data.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else { return }
      var sent = 0
      while sent < raw.count {
        let n = send(client, base + sent, raw.count - sent, Int32(MSG_NOSIGNAL))
        if n <= 0 { return }
        sent += n
      }
    }
  }

  enum ServerError: Error {
    case socket(String)
  }
}
