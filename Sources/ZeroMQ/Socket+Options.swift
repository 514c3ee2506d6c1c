import CZeroMQ

extension Socket {
  /// Sets an integer socket option.
  public func setOption(_ option: Int32, _ value: Int32) throws {
    let handle = try open("zmq_setsockopt")
    var value = value
    try zmqCall("zmq_setsockopt(\(option))") {
      zmq_setsockopt(handle, option, &value, MemoryLayout<Int32>.size)
    }
  }

  /// Sets a binary socket option.
  public func setOption(_ option: Int32, bytes: [UInt8]) throws {
    let handle = try open("zmq_setsockopt")
    _ = try bytes.withUnsafeBytes { buffer in
      try zmqCall("zmq_setsockopt(\(option))") {
        zmq_setsockopt(handle, option, buffer.baseAddress, buffer.count)
      }
    }
  }

  /// Reads a string socket option (for example `ZMQ_LAST_ENDPOINT`).
  public func stringOption(_ option: Int32) throws -> String {
    let handle = try open("zmq_getsockopt")
    var buffer = [UInt8](repeating: 0, count: 512)
    var size = buffer.count
    try zmqCall("zmq_getsockopt(\(option))") {
      zmq_getsockopt(handle, option, &buffer, &size)
    }
    let text = buffer.prefix(size).prefix { $0 != 0 }
    return String(decoding: text, as: UTF8.self)
  }

  /// Milliseconds pending messages are kept after close; 0 drops them at once.
  public func setLinger(milliseconds: Int32) throws {
    try setOption(ZMQ_LINGER, milliseconds)
  }

  /// Timeout for blocking receives, in milliseconds (-1 waits forever).
  public func setReceiveTimeout(milliseconds: Int32) throws {
    try setOption(ZMQ_RCVTIMEO, milliseconds)
  }

  /// Timeout for blocking sends, in milliseconds (-1 waits forever).
  public func setSendTimeout(milliseconds: Int32) throws {
    try setOption(ZMQ_SNDTIMEO, milliseconds)
  }

  /// The routing identity this socket presents to a ROUTER peer (set before connect).
  public func setIdentity(_ identity: [UInt8]) throws {
    try setOption(ZMQ_ROUTING_ID, bytes: identity)
  }

  /// Subscribes a SUB socket to a topic prefix (`""` receives everything).
  public func subscribe(_ prefix: String = "") throws {
    try setOption(ZMQ_SUBSCRIBE, bytes: Array(prefix.utf8))
  }

  /// The endpoint most recently bound, with a wildcard port resolved.
  public func lastEndpoint() throws -> String {
    try stringOption(ZMQ_LAST_ENDPOINT)
  }

  /// The TCP port of the endpoint most recently bound, if it has one.
  public func boundPort() throws -> Int? {
    let endpoint = try lastEndpoint()
    guard let colon = endpoint.lastIndex(of: ":") else { return nil }
    return Int(endpoint[endpoint.index(after: colon)...])
  }

  /// Makes this socket a CurveZMQ server with the given Z85 secret key (40 characters).
  ///
  /// Must be called before `bind`.
  public func makeCurveServer(secretKey: String) throws {
    try checkZ85(secretKey, name: "ZMQ_CURVE_SECRETKEY")
    try setOption(ZMQ_CURVE_SERVER, 1)
    try setOption(ZMQ_CURVE_SECRETKEY, bytes: Array(secretKey.utf8) + [0])
  }

  /// Makes this socket a CurveZMQ client of a server with `serverKey`, using its own key pair.
  ///
  /// Must be called before `connect`. All keys are Z85 text of 40 characters.
  public func makeCurveClient(serverKey: String, publicKey: String, secretKey: String) throws {
    try checkZ85(serverKey, name: "ZMQ_CURVE_SERVERKEY")
    try checkZ85(publicKey, name: "ZMQ_CURVE_PUBLICKEY")
    try checkZ85(secretKey, name: "ZMQ_CURVE_SECRETKEY")
    try setOption(ZMQ_CURVE_SERVERKEY, bytes: Array(serverKey.utf8) + [0])
    try setOption(ZMQ_CURVE_PUBLICKEY, bytes: Array(publicKey.utf8) + [0])
    try setOption(ZMQ_CURVE_SECRETKEY, bytes: Array(secretKey.utf8) + [0])
  }

  private func checkZ85(_ key: String, name: String) throws {
    guard key.utf8.count == 40 else {
      throw ZMQError.invalidOption(name: name, reason: "expected 40 Z85 characters, got \(key.utf8.count)")
    }
  }
}

/// CurveZMQ helpers.
public enum Curve {
  /// Generates a new CURVE key pair as Z85 text (40 characters each).
  public static func keyPair() throws -> (publicKey: String, secretKey: String) {
    var publicKey = [CChar](repeating: 0, count: 41)
    var secretKey = [CChar](repeating: 0, count: 41)
    try zmqCall("zmq_curve_keypair") { zmq_curve_keypair(&publicKey, &secretKey) }
    return (decode(publicKey), decode(secretKey))
  }

  private static func decode(_ chars: [CChar]) -> String {
    String(decoding: chars.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
