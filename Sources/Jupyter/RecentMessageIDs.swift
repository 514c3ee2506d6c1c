/// A bounded memory of recently seen `msg_id`s, for dropping replayed messages.
struct RecentMessageIDs {
  private var seen = Set<String>()
  private var order: [String] = []
  private var start = 0
  /// How many ids are remembered.
  let capacity: Int

  init(capacity: Int = 1 << 16) {
    self.capacity = capacity
  }

  /// Records `id`; returns false when it was already recorded.
  mutating func insert(_ id: String) -> Bool {
    guard seen.insert(id).inserted else { return false }
    order.append(id)
    if order.count - start > capacity {
      seen.remove(order[start])
      start += 1
      if start > capacity {
        order.removeFirst(start)
        start = 0
      }
    }
    return true
  }
}
