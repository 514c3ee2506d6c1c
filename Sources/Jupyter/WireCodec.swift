@preconcurrency import Crypto
import Foundation

/// Turns `Message`s into signed ZeroMQ frames and back.
///
/// Frames are `[identities…, "<IDS|MSG>", hmac-hex, header, parent_header, metadata,
/// content, buffers…]`. The HMAC covers the four JSON frames only, keyed by the UTF-8 bytes
/// of the connection file's key; an empty key disables signing (empty signature frame).
public struct WireCodec: Sendable {
  /// The delimiter frame between identities and the signed part.
  public static let delimiter = Data("<IDS|MSG>".utf8)

  private let key: SymmetricKey?
  private let scheme: SignatureScheme
  /// Messages with more bytes than this (all frames together) are rejected.
  public let maxMessageBytes: Int

  /// Creates a codec for a key and scheme.
  public init(key: String, scheme: SignatureScheme = .sha256, maxMessageBytes: Int = 64 << 20) {
    self.key = key.isEmpty ? nil : SymmetricKey(data: Data(key.utf8))
    self.scheme = scheme
    self.maxMessageBytes = maxMessageBytes
  }

  /// Whether messages are signed (the key is not empty).
  public var isSigning: Bool { key != nil }

  /// The hex signature of four JSON frames (empty when signing is off).
  public func sign(_ parts: [Data]) -> String {
    guard let key else { return "" }
    return scheme.hexDigest(key: key, parts: parts)
  }

  /// Serialises and signs a message.
  public func encode(_ message: Message) -> [Data] {
    let parts = [
      message.header.sanitized().serialized(), message.parentHeader.sanitized().serialized(),
      message.metadata.sanitized().serialized(), message.content.sanitized().serialized(),
    ]
    return message.identities + [WireCodec.delimiter, Data(sign(parts).utf8)] + parts
      + message.buffers
  }

  /// Splits, verifies and parses frames received from a socket.
  public func decode(_ frames: [Data]) throws -> Message {
    let total = frames.reduce(0) { $0 + $1.count }
    if total > maxMessageBytes { throw WireError.oversized(bytes: total, limit: maxMessageBytes) }
    guard let split = frames.firstIndex(of: WireCodec.delimiter) else {
      throw WireError.missingDelimiter
    }
    let rest = Array(frames[(split + 1)...])
    guard rest.count >= 5 else { throw WireError.tooFewFrames(rest.count) }
    let parts = Array(rest[1...4])
    if isSigning {
      let expected = Data(sign(parts).utf8)
      guard WireCodec.constantTimeEqual(expected, rest[0]) else { throw WireError.badSignature }
    }
    let names = ["header", "parent_header", "metadata", "content"]
    var values: [JSONValue] = []
    for (name, part) in zip(names, parts) {
      let value: JSONValue
      do {
        value = try JSONValue.parse(part)
      } catch {
        throw WireError.invalidJSON(frame: name)
      }
      guard value.objectValue != nil else { throw WireError.notAnObject(frame: name) }
      values.append(value)
    }
    for field in ["msg_id", "msg_type"] where values[0][field].stringValue == nil {
      throw WireError.missingHeaderField(field)
    }
    return Message(
      identities: Array(frames[..<split]), header: values[0], parentHeader: values[1],
      metadata: values[2], content: values[3], buffers: Array(rest.dropFirst(5)))
  }

  /// Compares two byte strings in time that depends only on their lengths.
  public static func constantTimeEqual(_ lhs: Data, _ rhs: Data) -> Bool {
    var difference = UInt8(lhs.count == rhs.count ? 0 : 1)
    let length = max(lhs.count, rhs.count)
    let left = [UInt8](lhs)
    let right = [UInt8](rhs)
    for index in 0..<length {
      let a = index < left.count ? left[index] : 0
      let b = index < right.count ? right[index] : 0
      difference |= a ^ b
    }
    return difference == 0
  }
}
