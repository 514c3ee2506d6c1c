import Crypto
import Foundation

/// The HMAC hash functions a connection file may name (`hmac-sha256` is what launchers use).
public enum SignatureScheme: String, Sendable, CaseIterable {
  /// `hmac-sha256`.
  case sha256 = "hmac-sha256"
  /// `hmac-sha384`.
  case sha384 = "hmac-sha384"
  /// `hmac-sha512`.
  case sha512 = "hmac-sha512"

  /// Looks up a scheme by its connection-file name.
  public init(name: String) throws {
    guard let scheme = SignatureScheme(rawValue: name.lowercased()) else {
      throw ConnectionError.unsupportedSignatureScheme(name)
    }
    self = scheme
  }

  /// The lowercase hex HMAC of the concatenated parts under `key`.
  func hexDigest(key: SymmetricKey, parts: [Data]) -> String {
    switch self {
    case .sha256: return Self.digest(HMAC<SHA256>(key: key), parts)
    case .sha384: return Self.digest(HMAC<SHA384>(key: key), parts)
    case .sha512: return Self.digest(HMAC<SHA512>(key: key), parts)
    }
  }

  private static func digest<H: HashFunction>(_ hmac: HMAC<H>, _ parts: [Data]) -> String {
    var hmac = hmac
    for part in parts { hmac.update(data: part) }
    let code = hmac.finalize()
    let hexDigits = Array("0123456789abcdef".utf8)
    var hex: [UInt8] = []
    hex.reserveCapacity(H.Digest.byteCount * 2)
    for byte in code {
      hex.append(hexDigits[Int(byte >> 4)])
      hex.append(hexDigits[Int(byte & 0x0F)])
    }
    return String(decoding: hex, as: UTF8.self)
  }
}
