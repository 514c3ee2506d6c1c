import CZeroMQ
import Foundation

extension Socket {
  /// Sends all frames as one multipart message.
  ///
  /// Retries a frame interrupted by a signal. With `dontWait`, a full queue throws EAGAIN.
  public func send(_ frames: [Data], dontWait: Bool = false) throws {
    let handle = try open("zmq_send")
    for (index, frame) in frames.enumerated() {
      var flags: Int32 = index < frames.count - 1 ? ZMQ_SNDMORE : 0
      if dontWait { flags |= ZMQ_DONTWAIT }
      try frame.withUnsafeBytes { buffer in
        while true {
          do {
            try zmqCall("zmq_send") { zmq_send(handle, buffer.baseAddress, buffer.count, flags) }
            return
          } catch let error as ZMQError where error.isInterrupted {
            continue
          }
        }
      }
    }
  }

  /// Sends a single frame.
  public func send(_ frame: Data) throws {
    try send([frame])
  }

  /// Receives one multipart message, blocking until it arrives (or the receive timeout).
  ///
  /// With `dontWait`, returns nil when no message is queued. A receive timeout also
  /// returns nil. Signals interrupting the wait are retried only for later frames; an
  /// interrupted wait for the first frame returns nil so callers can check their flags.
  public func receive(dontWait: Bool = false) throws -> [Data]? {
    let handle = try open("zmq_msg_recv")
    var frames: [Data] = []
    while true {
      var message = zmq_msg_t()
      zmq_msg_init(&message)
      defer { zmq_msg_close(&message) }
      let flags: Int32 = (dontWait && frames.isEmpty) ? ZMQ_DONTWAIT : 0
      do {
        try zmqCall("zmq_msg_recv") { zmq_msg_recv(&message, handle, flags) }
      } catch let error as ZMQError where error.isWouldBlock || error.isInterrupted {
        if frames.isEmpty { return nil }
        continue
      }
      let size = zmq_msg_size(&message)
      if let data = zmq_msg_data(&message), size > 0 {
        frames.append(Data(bytes: data, count: size))
      } else {
        frames.append(Data())
      }
      if zmq_msg_more(&message) == 0 { return frames }
    }
  }
}
