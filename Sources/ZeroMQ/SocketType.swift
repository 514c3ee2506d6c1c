import CZeroMQ

/// The ZeroMQ socket patterns this wrapper offers.
public enum SocketType: CaseIterable, Sendable {
  /// Routes replies by the identity frame of each peer (kernel shell, control, stdin).
  case router
  /// Asynchronous request side talking to a ROUTER (Jupyter clients).
  case dealer
  /// Publisher (kernel IOPub).
  case pub
  /// Publisher that also receives its subscribers' subscribe frames (`\u{1}` + topic).
  case xpub
  /// Subscriber (clients of IOPub).
  case sub
  /// Strict reply socket (kernel heartbeat).
  case rep
  /// Strict request socket (heartbeat clients).
  case req

  /// The libzmq constant.
  var rawValue: Int32 {
    switch self {
    case .router: return ZMQ_ROUTER
    case .dealer: return ZMQ_DEALER
    case .pub: return ZMQ_PUB
    case .xpub: return ZMQ_XPUB
    case .sub: return ZMQ_SUB
    case .rep: return ZMQ_REP
    case .req: return ZMQ_REQ
    }
  }
}
