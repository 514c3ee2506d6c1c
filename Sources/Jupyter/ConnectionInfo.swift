import Foundation

/// The contents of a Jupyter connection file: where to bind and how to sign.
public struct ConnectionInfo: Equatable, Sendable {
  /// `tcp` or `ipc` (JEP 106 also names `inproc`).
  public var transport: String
  /// The address to bind, e.g. `127.0.0.1`.
  public var ip: String
  /// Port of the shell ROUTER socket (0 picks a free port).
  public var shellPort: Int
  /// Port of the IOPub PUB socket.
  public var iopubPort: Int
  /// Port of the stdin ROUTER socket.
  public var stdinPort: Int
  /// Port of the control ROUTER socket.
  public var controlPort: Int
  /// Port of the heartbeat REP socket.
  public var hbPort: Int
  /// The HMAC key text; its UTF-8 bytes are the key. Empty disables signing.
  public var key: String
  /// The signing scheme, e.g. `hmac-sha256`.
  public var signatureScheme: String
  /// The kernel's CURVE public key (Z85), when transport encryption is enabled.
  public var curvePublicKey: String?
  /// The kernel's CURVE secret key (Z85), when transport encryption is enabled.
  public var curveSecretKey: String?
  /// The kernelspec name jupyter_client 8 writes, if any.
  public var kernelName: String?

  /// Creates connection info from its parts.
  public init(
    transport: String = "tcp", ip: String = "127.0.0.1", shellPort: Int = 0,
    iopubPort: Int = 0, stdinPort: Int = 0, controlPort: Int = 0, hbPort: Int = 0,
    key: String = "", signatureScheme: String = "hmac-sha256",
    curvePublicKey: String? = nil, curveSecretKey: String? = nil, kernelName: String? = nil
  ) {
    self.transport = transport
    self.ip = ip
    self.shellPort = shellPort
    self.iopubPort = iopubPort
    self.stdinPort = stdinPort
    self.controlPort = controlPort
    self.hbPort = hbPort
    self.key = key
    self.signatureScheme = signatureScheme
    self.curvePublicKey = curvePublicKey
    self.curveSecretKey = curveSecretKey
    self.kernelName = kernelName
  }

  /// Reads and parses a connection file.
  public init(contentsOf path: String) throws {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw ConnectionError.unreadable(path: path, reason: error.localizedDescription)
    }
    try self.init(json: data)
  }

  /// Parses connection-file JSON.
  public init(json data: Data) throws {
    let value: JSONValue
    do {
      value = try JSONValue.parse(data)
    } catch {
      throw ConnectionError.invalidJSON(String(describing: error))
    }
    guard value.objectValue != nil else { throw ConnectionError.invalidJSON("not an object") }

    func string(_ name: String, default fallback: String? = nil) throws -> String {
      switch value[name] {
      case let .string(text): return text
      case .null:
        if let fallback { return fallback }
        throw ConnectionError.missingField(name)
      default: throw ConnectionError.wrongType(field: name, expected: "string")
      }
    }
    func port(_ name: String) throws -> Int {
      if value[name].isNull { throw ConnectionError.missingField(name) }
      guard let number = value[name].intValue ?? value[name].stringValue.flatMap({ Int($0) }),
        (0...65535).contains(number)
      else { throw ConnectionError.wrongType(field: name, expected: "port number") }
      return number
    }
    func optionalKey(_ name: String) throws -> String? {
      switch value[name] {
      case .null: return nil
      case let .string(text) where text.isEmpty: return nil
      case let .string(text) where text.utf8.count == 40: return text
      default: throw ConnectionError.wrongType(field: name, expected: "40-character Z85 key")
      }
    }

    self.init(
      transport: try string("transport", default: "tcp"), ip: try string("ip", default: "127.0.0.1"),
      shellPort: try port("shell_port"), iopubPort: try port("iopub_port"),
      stdinPort: try port("stdin_port"), controlPort: try port("control_port"),
      hbPort: try port("hb_port"), key: try string("key", default: ""),
      signatureScheme: try string("signature_scheme", default: "hmac-sha256"),
      curvePublicKey: try optionalKey("curve_publickey"),
      curveSecretKey: try optionalKey("curve_secretkey"),
      kernelName: value["kernel_name"].stringValue)
    guard ["tcp", "ipc", "inproc"].contains(transport) else {
      throw ConnectionError.unsupportedTransport(transport)
    }
    _ = try SignatureScheme(name: signatureScheme)
  }

  /// Whether the kernel's sockets must be CurveZMQ servers.
  public var usesCurve: Bool { curveSecretKey != nil }

  /// The endpoint for a port: `tcp://ip:port` (`*` for port 0), or `ipc://ip-port`.
  public func endpoint(port: Int) -> String {
    if transport == "tcp" {
      return "tcp://\(ip):\(port == 0 ? "*" : String(port))"
    }
    return "\(transport)://\(ip)-\(port)"
  }
}

/// Why a connection file could not be used.
public enum ConnectionError: Error, Equatable, CustomStringConvertible {
  /// The file could not be read.
  case unreadable(path: String, reason: String)
  /// The file is not a JSON object.
  case invalidJSON(String)
  /// A required field is absent.
  case missingField(String)
  /// A field has the wrong JSON type or range.
  case wrongType(field: String, expected: String)
  /// The transport is not tcp, ipc or inproc.
  case unsupportedTransport(String)
  /// The signature scheme is not one this kernel implements.
  case unsupportedSignatureScheme(String)

  /// A readable one-line description.
  public var description: String {
    switch self {
    case let .unreadable(path, reason): return "cannot read connection file \(path): \(reason)"
    case let .invalidJSON(reason): return "connection file is not valid JSON: \(reason)"
    case let .missingField(name): return "connection file lacks \(name)"
    case let .wrongType(field, expected): return "connection file field \(field) must be a \(expected)"
    case let .unsupportedTransport(name): return "unsupported transport \(name)"
    case let .unsupportedSignatureScheme(name): return "unsupported signature scheme \(name)"
    }
  }
}
