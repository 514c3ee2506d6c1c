import Foundation

/// One Jupyter message: routing identities, the four JSON dictionaries and raw buffers.
public struct Message: Equatable, Sendable {
  /// ROUTER envelope frames (or the IOPub topic), copied verbatim into replies.
  public var identities: [Data]
  /// The header object (`msg_id`, `session`, `username`, `date`, `msg_type`, `version`).
  public var header: JSONValue
  /// The header of the message that caused this one, or `{}`.
  public var parentHeader: JSONValue
  /// The metadata object, usually `{}`.
  public var metadata: JSONValue
  /// The content object.
  public var content: JSONValue
  /// Raw binary buffers after the content (not signed).
  public var buffers: [Data]

  /// Creates a message from its parts.
  public init(
    identities: [Data] = [], header: JSONValue, parentHeader: JSONValue = .emptyObject,
    metadata: JSONValue = .emptyObject, content: JSONValue = .emptyObject, buffers: [Data] = []
  ) {
    self.identities = identities
    self.header = header
    self.parentHeader = parentHeader
    self.metadata = metadata
    self.content = content
    self.buffers = buffers
  }

  /// The header's `msg_type` (empty when absent).
  public var msgType: String { header["msg_type"].stringValue ?? "" }

  /// The header's `msg_id` (empty when absent).
  public var msgID: String { header["msg_id"].stringValue ?? "" }

  /// The msg_id of the parent header, if any.
  public var parentMsgID: String? { parentHeader["msg_id"].stringValue }

  /// Makes a new message with a fresh header.
  ///
  /// - Parameters:
  ///   - type: the `msg_type`.
  ///   - session: the sender's session id (one per kernel process start).
  ///   - parent: the message this one answers or was caused by; its header becomes the
  ///     parent header and its identities are copied (for replies on ROUTER sockets).
  public static func make(
    type: String, content: JSONValue, session: String, parent: Message? = nil,
    metadata: JSONValue = .emptyObject, identities: [Data]? = nil, username: String = "kernel"
  ) -> Message {
    let header: JSONValue = .object([
      "msg_id": .string(UUID().uuidString.lowercased()),
      "session": .string(session),
      "username": .string(username),
      "date": .string(Message.timestamp()),
      "msg_type": .string(type),
      "version": .string(Message.protocolVersion),
    ])
    return Message(
      identities: identities ?? parent?.identities ?? [], header: header,
      parentHeader: parent?.header ?? .emptyObject, metadata: metadata, content: content)
  }

  /// The protocol version this kernel implements and writes into headers.
  public static let protocolVersion = "5.4"

  /// The current time as ISO 8601 UTC with microseconds and `Z`.
  public static func timestamp(_ date: Date = Date()) -> String {
    let seconds = date.timeIntervalSince1970
    var whole = time_t(seconds.rounded(.down))
    let micros = min(999_999, Int(((seconds - Double(whole)) * 1_000_000).rounded()))
    var parts = tm()
    gmtime_r(&whole, &parts)
    func pad(_ value: Int32, _ width: Int) -> String {
      let text = String(value)
      return String(repeating: "0", count: max(0, width - text.count)) + text
    }
    let microText = String(micros)
    return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))"
      + "T\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2))."
      + String(repeating: "0", count: 6 - microText.count) + microText + "Z"
  }
}
