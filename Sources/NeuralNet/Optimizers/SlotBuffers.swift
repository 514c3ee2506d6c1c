/// One parameter's optimizer slots (momenta, velocities, …) in one raw allocation.
///
/// An optimizer step writes the slots through plain pointers: no array uniqueness checks and
/// no reference counting per slot, which for a lesson's small layers cost more than the update
/// itself. The box lives as long as the optimizer keeps the parameter's state.
final class SlotBuffers {
  /// How many elements each slot has (the parameter's count).
  let size: Int
  private let storage: UnsafeMutablePointer<Float>

  /// `count` slots of `size` elements, all `initial`.
  init(count: Int, size: Int, initial: Float) {
    self.size = size
    let total = max(count * size, 1)
    storage = .allocate(capacity: total)
    storage.initialize(repeating: initial, count: total)
  }

  deinit { storage.deallocate() }

  /// The slots by address, valid while this box lives.
  var pointers: Pointers { Pointers(base: storage, size: size) }

  /// The slots of one parameter as plain addresses: what an update reads and writes.
  struct Pointers {
    let base: UnsafeMutablePointer<Float>
    let size: Int

    /// The first element of slot `slot`.
    subscript(slot: Int) -> UnsafeMutablePointer<Float> { base + slot * size }

    /// The same slots from element `offset` on (for an update of a part of the parameter).
    func offset(by offset: Int) -> Pointers { Pointers(base: base + offset, size: size) }
  }
}
