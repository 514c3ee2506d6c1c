import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// Downloads a URL into a file atomically (temp file in the same folder, then rename), with progress
/// reports and an optional SHA-256 check.
public enum Downloader {
  /// Reports bytes received so far and the expected total (nil when the server does not say).
  public typealias Progress = (_ received: Int64, _ total: Int64?) -> Void

  /// Fetches `url` to `destination`; a failed download or checksum leaves no file behind.
  public static func download(
    _ url: URL, to destination: String, sha256: String? = nil, timeout: TimeInterval = 60, progress: Progress? = nil
  ) throws {
    let folder = (destination as NSString).deletingLastPathComponent
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw DatasetError.fileUnreadable(path: folder, reason: "cannot create the cache folder: \(error.localizedDescription)")
    }
    let temp = folder + "/." + (destination as NSString).lastPathComponent + ".part-\(UUID().uuidString)"
    guard FileManager.default.createFile(atPath: temp, contents: nil), let handle = FileHandle(forWritingAtPath: temp) else {
      throw DatasetError.fileUnreadable(path: temp, reason: "cannot create a temporary file")
    }
    let receiver = Receiver(handle: handle, progress: progress)
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = timeout
    configuration.timeoutIntervalForResource = max(timeout, 3600)
    let session = URLSession(configuration: configuration, delegate: receiver, delegateQueue: nil)
    session.dataTask(with: url).resume()
    let finished = receiver.done.wait(timeout: .now() + max(timeout, 3600))
    session.invalidateAndCancel()
    try? handle.close()
    do {
      if finished == .timedOut { throw DatasetError.downloadFailed(url: url.absoluteString, reason: "timed out") }
      if let failure = receiver.failure { throw DatasetError.downloadFailed(url: url.absoluteString, reason: failure) }
      if let sha256 {
        let actual = try fileSHA256(temp)
        guard actual == sha256.lowercased() else {
          throw DatasetError.checksumMismatch(path: url.absoluteString, expected: sha256.lowercased(), actual: actual)
        }
      }
      guard rename(temp, destination) == 0 else {
        throw DatasetError.fileUnreadable(path: destination, reason: "cannot move the download into place (errno \(errno))")
      }
    } catch {
      try? FileManager.default.removeItem(atPath: temp)
      throw error
    }
  }

  /// The SHA-256 hex digest of a file, read in chunks.
  public static func fileSHA256(_ path: String) throws -> String {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw DatasetError.fileUnreadable(path: path, reason: "cannot open for reading")
    }
    defer { try? handle.close() }
    var hasher = SHA256()
    while true {
      let chunk = handle.readData(ofLength: 1 << 20)
      if chunk.isEmpty { break }
      hasher.update(chunk)
    }
    return hasher.finalizeHex()
  }

  private final class Receiver: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let handle: FileHandle
    let progress: Progress?
    let done = DispatchSemaphore(value: 0)
    var failure: String?
    var received: Int64 = 0
    var total: Int64?

    init(handle: FileHandle, progress: Progress?) {
      self.handle = handle
      self.progress = progress
    }

    func urlSession(
      _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
      completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
      if let http = response as? HTTPURLResponse, !(200..<300).contains(http.statusCode) {
        failure = "HTTP status \(http.statusCode)"
        completionHandler(.cancel)
        return
      }
      total = response.expectedContentLength > 0 ? response.expectedContentLength : nil
      completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
      handle.write(data)
      received += Int64(data.count)
      progress?(received, total)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
      if failure == nil, let error { failure = error.localizedDescription }
      if failure == nil, let total, received != total {
        failure = "connection closed after \(received) of \(total) bytes"
      }
      done.signal()
    }
  }
}
