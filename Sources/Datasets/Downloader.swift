import CCurl
import Foundation

/// Downloads a URL into a file atomically (temp file in the same folder, then rename), with progress
/// reports and an optional SHA-256 check.
///
/// The transfer runs through libcurl, loaded on the first download (see `CCurl`): nothing
/// networking-related is linked into the kernel or mapped at start-up.
public enum Downloader {
  /// Reports bytes received so far and the expected total (nil when the server does not say).
  public typealias Progress = (_ received: Int64, _ total: Int64?) -> Void

  /// Fetches `url` to `destination`; a failed download or checksum leaves no file behind.
  ///
  /// `timeout` bounds the connection set-up and any stretch without data; the whole transfer may
  /// take up to an hour (or `timeout`, when longer).
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
    do {
      try transfer(url, to: temp, timeout: timeout, progress: progress)
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

  /// Runs one libcurl transfer into `path`, throwing `downloadFailed` with libcurl's reason.
  private static func transfer(_ url: URL, to path: String, timeout: TimeInterval, progress: Progress?) throws {
    let seconds = timeout.isFinite ? max(1, Int(min(timeout, 1e9).rounded(.up))) : 0
    let total = seconds == 0 ? 0 : max(seconds, 3600)
    let box = ProgressBox(progress)
    var message = [CChar](repeating: 0, count: 512)
    var status = 0
    let result = withExtendedLifetime(box) {
      ncurl_download(
        url.absoluteString, path, seconds, seconds, total,
        progress == nil ? nil : { context, received, expected in
          guard let context else { return }
          let box = Unmanaged<ProgressBox>.fromOpaque(context).takeUnretainedValue()
          box.progress?(Int64(received), expected >= 0 ? Int64(expected) : nil)
        },
        Unmanaged.passUnretained(box).toOpaque(), &status, &message, message.count)
    }
    guard result == 0 else {
      let reason = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      throw DatasetError.downloadFailed(url: url.absoluteString, reason: reason.isEmpty ? "libcurl error \(result)" : reason)
    }
  }

  /// Carries the Swift progress closure through libcurl's C callback.
  private final class ProgressBox {
    let progress: Progress?
    init(_ progress: Progress?) { self.progress = progress }
  }
}
