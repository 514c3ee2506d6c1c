/// Why a multipart ZeroMQ message is not an acceptable Jupyter message.
public enum WireError: Error, Equatable, CustomStringConvertible {
  /// No `<IDS|MSG>` delimiter frame.
  case missingDelimiter
  /// Fewer than the five frames (signature + four JSON dicts) after the delimiter.
  case tooFewFrames(Int)
  /// The signature does not match the HMAC of the four JSON frames.
  case badSignature
  /// A JSON frame does not parse; `frame` names it.
  case invalidJSON(frame: String)
  /// A JSON frame is not an object.
  case notAnObject(frame: String)
  /// The header lacks a required string field (`msg_id`, `msg_type`).
  case missingHeaderField(String)
  /// The whole message is larger than the configured limit.
  case oversized(bytes: Int, limit: Int)

  /// A readable one-line description.
  public var description: String {
    switch self {
    case .missingDelimiter: return "no <IDS|MSG> delimiter"
    case let .tooFewFrames(count): return "only \(count) frames after the delimiter (need 5)"
    case .badSignature: return "invalid signature"
    case let .invalidJSON(frame): return "\(frame) is not valid JSON"
    case let .notAnObject(frame): return "\(frame) is not a JSON object"
    case let .missingHeaderField(name): return "header lacks string field \(name)"
    case let .oversized(bytes, limit): return "message of \(bytes) bytes exceeds limit \(limit)"
    }
  }
}
