/// The parameters of a training run resolved once for an optimizer: each one's value and
/// gradient storage and its slots, by address.
///
/// A fit prepares this before its first step (`Optimizer.prepare`), so a step walks plain
/// addresses: no identity checks against the last call, no reference counting per parameter.
/// It holds the parameters and their slot boxes, so the addresses stay valid while it lives.
struct OptimizerStep {
  /// One parameter's storage and slots.
  struct Target {
    let values: UnsafeMutablePointer<Float>
    let gradient: UnsafeMutablePointer<Float>
    let count: Int
    let slots: SlotBuffers.Pointers
  }

  /// The parameters, in order (clipping reads their gradients as arrays).
  let parameters: [Parameter]
  /// Their slot boxes, kept alive for `targets`.
  private let slots: [SlotBuffers]
  /// What each step updates.
  let targets: [Target]

  /// Resolves `parameters` with their `slots` (same order and count).
  init(parameters: [Parameter], slots: [SlotBuffers]) {
    self.parameters = parameters
    self.slots = slots
    targets = zip(parameters, slots).map { p, box in
      Target(
        values: p.valuesAddress, gradient: p.gradientAddress, count: min(p.count, box.size), slots: box.pointers)
    }
  }
}
