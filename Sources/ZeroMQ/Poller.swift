import CZeroMQ

/// Waits until one of several sockets has a message to read.
public enum Poller {
  /// Blocks up to `timeoutMilliseconds` (-1 forever) for incoming messages.
  ///
  /// Returns one flag per socket, true when that socket is readable. A wait interrupted by
  /// a signal returns all false rather than throwing, so loops can re-check their state.
  public static func readable(_ sockets: [Socket], timeoutMilliseconds: Int) throws -> [Bool] {
    var items: [zmq_pollitem_t] = []
    for socket in sockets {
      let handle = try socket.open("zmq_poll")
      items.append(zmq_pollitem_t(socket: handle, fd: 0, events: Int16(ZMQ_POLLIN), revents: 0))
    }
    do {
      try zmqCall("zmq_poll") { zmq_poll(&items, Int32(items.count), timeoutMilliseconds) }
    } catch let error as ZMQError where error.isInterrupted {
      return Array(repeating: false, count: sockets.count)
    }
    return items.map { ($0.revents & Int16(ZMQ_POLLIN)) != 0 }
  }
}

extension Socket {
  /// Blocks up to `timeoutMilliseconds` for an incoming message; true when one is ready.
  public func waitReadable(timeoutMilliseconds: Int) throws -> Bool {
    try Poller.readable([self], timeoutMilliseconds: timeoutMilliseconds)[0]
  }
}
